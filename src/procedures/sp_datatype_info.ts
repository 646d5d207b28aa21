// sp_datatype_info [@data_type] [, @ODBCVer]: the types of the server (ODBC SQLGetTypeInfo, JDBC
// getTypeInfo). @data_type 0 lists all, another value the types with that DATA_TYPE code; @ODBCVer
// 3 gives ODBC 3 codes, anything else ODBC 2. sp_datatype_info_100 (what SQL Server 2008+ drivers
// call; FreeTDS ODBC sends `sp_datatype_info_100 12,3` right after connecting) gives the 2008
// date/time types their own codes. Ordered by DATA_TYPE, AUTO_INCREMENT, MONEY, USERTYPE.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-datatype-info-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import type { SqlValue } from '../types/values';
import { DATATYPE_INFO, datatypeInfoRow } from './odbc-datatype-info';
import { column, INT, SMALLINT, SYSNAME } from './odbc-catalog';

const V32 = { kind: 'varchar', length: 32 } as const;

const COLUMNS = [
  column('TYPE_NAME', SYSNAME, false), column('DATA_TYPE', SMALLINT, false), column('PRECISION', INT),
  column('LITERAL_PREFIX', V32), column('LITERAL_SUFFIX', V32), column('CREATE_PARAMS', V32),
  column('NULLABLE', SMALLINT), column('CASE_SENSITIVE', SMALLINT), column('SEARCHABLE', SMALLINT),
  column('UNSIGNED_ATTRIBUTE', SMALLINT), column('MONEY', SMALLINT), column('AUTO_INCREMENT', SMALLINT),
  column('LOCAL_TYPE_NAME', SYSNAME), column('MINIMUM_SCALE', SMALLINT), column('MAXIMUM_SCALE', SMALLINT),
  column('SQL_DATA_TYPE', SMALLINT), column('SQL_DATETIME_SUB', SMALLINT), column('NUM_PREC_RADIX', INT),
  column('INTERVAL_PRECISION', SMALLINT), column('USERTYPE', SMALLINT),
];

/** Column positions in a row, for the documented ordering. */
const AT = { name: 0, dataType: 1, money: 10, autoIncrement: 11, userType: 19 } as const;

/** NULL sorts first, as in SQL Server's ORDER BY. */
function compare(a: SqlValue, b: SqlValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1;
}

function datatypeInfo(name: string, katmai: boolean): ProcedureDefinition {
  return {
    name,
    home: 'system',
    permission: 'public',
    parameters: [{ name: '@data_type', type: { kind: 'int' }, default: 0 }, { name: '@ODBCVer', type: { kind: 'tinyint' }, default: 2 }],
    async run(ctx, args) {
      const wanted = Number(args.value('@data_type') ?? 0);
      const odbcVer = args.value('@ODBCVer') === 3 ? 3 : 2;
      const rows = DATATYPE_INFO.map((r) => datatypeInfoRow(r, odbcVer, katmai))
        .filter((r) => wanted === 0 || r[AT.dataType] === wanted)
        .sort((a, b) => compare(a[AT.dataType] ?? null, b[AT.dataType] ?? null) || compare(a[AT.autoIncrement] ?? null, b[AT.autoIncrement] ?? null)
          || compare(a[AT.money] ?? null, b[AT.money] ?? null) || compare(a[AT.userType] ?? null, b[AT.userType] ?? null)
          || compare(a[AT.name] ?? null, b[AT.name] ?? null));
      await ctx.resultSet(COLUMNS, rows);
    },
  };
}

export const spDatatypeInfo = datatypeInfo('sp_datatype_info', false);
export const spDatatypeInfo100 = datatypeInfo('sp_datatype_info_100', true);
