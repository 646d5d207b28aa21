// sp_pkeys @table_name [, @table_owner] [, @table_qualifier]: the primary key columns of one table
// (ODBC SQLPrimaryKeys, JDBC getPrimaryKeys). Exact names, no patterns; ordered by TABLE_QUALIFIER,
// TABLE_OWNER, TABLE_NAME, KEY_SEQ.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-pkeys-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { checkQualifier, column, findTable, SMALLINT, SYSNAME } from './odbc-catalog';

const COLUMNS = [
  column('TABLE_QUALIFIER', SYSNAME), column('TABLE_OWNER', SYSNAME), column('TABLE_NAME', SYSNAME),
  column('COLUMN_NAME', SYSNAME), column('KEY_SEQ', SMALLINT), column('PK_NAME', SYSNAME),
];

export const spPkeys: ProcedureDefinition = {
  name: 'sp_pkeys',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@table_name', type: SYSNAME }, { name: '@table_owner', type: SYSNAME, default: null },
    { name: '@table_qualifier', type: SYSNAME, default: null },
  ],
  async run(ctx, args) {
    checkQualifier(ctx, args.value('@table_qualifier'));
    const table = await findTable(ctx, args.value('@table_name'), args.value('@table_owner'));
    const [set] = table === undefined ? [] : await ctx.querySql(`SELECT c.name, ic.key_ordinal, i.name
      FROM sys.indexes i JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id
      JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
      WHERE i.object_id = ${table.objectId} AND i.is_primary_key = 1
      ORDER BY ic.key_ordinal`);
    const rows = table === undefined ? [] : (set?.rows ?? []).map(([col, seq, pk]) =>
      [ctx.database, table.schema, table.name, col ?? null, Number(seq), pk ?? null]);
    await ctx.resultSet(COLUMNS, rows);
  },
};
