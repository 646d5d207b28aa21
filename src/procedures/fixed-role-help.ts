// sp_helpsrvrole [[@srvrolename =] 'role'] and sp_helpdbfixedrole [[@rolename =] 'role']: the
// fixed server roles / fixed database roles with SQL Server's descriptions (the texts its
// master.dbo.spt_values holds for types SRV and DBR, which these procedures read), listed in role
// id order. Only the roles msxd's catalogue has as fixed roles are listed; public is not a fixed
// role here (SQL Server does not implement it as one). A name that is not such a role: 15412.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-helpsrvrole-transact-sql
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-helpdbfixedrole-transact-sql
import type { ProcedureContext, ProcedureDefinition } from '../engine/procedure-registry';
import type { SqlValue } from '../types/values';
import { text } from './catalog-sql';
import { raiseAndFail } from './security-report';

const SERVER_ROLE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  sysadmin: 'System Administrators',
  securityadmin: 'Security Administrators',
  serveradmin: 'Server Administrators',
  setupadmin: 'Setup Administrators',
  processadmin: 'Process Administrators',
  diskadmin: 'Disk Administrators',
  dbcreator: 'Database Creators',
  bulkadmin: 'Bulk Insert Administrators',
};

const DATABASE_ROLE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  db_owner: 'DB Owners',
  db_accessadmin: 'DB Access Administrators',
  db_securityadmin: 'DB Security Administrators',
  db_ddladmin: 'DB DDL Administrators',
  db_backupoperator: 'DB Backup Operator',
  db_datareader: 'DB Data Reader',
  db_datawriter: 'DB Data Writer',
  db_denydatareader: 'DB Deny Data Reader',
  db_denydatawriter: 'DB Deny Data Writer',
};

const SYSNAME = { kind: 'nvarchar', length: 128 } as const;

/** The catalogue's fixed roles (in principal id order) that have a documented description. */
async function fixedRoles(ctx: ProcedureContext, catalogSql: string, descriptions: Readonly<Record<string, string>>): Promise<SqlValue[][]> {
  const [names] = await ctx.querySql(catalogSql);
  return (names?.rows ?? []).map((r) => String(r[0])).filter((n) => Object.hasOwn(descriptions, n)).map((n) => [n, descriptions[n] ?? null]);
}

function pick(all: SqlValue[][], wanted: string | undefined): SqlValue[][] | undefined {
  if (wanted === undefined) return all;
  // role names compare under the server's case-insensitive collation
  const hit = all.filter((r) => String(r[0]).toLowerCase() === wanted.toLowerCase());
  return hit.length === 0 ? undefined : hit;
}

export const spHelpSrvRole: ProcedureDefinition = {
  name: 'sp_helpsrvrole',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@srvrolename', type: SYSNAME, default: null }],
  async run(ctx, args) {
    const wanted = text(args.value('@srvrolename'));
    const all = await fixedRoles(ctx, `SELECT name FROM sys.server_principals WHERE type = 'R' AND is_fixed_role = 1 ORDER BY principal_id`,
      SERVER_ROLE_DESCRIPTIONS);
    const rows = pick(all, wanted);
    if (rows === undefined) return raiseAndFail(ctx, 15412, wanted ?? '');
    await ctx.resultSet([
      { name: 'ServerRole', type: SYSNAME, nullable: false },
      { name: 'Description', type: SYSNAME, nullable: true },
    ], rows);
    return 0;
  },
};

export const spHelpDbFixedRole: ProcedureDefinition = {
  name: 'sp_helpdbfixedrole',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@rolename', type: SYSNAME, default: null }],
  async run(ctx, args) {
    const wanted = text(args.value('@rolename'));
    const all = await fixedRoles(ctx, `SELECT name FROM sys.database_principals WHERE type = 'R' AND is_fixed_role = 1 ORDER BY principal_id`,
      DATABASE_ROLE_DESCRIPTIONS);
    const rows = pick(all, wanted);
    if (rows === undefined) return raiseAndFail(ctx, 15412, wanted ?? '');
    await ctx.resultSet([
      { name: 'DbFixedRole', type: SYSNAME, nullable: false },
      { name: 'Description', type: { kind: 'nvarchar', length: 70 }, nullable: true },
    ], rows);
    return 0;
  },
};
