// The T-SQL behind sp_addrolemember / sp_droprolemember / sp_addsrvrolemember /
// sp_dropsrvrolemember: the procedures' own checks, then ALTER [SERVER] ROLE.
import type { SqlValue } from '../types/values';
import { bracket, nstr } from './catalog-sql';

export function roleMembershipSql(action: 'ADD' | 'DROP', role: SqlValue, member: SqlValue): string {
  const r = String(role ?? '');
  const m = String(member ?? '');
  return `IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = ${nstr(r)} AND type = 'R')
  RAISERROR(15014, 16, 1, ${nstr(r)});
ELSE IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = ${nstr(m)})
  RAISERROR(15410, 11, 1, ${nstr(m)});
ELSE
  ALTER ROLE ${bracket(r)} ${action} MEMBER ${bracket(m)};`;
}

export function serverRoleMembershipSql(action: 'ADD' | 'DROP', role: SqlValue, login: SqlValue): string {
  const r = String(role ?? '');
  const l = String(login ?? '');
  return `IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = ${nstr(r)} AND type = 'R')
  RAISERROR(15402, 11, 1, ${nstr(r)});
ELSE IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = ${nstr(l)} AND type = 'S')
  RAISERROR(15007, 16, 1, ${nstr(l)});
ELSE
  ALTER SERVER ROLE ${bracket(r)} ${action} MEMBER ${bracket(l)};`;
}
