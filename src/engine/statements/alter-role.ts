// ALTER ROLE role ADD|DROP MEMBER principal | WITH NAME = n (database roles, current database)
// and ALTER SERVER ROLE fixed_role ADD|DROP MEMBER login. sp_addrolemember, sp_droprolemember and
// sp_addsrvrolemember run these statements.
import { sqlError } from '../../errors/catalog';
import {
  addDatabaseRoleMember, addServerRoleMember, dropDatabaseRoleMember, dropServerRoleMember, ensureFixedDatabaseRoles,
  findDatabasePrincipal, findServerPrincipal, updateDatabasePrincipal, type SessionStorage,
} from '../../store/index';
import type { AlterRoleStatement } from '../../tsql/ast';
import { writeSecurity } from '../security/write-security';
import type { Scope } from '../interpreter/scope';
import { isDbOwner } from '../security/require-permission';
import { DB_OWNER_ROLE_ID, DBO_USER_ID, PUBLIC_ROLE_ID } from '../security/security-context';
import { notSupportedExpression } from './not-supported';

/** sys.database_principals ids that are not ordinary members: roles of their own kind. */
const FIXED_ROLE_FLOOR = 16384;

export async function executeAlterRole(stmt: AlterRoleStatement, scope: Scope): Promise<void> {
  // Without the permission, SQL Server answers as if the role did not exist.
  if (stmt.server) {
    if (!scope.session.isSysadmin) throw sqlError(15151, 'alter', 'server role', stmt.name);
    await writeSecurity(scope, [], (s) => alterServerRole(s, stmt));
    return;
  }
  const database = scope.session.database;
  if (!isDbOwner(scope, database)) throw sqlError(15151, 'alter', 'role', stmt.name);
  await writeSecurity(scope, [database], (s) => alterDatabaseRole(s, database, stmt));
}

function alterServerRole(s: SessionStorage, stmt: AlterRoleStatement): void {
  const role = findServerPrincipal(s, stmt.name);
  if (!role || role.type !== 'R') throw sqlError(15151, 'alter', 'server role', stmt.name);
  const { action } = stmt;
  if (action.kind === 'rename') throw sqlError(15150, 'alter', 'server role', stmt.name);
  if (role.principalId === 2) throw sqlError(15081);
  const member = findServerPrincipal(s, action.member);
  if (!member) throw sqlError(15151, action.kind === 'addMember' ? 'add' : 'drop', 'principal', action.member);
  if (member.principalId === role.principalId) throw sqlError(15413);
  if (action.kind === 'addMember') addServerRoleMember(s, role.principalId, member.principalId);
  else dropServerRoleMember(s, role.principalId, member.principalId);
}

function alterDatabaseRole(s: SessionStorage, database: string, stmt: AlterRoleStatement): void {
  ensureFixedDatabaseRoles(s, database);
  const role = findDatabasePrincipal(s, database, stmt.name);
  if (!role || role.type !== 'R') throw sqlError(15151, 'alter', 'role', stmt.name);
  const { action } = stmt;
  if (action.kind === 'rename') {
    if (role.principalId === PUBLIC_ROLE_ID || role.principalId >= FIXED_ROLE_FLOOR) throw sqlError(15150, 'alter', 'role', stmt.name);
    if (findDatabasePrincipal(s, database, action.newName)) throw sqlError(15023, action.newName);
    updateDatabasePrincipal(s, database, role.principalId, { name: action.newName });
    return;
  }
  if (role.principalId === PUBLIC_ROLE_ID) throw sqlError(15081);
  const member = findDatabasePrincipal(s, database, action.member);
  if (!member) throw sqlError(15151, action.kind === 'addMember' ? 'add' : 'drop', 'principal', action.member);
  if (member.principalId === DBO_USER_ID && role.principalId === DB_OWNER_ROLE_ID) throw sqlError(15405, member.name);
  if (member.principalId === role.principalId) throw sqlError(15413);
  if (member.principalId === PUBLIC_ROLE_ID || member.principalId >= FIXED_ROLE_FLOOR) throw sqlError(15405, member.name);
  if (action.kind === 'addMember') addDatabaseRoleMember(s, database, role.principalId, member.principalId);
  else dropDatabaseRoleMember(s, database, role.principalId, member.principalId);
}

