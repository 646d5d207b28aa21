// Who the session is in a database: its login (server principal), the database user the login
// maps to (by SID; sysadmins and the database owner are dbo; guest where guest may connect) and
// the roles that user belongs to. Read from the catalogue (a few indexed SQLite reads) and kept
// per node and login while the catalogue is unchanged (node-memo.ts): CREATE USER / ALTER ROLE
// in any session change it.
import {
  findDatabasePrincipalById, findServerPrincipal, findUserBySid, roleClosure, type DatabaseInfo, type ServerPrincipalRow, type SessionStorage,
} from '../../store/index';
import { sqlError } from '../../errors/catalog';
import type { Scope } from '../interpreter/scope';
import { readCatalog } from '../catalog/catalog-reader';
import { nodeMemo } from './node-memo';

export const DBO_USER_ID = 1;
export const GUEST_USER_ID = 2;
export const PUBLIC_ROLE_ID = 0;
export const DB_OWNER_ROLE_ID = 16384;

/** SQL Server enables guest (CONNECT granted) in master, tempdb and msdb only. */
const GUEST_DATABASES = new Set(['master', 'tempdb', 'msdb']);

export interface DatabaseSecurity {
  readonly database: string;
  /** null: the login has no user here and guest is disabled (916) */
  readonly userId: number | null;
  readonly userName: string | null;
  /** the user's roles, transitively, public (0) included */
  readonly roles: readonly number[];
  /** sysadmin, dbo, or a member of db_owner: every permission in the database */
  readonly isDbOwner: boolean;
  /** the user's DEFAULT_SCHEMA (dbo for sysadmins, the owner and users without one) */
  readonly defaultSchema: string;
}

export function loginRow(scope: Scope): ServerPrincipalRow | undefined {
  return readCatalog(scope, (s) => findServerPrincipal(s, scope.session.login.loginName));
}

export function databaseSecurity(scope: Scope, database: string): DatabaseSecurity {
  const info = scope.engine.store.getDatabase(database);
  const name = info?.name ?? database;
  const owner: DatabaseSecurity = { database: name, userId: DBO_USER_ID, userName: 'dbo', roles: [PUBLIC_ROLE_ID, DB_OWNER_ROLE_ID], isDbOwner: true, defaultSchema: 'dbo' };
  if (scope.session.isSysadmin) return owner;
  const none: DatabaseSecurity = { database: name, userId: null, userName: null, roles: [PUBLIC_ROLE_ID], isDbOwner: false, defaultSchema: 'dbo' };
  const context = scope.session.currentContext;
  if (context?.userSid) return loginlessSecurity(scope, context.userSid, context.database ?? '', name, none);
  if (!info || !scope.session.storage) return lookupSecurity(scope, info, name, owner, none);
  return nodeMemo(scope, `security\u0000${scope.session.login.loginName.toLowerCase()}\u0000${info.databaseId}`,
    () => lookupSecurity(scope, info, name, owner, none));
}

function lookupSecurity(scope: Scope, info: DatabaseInfo | undefined, name: string, owner: DatabaseSecurity, none: DatabaseSecurity): DatabaseSecurity {
  return readCatalog(scope, (s) => {
    const login = findServerPrincipal(s, scope.session.login.loginName);
    if (!login || !info) return none;
    if (login.sid.equals(info.ownerSid)) return owner;
    const user = findUserBySid(s, name, login.sid);
    if (user) return withRoles(s, name, user.principalId, user.name, user.defaultSchema);
    if (GUEST_DATABASES.has(name.toLowerCase())) return withRoles(s, name, GUEST_USER_ID, 'guest', findDatabasePrincipalById(s, name, GUEST_USER_ID)?.defaultSchema ?? null);
    return none;
  }) ?? none;
}

/** EXECUTE AS USER of a user WITHOUT LOGIN: that user in its own database, nobody elsewhere
 * (SQL Server confines such a context to the database: 916, guest does not apply). */
function loginlessSecurity(scope: Scope, sid: Buffer, home: string, name: string, none: DatabaseSecurity): DatabaseSecurity {
  if (home.toLowerCase() !== name.toLowerCase()) return none;
  return readCatalog(scope, (s) => {
    const user = findUserBySid(s, name, sid);
    return user ? withRoles(s, name, user.principalId, user.name, user.defaultSchema) : none;
  }) ?? none;
}

function withRoles(s: SessionStorage, database: string, userId: number, userName: string, defaultSchema: string | null): DatabaseSecurity {
  const roles = roleClosure(s, database, userId);
  return { database, userId, userName, roles, isDbOwner: roles.includes(DB_OWNER_ROLE_ID), defaultSchema: defaultSchema ?? 'dbo' };
}

/** The principals whose permissions apply to the user: itself and its roles. */
export function grantees(sec: DatabaseSecurity): number[] {
  return sec.userId === null ? [...sec.roles] : [sec.userId, ...sec.roles];
}

/** USE db (and HAS_DBACCESS): 916 when the login has no user in the database and guest is off. */
export function checkDatabaseAccess(scope: Scope, database: string): void {
  if (scope.session.isSysadmin || !scope.session.storage) return;
  const sec = databaseSecurity(scope, database);
  if (sec.userId === null) throw sqlError(916, scope.session.login.loginName, sec.database);
}
