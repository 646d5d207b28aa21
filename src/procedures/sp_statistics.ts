// sp_statistics @table_name [, @table_owner] [, @table_qualifier] [, @index_name] [, @is_unique]
// [, @accuracy]: the table's statistics row and one row per index key column (ODBC SQLStatistics,
// JDBC getIndexInfo through sp_statistics_100, which SQL Server 2008+ answers with the same shape).
// Ordered by NON_UNIQUE, TYPE, INDEX_NAME, SEQ_IN_INDEX; the table row (NON_UNIQUE NULL) first.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-statistics-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { bracket, nstr } from './catalog-sql';
import { CHAR1, checkQualifier, column, findTable, INT, SMALLINT, SYSNAME } from './odbc-catalog';

const COLUMNS = [
  column('TABLE_QUALIFIER', SYSNAME), column('TABLE_OWNER', SYSNAME), column('TABLE_NAME', SYSNAME),
  column('NON_UNIQUE', SMALLINT), column('INDEX_QUALIFIER', SYSNAME), column('INDEX_NAME', SYSNAME),
  column('TYPE', SMALLINT), column('SEQ_IN_INDEX', SMALLINT), column('COLUMN_NAME', SYSNAME),
  column('COLLATION', CHAR1), column('CARDINALITY', INT), column('PAGES', INT),
  column('FILTER_CONDITION', { kind: 'varchar', length: 128 }),
];

/** ODBC SQLStatistics TYPE: the table's own row, then clustered and other (b-tree) indexes. */
const STAT_TYPE = { table: 0, clustered: 1, hashed: 2, other: 3 } as const;

/** sys.indexes.type of a clustered index. */
const CLUSTERED = 1;

/** SQL Server's data page holds 8,060 bytes of rows; msxd keeps no pages, so this is an estimate. */
const ROWS_PER_PAGE = 100;

function statistics(name: string): ProcedureDefinition {
  return {
    name,
    home: 'system',
    permission: 'public',
    parameters: [
      { name: '@table_name', type: SYSNAME }, { name: '@table_owner', type: SYSNAME, default: null },
      { name: '@table_qualifier', type: SYSNAME, default: null }, { name: '@index_name', type: SYSNAME, default: '%' },
      { name: '@is_unique', type: CHAR1, default: 'N' }, { name: '@accuracy', type: CHAR1, default: 'Q' },
    ],
    async run(ctx, args) {
      checkQualifier(ctx, args.value('@table_qualifier'));
      const table = await findTable(ctx, args.value('@table_name'), args.value('@table_owner'));
      if (table === undefined) {
        await ctx.resultSet(COLUMNS, []);
        return;
      }
      const [count] = await ctx.querySql(`SELECT COUNT_BIG(*) FROM ${bracket(table.schema)}.${bracket(table.name)}`);
      const rowCount = Number(count?.rows[0]?.[0] ?? 0);
      const pages = Math.ceil(rowCount / ROWS_PER_PAGE);
      const uniqueOnly = String(args.value('@is_unique') ?? 'N').toUpperCase() === 'Y';
      const [set] = await ctx.querySql(`SELECT CASE WHEN i.is_unique = 1 THEN 0 ELSE 1 END AS non_unique, i.name,
          CASE i.type WHEN ${CLUSTERED} THEN ${STAT_TYPE.clustered} ELSE ${STAT_TYPE.other} END AS kind, ic.key_ordinal, c.name,
          CASE WHEN ic.is_descending_key = 1 THEN 'D' ELSE 'A' END
        FROM sys.indexes i JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id
        JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
        WHERE i.object_id = ${table.objectId} AND i.index_id > 0 AND ic.is_included_column = 0
          AND i.name LIKE ${nstr(String(args.value('@index_name') ?? '%'))}${uniqueOnly ? ' AND i.is_unique = 1' : ''}
        ORDER BY non_unique, kind, i.name, ic.key_ordinal`);
      const head = [ctx.database, table.schema, table.name];
      await ctx.resultSet(COLUMNS, [
        [...head, null, null, null, STAT_TYPE.table, null, null, null, rowCount, pages, null],
        ...(set?.rows ?? []).map(([nonUnique, index, kind, seq, col, collation]) =>
          [...head, Number(nonUnique), table.name, index ?? null, Number(kind), Number(seq), col ?? null, collation ?? null, rowCount, pages, null]),
      ]);
    },
  };
}

export const spStatistics = statistics('sp_statistics');
export const spStatistics100 = statistics('sp_statistics_100');
