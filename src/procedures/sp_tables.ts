// sp_tables [@table_name] [, @table_owner] [, @table_qualifier] [, @table_type] [, @fUsePattern]:
// the current database's tables and views (ODBC catalog function).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-tables-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text } from './catalog-sql';

const NV384 = { kind: 'nvarchar', length: 384 } as const;

/** "'TABLE','VIEW'" (the documented list format) to its words. */
function tableTypes(list: string | undefined): string[] | undefined {
  if (list === undefined) return undefined;
  return list.split(',').map((w) => w.trim().replace(/^'|'$/g, '').trim().toUpperCase()).filter((w) => w !== '');
}

export const spTables: ProcedureDefinition = {
  name: 'sp_tables',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@table_name', type: NV384, default: null }, { name: '@table_owner', type: NV384, default: null },
    { name: '@table_qualifier', type: { kind: 'nvarchar', length: 128 }, default: null },
    { name: '@table_type', type: { kind: 'varchar', length: 100 }, default: null },
    { name: '@fUsePattern', type: { kind: 'bit' }, default: true },
  ],
  async run(ctx, args) {
    const like = args.value('@fUsePattern') === false ? '=' : 'LIKE';
    const conditions = ["o.type IN ('U', 'V')"];
    const name = text(args.value('@table_name'));
    const owner = text(args.value('@table_owner'));
    if (name !== undefined) conditions.push(`o.name ${like} ${nstr(name)}`);
    if (owner !== undefined) conditions.push(`s.name ${like} ${nstr(owner)}`);
    const types = tableTypes(text(args.value('@table_type')));
    if (types !== undefined) {
      const codes = [...(types.includes('TABLE') ? ["'U'"] : []), ...(types.includes('VIEW') ? ["'V'"] : [])];
      conditions.push(codes.length > 0 ? `o.type IN (${codes.join(', ')})` : '1 = 0');
    }
    const qualifier = text(args.value('@table_qualifier'));
    if (qualifier !== undefined) conditions.push(`DB_NAME() = ${nstr(qualifier)}`);
    await ctx.executeSql(`SELECT CAST(DB_NAME() AS sysname) AS TABLE_QUALIFIER, CAST(s.name AS sysname) AS TABLE_OWNER,
    CAST(o.name AS sysname) AS TABLE_NAME,
    CAST(CASE o.type WHEN 'U' THEN 'TABLE' ELSE 'VIEW' END AS varchar(32)) AS TABLE_TYPE, CAST(NULL AS varchar(254)) AS REMARKS
  FROM sys.objects o JOIN sys.schemas s ON s.schema_id = o.schema_id
  WHERE ${conditions.join(' AND ')}
  ORDER BY TABLE_TYPE, TABLE_QUALIFIER, TABLE_OWNER, TABLE_NAME`);
  },
};
