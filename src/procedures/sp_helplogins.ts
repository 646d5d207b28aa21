// sp_helplogins [[@LoginNamePattern =] 'login']: the logins (name LIKE the pattern) and, in a
// second result set, the user each maps to in every online database and that user's roles
// ('User' / 'MemberOf'), for a DBA about to drop a login. securityadmin (or sysadmin) only:
// 15247; 15007 when no login matches. msxd has no remote logins: ARemote is always 'no'. Databases
// the caller cannot enter are left out (SQL Server reports them with 15622 and goes on).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-helplogins-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import type { ResultColumn } from '../engine/result-sink';
import type { SqlValue } from '../types/values';
import { bracket, nstr, text } from './catalog-sql';
import { raiseAndFail } from './security-report';

const SYSNAME = { kind: 'nvarchar', length: 128 } as const;
const column = (name: string, type: ResultColumn['type'], nullable = true): ResultColumn => ({ name, type, nullable });

const LOGIN_COLUMNS = [
  column('LoginName', SYSNAME, false), column('SID', { kind: 'varbinary', length: 85 }), column('DefDBName', SYSNAME),
  column('DefLangName', SYSNAME), column('AUser', { kind: 'char', length: 5 }), column('ARemote', { kind: 'char', length: 7 }),
];

const MAPPING_COLUMNS = [
  column('LoginName', SYSNAME, false), column('DBName', SYSNAME, false), column('UserName', SYSNAME, false),
  column('UserOrAlias', { kind: 'char', length: 8 }),
];

/** LoginName, DBName, UserName, UserOrAlias rows of one database (its users mapped by SID, and their roles). */
function mappingSql(db: string): string {
  const d = bracket(db);
  return `SELECT l.name, ${nstr(db)}, u.name, 'User    ' FROM ${d}.sys.database_principals u
  JOIN sys.server_principals l ON l.sid = u.sid WHERE u.type IN ('S', 'U', 'G') AND l.type IN ('S', 'U', 'G')
UNION ALL
SELECT l.name, ${nstr(db)}, r.name, 'MemberOf' FROM ${d}.sys.database_role_members m
  JOIN ${d}.sys.database_principals u ON u.principal_id = m.member_principal_id
  JOIN ${d}.sys.database_principals r ON r.principal_id = m.role_principal_id
  JOIN sys.server_principals l ON l.sid = u.sid WHERE l.type IN ('S', 'U', 'G')`;
}

const compare = (a: SqlValue, b: SqlValue): number => String(a).toLowerCase().localeCompare(String(b).toLowerCase(), 'en');

export const spHelpLogins: ProcedureDefinition = {
  name: 'sp_helplogins',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@LoginNamePattern', type: SYSNAME, default: null }],
  async run(ctx, args) {
    const [allowed] = await ctx.querySql(`SELECT CASE WHEN IS_SRVROLEMEMBER('securityadmin') = 1 OR IS_SRVROLEMEMBER('sysadmin') = 1 THEN 1 ELSE 0 END`);
    if (Number(allowed?.rows[0]?.[0] ?? 0) !== 1) return raiseAndFail(ctx, 15247);
    const pattern = text(args.value('@LoginNamePattern'));
    const [logins] = await ctx.querySql(`SELECT name, sid, default_database_name, default_language_name FROM sys.server_principals
  WHERE type IN ('S', 'U', 'G')${pattern === undefined ? '' : ` AND name LIKE ${nstr(pattern)}`} ORDER BY name`);
    const loginRows = logins?.rows ?? [];
    if (pattern !== undefined && loginRows.length === 0) return raiseAndFail(ctx, 15007, pattern);
    const wanted = new Set(loginRows.map((r) => String(r[0]).toLowerCase()));
    const [databases] = await ctx.querySql(`SELECT name FROM sys.databases WHERE state = 0 AND HAS_DBACCESS(name) = 1 ORDER BY name`);
    const mappings: SqlValue[][] = [];
    for (const [db] of databases?.rows ?? []) {
      const [rows] = await ctx.querySql(mappingSql(String(db)));
      for (const r of rows?.rows ?? []) if (wanted.has(String(r[0]).toLowerCase())) mappings.push([...r]);
    }
    mappings.sort((a, b) => compare(a[0]!, b[0]!) || compare(a[1]!, b[1]!) || compare(a[2]!, b[2]!));
    const mapped = new Set(mappings.filter((m) => m[3] === 'User    ').map((m) => String(m[0]).toLowerCase()));
    await ctx.resultSet(LOGIN_COLUMNS, loginRows.map((r) => [r[0]!, r[1]!, r[2]!, r[3]!,
      mapped.has(String(r[0]).toLowerCase()) ? 'yes  ' : 'no   ', 'no     ']));
    await ctx.resultSet(MAPPING_COLUMNS, mappings);
    return 0;
  },
};
