// EXECUTE AS LOGIN | USER = 'name' [WITH NO REVERT], EXECUTE AS CALLER, REVERT: the session's
// security context stack ("EXECUTE AS (Transact-SQL)", "REVERT (Transact-SQL)"). Permission
// checks, SUSER_SNAME() and USER_NAME() see the impersonated principal; ORIGINAL_LOGIN() does not.
// Impersonating a login needs sysadmin (msxd has no IMPERSONATE permission): 15406 otherwise, as
// for a login that does not exist. A user is impersonated through the login it maps to, in its
// database only (REVERT elsewhere is 15199); sysadmin or db_owner may do it, else 15517. A user
// WITHOUT LOGIN has no login to borrow: the context is the user itself (userSid), confined to its
// database, and SUSER_SNAME() is its SID as text (S-1-9-3-...), as SQL Server shows it.
import { sqlError } from '../../errors/catalog';
import { findDatabasePrincipal, findServerPrincipalBySid } from '../../store/index';
import type { ExecuteAsStatement, RevertStatement } from '../../tsql/ast';
import { readCatalog } from '../catalog/catalog-reader';
import { sidToString } from '../functions/sid';
import type { Scope } from '../interpreter/scope';
import { databaseSecurity } from '../security/security-context';
import type { SecurityContext } from '../session/session-state';

export function executeExecuteAs(stmt: ExecuteAsStatement, scope: Scope): void {
  const { session } = scope;
  if (stmt.principal === 'caller') return;
  const name = stmt.name ?? '';
  const context = stmt.principal === 'login' ? loginContext(name, scope) : userContext(name, scope);
  session.pushContext({ ...context, noRevert: stmt.noRevert === true });
}

function loginContext(name: string, scope: Scope): Omit<SecurityContext, 'noRevert'> {
  const { session, engine } = scope;
  const row = engine.store.listLogins().find((l) => l.name.toLowerCase() === name.toLowerCase());
  if (!row || !session.isSysadmin) throw sqlError(15406, name);
  return { login: { ...session.login, loginName: row.name }, isSysadmin: row.isSysadmin, database: null };
}

function userContext(name: string, scope: Scope): Omit<SecurityContext, 'noRevert'> {
  const { session, engine } = scope;
  const database = session.database;
  if (!session.isSysadmin && !databaseSecurity(scope, database).isDbOwner) throw sqlError(15517, name);
  const found = readCatalog(scope, (s) => {
    const user = findDatabasePrincipal(s, database, name);
    if (!user || user.type === 'R' || !user.sid) return undefined;
    return { sid: user.sid, login: findServerPrincipalBySid(s, user.sid) };
  });
  if (!found) throw sqlError(15517, name);
  const { login, sid } = found;
  if (!login) {
    return { login: { ...session.login, loginName: sidToString(sid) ?? name }, isSysadmin: false, database, userSid: sid };
  }
  const row = engine.store.listLogins().find((l) => l.principalId === login.principalId);
  return { login: { ...session.login, loginName: login.name }, isSysadmin: row?.isSysadmin ?? false, database };
}

export function executeRevert(_stmt: RevertStatement, scope: Scope): void {
  const { session, frame } = scope;
  // Inside a module REVERT undoes only that module's EXECUTE AS; with none it does nothing.
  if (session.contextDepth <= frame.contextBase) return;
  const top = session.currentContext!;
  if (top.noRevert) throw sqlError(15196);
  if (top.database !== null && top.database.toLowerCase() !== session.database.toLowerCase()) throw sqlError(15199, 'Execute As');
  session.popContext();
}
