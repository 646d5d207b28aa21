// sp_special_columns @table_name [, @table_owner] [, @qualifier] [, @col_type] [, @scope]
// [, @nullable] [, @ODBCVer]: the columns that identify a row ('R': the key of the first unique
// index, the primary key when there is one) or that change on every update ('V': rowversion)
// (ODBC SQLSpecialColumns, JDBC getBestRowIdentifier / getVersionColumns through
// sp_special_columns_100, which reports the 2008 date/time types with their own ODBC codes).
// SCOPE is always 0 (SQL_SCOPE_CURROW) and PSEUDO_COLUMN 1 (SQL_PC_NOT_PSEUDO), as documented.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-special-columns-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { CHAR1, checkQualifier, column, findTable, INT, SMALLINT, SYSNAME } from './odbc-catalog';
import { odbcColumnType } from './odbc-column-type';

const COLUMNS = [
  column('SCOPE', SMALLINT), column('COLUMN_NAME', SYSNAME), column('DATA_TYPE', SMALLINT), column('TYPE_NAME', SYSNAME),
  column('PRECISION', INT), column('LENGTH', INT), column('SCALE', SMALLINT), column('PSEUDO_COLUMN', SMALLINT),
];

const SCOPE_CURROW = 0;
const PC_NOT_PSEUDO = 1;

function specialColumns(name: string, katmai: boolean): ProcedureDefinition {
  return {
    name,
    home: 'system',
    permission: 'public',
    parameters: [
      { name: '@table_name', type: SYSNAME }, { name: '@table_owner', type: SYSNAME, default: null },
      { name: '@qualifier', type: SYSNAME, default: null }, { name: '@col_type', type: CHAR1, default: 'R' },
      { name: '@scope', type: CHAR1, default: 'T' }, { name: '@nullable', type: CHAR1, default: 'U' },
      { name: '@ODBCVer', type: { kind: 'int' }, default: 2 },
    ],
    async run(ctx, args) {
      checkQualifier(ctx, args.value('@qualifier'));
      const table = await findTable(ctx, args.value('@table_name'), args.value('@table_owner'));
      const odbcVer = args.value('@ODBCVer') === 3 ? 3 : 2;
      const versionColumns = String(args.value('@col_type') ?? 'R').toUpperCase() === 'V';
      const noNulls = String(args.value('@nullable') ?? 'U').toUpperCase() === 'O';
      // The row identifier: the unique index with the lowest id (the clustered primary key first);
      // with @nullable = 'O' only an index whose key columns all refuse NULL.
      const chosen = `(SELECT TOP (1) i.index_id FROM sys.indexes i WHERE i.object_id = t.object_id AND i.is_unique = 1 AND i.index_id > 0
          ${noNulls ? `AND NOT EXISTS (SELECT 1 FROM sys.index_columns x JOIN sys.columns xc ON xc.object_id = x.object_id
            AND xc.column_id = x.column_id WHERE x.object_id = i.object_id AND x.index_id = i.index_id AND xc.is_nullable = 1)` : ''}
          ORDER BY i.index_id)`;
      const query = versionColumns
        ? `SELECT c.name, ty.name, c.max_length, c.precision, c.scale FROM sys.columns c
            JOIN sys.types ty ON ty.user_type_id = c.user_type_id JOIN sys.objects t ON t.object_id = c.object_id
            WHERE t.object_id = ${table?.objectId ?? 0} AND ty.name = 'timestamp' ORDER BY c.column_id`
        : `SELECT c.name, ty.name, c.max_length, c.precision, c.scale FROM sys.objects t
            JOIN sys.index_columns ic ON ic.object_id = t.object_id AND ic.index_id = ${chosen}
            JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
            JOIN sys.types ty ON ty.user_type_id = c.user_type_id
            WHERE t.object_id = ${table?.objectId ?? 0} ORDER BY ic.key_ordinal`;
      const [set] = table === undefined ? [] : await ctx.querySql(query);
      await ctx.resultSet(COLUMNS, (set?.rows ?? []).map(([col, type, maxLength, precision, scale]) => {
        const facts = odbcColumnType(String(type), Number(maxLength), Number(precision), Number(scale), { odbcVer, katmai });
        return [SCOPE_CURROW, col ?? null, facts.dataType, type ?? null, facts.precision, facts.length, facts.scale, PC_NOT_PSEUDO];
      }));
    },
  };
}

export const spSpecialColumns = specialColumns('sp_special_columns', false);
export const spSpecialColumns100 = specialColumns('sp_special_columns_100', true);
