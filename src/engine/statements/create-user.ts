// CREATE USER name [FOR|FROM LOGIN login | WITHOUT LOGIN] [WITH DEFAULT_SCHEMA = s] and
// ALTER USER name WITH NAME = n | DEFAULT_SCHEMA = s | LOGIN = l, in the current database.
// A user maps to its login by SID (sys.database_principals.sid = sys.server_principals.sid).
import { randomBytes } from 'node:crypto';
import { sqlError } from '../../errors/catalog';
import {
  findDatabasePrincipal, findSchema, findServerPrincipal, findUserBySid, insertDatabasePrincipal, updateDatabasePrincipal,
  type SessionStorage,
} from '../../store/index';
import type { CreateUserStatement } from '../../tsql/ast';
import { writeSecurity } from '../security/write-security';
import type { Scope } from '../interpreter/scope';
import { onlyOptions, option, text } from '../security/option-values';
import { requireDbOwner } from '../security/require-permission';

/** The schema as the catalogue spells it (a default schema need not exist yet). */
function schemaName(s: SessionStorage, database: string, name: string): string {
  return findSchema(s, database, name)?.name ?? name;
}

function loginSid(s: SessionStorage, database: string, loginName: string): Buffer {
  const login = findServerPrincipal(s, loginName);
  if (!login || login.type !== 'S') throw sqlError(15007, loginName);
  if (findUserBySid(s, database, login.sid)) throw sqlError(15063);
  return login.sid;
}

/** SQL Server gives a user WITHOUT LOGIN a SID S-1-9-3-a-b-c-d (authority 9, sub-authority 3,
 * then four random 32-bit values): 28 bytes, 0x010500000000000903000000... */
function loginlessSid(): Buffer {
  return Buffer.concat([Buffer.from('010500000000000903000000', 'hex'), randomBytes(16)]);
}

export async function executeCreateUser(stmt: CreateUserStatement, scope: Scope): Promise<void> {
  const database = scope.session.database;
  requireDbOwner(scope, database);
  await writeSecurity(scope, [database], (s) => {
    if (stmt.mode === 'alter') return alterUser(s, database, stmt);
    onlyOptions(stmt.options, ['DEFAULT_SCHEMA']);
    if (findDatabasePrincipal(s, database, stmt.name)) throw sqlError(15023, stmt.name);
    const sid = stmt.withoutLogin ? loginlessSid() : loginSid(s, database, stmt.login ?? stmt.name);
    const schema = option(stmt.options, 'DEFAULT_SCHEMA');
    insertDatabasePrincipal(s, database, {
      name: stmt.name, type: 'S', sid, defaultSchema: schema ? schemaName(s, database, text(schema)) : 'dbo', owningPrincipalId: null,
    });
  });
}

function alterUser(s: SessionStorage, database: string, stmt: CreateUserStatement): void {
  onlyOptions(stmt.options, ['DEFAULT_SCHEMA', 'NAME', 'LOGIN']);
  const user = findDatabasePrincipal(s, database, stmt.name);
  if (!user || user.type === 'R') throw sqlError(15151, 'alter', 'user', stmt.name);
  const rename = option(stmt.options, 'NAME');
  if (rename && findDatabasePrincipal(s, database, text(rename))) throw sqlError(15023, text(rename));
  const schema = option(stmt.options, 'DEFAULT_SCHEMA');
  const login = option(stmt.options, 'LOGIN');
  updateDatabasePrincipal(s, database, user.principalId, {
    ...(rename ? { name: text(rename) } : {}),
    ...(schema ? { defaultSchema: schemaName(s, database, text(schema)) } : {}),
    ...(login ? { sid: loginSid(s, database, text(login)) } : {}),
  });
}
