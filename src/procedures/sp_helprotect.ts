// sp_helprotect [[@name =] 'object_statement'] [, [@username =] 'user'] [, [@grantorname =]
// 'grantor'] [, [@permissionarea =] 'o s']: the GRANT/DENY rows of the current database
// (sys.database_permissions) on objects and columns ('o') and on the database ('s', statement
// permissions), one row per permission. Old permissions keep SQL Server 2000's action names
// ('Select', 'Create Table'); newer ones show their permission name ('CONNECT'). Column is
// '(All+New)' for a whole-object SELECT/UPDATE/REFERENCES, the column name for a column
// permission, '.' otherwise. Schema permissions are not reported (introduced in SQL Server 2005).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-helprotect-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import type { ResultColumn } from '../engine/result-sink';
import { nstr, text } from './catalog-sql';
import { raiseAndFail } from './security-report';

const SYSNAME = { kind: 'nvarchar', length: 128 } as const;

const COLUMNS: readonly ResultColumn[] = [
  { name: 'Owner', type: SYSNAME, nullable: true }, { name: 'Object', type: SYSNAME, nullable: true },
  { name: 'Grantee', type: SYSNAME, nullable: true }, { name: 'Grantor', type: SYSNAME, nullable: true },
  { name: 'ProtectType', type: { kind: 'nvarchar', length: 10 }, nullable: true },
  { name: 'Action', type: { kind: 'nvarchar', length: 60 }, nullable: true }, { name: 'Column', type: SYSNAME, nullable: true },
];

/** SQL Server 2000's names of the permissions it already had (master's spt_values, type 'T'); the rest show permission_name. */
const ACTION_NAMES: Readonly<Record<string, string>> = {
  SELECT: 'Select', INSERT: 'Insert', UPDATE: 'Update', DELETE: 'Delete', EXECUTE: 'Execute', REFERENCES: 'References',
  'CREATE TABLE': 'Create Table', 'CREATE VIEW': 'Create View', 'CREATE PROCEDURE': 'Create Procedure',
  'CREATE FUNCTION': 'Create Function', 'CREATE DEFAULT': 'Create Default', 'CREATE RULE': 'Create Rule',
  'BACKUP DATABASE': 'Backup Database', 'BACKUP LOG': 'Backup Transaction', 'CREATE DATABASE': 'Create Database',
};

const actionSql = `CASE p.permission_name ${Object.entries(ACTION_NAMES).map(([k, v]) => `WHEN ${nstr(k)} THEN ${nstr(v)}`).join(' ')}
    ELSE p.permission_name END`;

const WHOLE_OBJECT_COLUMNS = `CASE WHEN p.permission_name IN ('SELECT', 'UPDATE', 'REFERENCES') THEN N'(All+New)' ELSE N'.' END`;

function permissionsSql(filters: readonly string[]): string {
  return `SELECT CAST(CASE WHEN p.class = 1 THEN SCHEMA_NAME(o.schema_id) ELSE N'.' END AS sysname),
    CAST(CASE WHEN p.class = 1 THEN o.name ELSE N'.' END AS sysname), CAST(e.name AS sysname), CAST(g.name AS sysname),
    CAST(CASE p.state WHEN 'G' THEN N'Grant' WHEN 'D' THEN N'Deny' ELSE N'Grant_WGO' END AS nvarchar(10)),
    CAST(${actionSql} AS nvarchar(60)),
    CAST(CASE WHEN p.class = 0 THEN N'.' WHEN p.minor_id = 0 THEN ${WHOLE_OBJECT_COLUMNS} ELSE c.name END AS sysname)
  FROM sys.database_permissions p
  JOIN sys.database_principals e ON e.principal_id = p.grantee_principal_id
  JOIN sys.database_principals g ON g.principal_id = p.grantor_principal_id
  LEFT JOIN sys.objects o ON p.class = 1 AND o.object_id = p.major_id
  LEFT JOIN sys.columns c ON p.class = 1 AND c.object_id = p.major_id AND c.column_id = p.minor_id
  WHERE p.class IN (0, 1)${filters.map((f) => ` AND ${f}`).join('')}
  ORDER BY 1, 2, 3, 4, 5, 6, 7`;
}

const statementName = (name: string): string => name.trim().toUpperCase().replace(/\s+/g, ' ');

/** CREATE ... and BACKUP DATABASE / LOG are the statement permissions @name may name. */
function isStatement(name: string): boolean {
  const s = statementName(name);
  return s.startsWith('CREATE ') || s === 'BACKUP DATABASE' || s === 'BACKUP LOG';
}

async function count(ctx: Parameters<ProcedureDefinition['run']>[0], sql: string): Promise<number> {
  const [r] = await ctx.querySql(sql);
  return Number(r?.rows[0]?.[0] ?? 0);
}

export const spHelpRotect: ProcedureDefinition = {
  name: 'sp_helprotect',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@name', type: { kind: 'nvarchar', length: 776 }, default: null },
    { name: '@username', type: SYSNAME, default: null },
    { name: '@grantorname', type: SYSNAME, default: null },
    { name: '@permissionarea', type: { kind: 'varchar', length: 10 }, default: 'o s' },
  ],
  async run(ctx, args) {
    const name = text(args.value('@name'));
    const user = text(args.value('@username'));
    const grantor = text(args.value('@grantorname'));
    const area = (text(args.value('@permissionarea')) ?? 'o s').toLowerCase();
    const filters: string[] = [];
    if (name !== undefined) {
      if (await count(ctx, `SELECT COUNT(*) FROM sys.objects WHERE object_id = OBJECT_ID(${nstr(name)})`) > 0) {
        filters.push(`p.class = 1 AND p.major_id = OBJECT_ID(${nstr(name)})`);
      } else if (isStatement(name)) {
        filters.push(`p.class = 0 AND p.permission_name = ${nstr(statementName(name))}`);
      } else {
        const [db] = await ctx.querySql('SELECT DB_NAME()');
        return raiseAndFail(ctx, 15009, name, String(db?.rows[0]?.[0] ?? ctx.database));
      }
    }
    for (const [who, column] of [[user, 'e'], [grantor, 'g']] as const) {
      if (who === undefined) continue;
      if (await count(ctx, `SELECT COUNT(*) FROM sys.database_principals WHERE name = ${nstr(who)}`) === 0) return raiseAndFail(ctx, 15008, who);
      filters.push(`${column}.name = ${nstr(who)}`);
    }
    const objects = area.includes('o');
    const statements = area.includes('s');
    if (!objects) filters.push('p.class = 0');
    if (!statements) filters.push('p.class = 1');
    const [result] = await ctx.querySql(permissionsSql(filters));
    const rows = result?.rows ?? [];
    if (rows.length === 0) return raiseAndFail(ctx, 15330);
    await ctx.resultSet(COLUMNS, rows);
    return 0;
  },
};
