// sp_sproc_columns [@procedure_name] [, @procedure_owner] [, @procedure_qualifier]
// [, @column_name] [, @ODBCVer] [, @fUsePattern]: the parameters of procedures and functions
// (ODBC SQLProcedureColumns, JDBC getProcedureColumns through sp_sproc_columns_100, which reports
// the 2008 date/time types with their own ODBC codes). A procedure's return status comes first as
// @RETURN_VALUE (COLUMN_TYPE 5, int, ORDINAL_POSITION 0), as does a scalar function's result.
// Patterns (LIKE) unless @fUsePattern = 0. Ordered by qualifier, owner, name, ORDINAL_POSITION.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-sproc-columns-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import type { SqlValue } from '../types/values';
import { nstr, text } from './catalog-sql';
import { checkQualifier, column, INT, NV384, SMALLINT, SYSNAME } from './odbc-catalog';
import { odbcColumnType } from './odbc-column-type';

const COLUMNS = [
  column('PROCEDURE_QUALIFIER', SYSNAME), column('PROCEDURE_OWNER', SYSNAME),
  column('PROCEDURE_NAME', { kind: 'nvarchar', length: 134 }), column('COLUMN_NAME', SYSNAME),
  column('COLUMN_TYPE', SMALLINT), column('DATA_TYPE', SMALLINT), column('TYPE_NAME', SYSNAME), column('PRECISION', INT),
  column('LENGTH', INT), column('SCALE', SMALLINT), column('RADIX', SMALLINT), column('NULLABLE', SMALLINT),
  column('REMARKS', { kind: 'varchar', length: 254 }), column('COLUMN_DEF', { kind: 'nvarchar', length: 4000 }),
  column('SQL_DATA_TYPE', SMALLINT), column('SQL_DATETIME_SUB', SMALLINT), column('CHAR_OCTET_LENGTH', INT),
  column('ORDINAL_POSITION', INT), column('IS_NULLABLE', { kind: 'varchar', length: 254 }),
  column('SS_DATA_TYPE', { kind: 'tinyint' }),
];

/** ODBC SQLProcedureColumns COLUMN_TYPE. SQL Server reports OUTPUT parameters as input/output. */
const COLUMN_TYPE = { input: 1, inputOutput: 2, returnValue: 5 } as const;

const RETURN_VALUE = '@RETURN_VALUE';

/** A procedure's return status is an int: sys.types max_length 4, precision 10. */
const STATUS = { type: 'int', maxLength: 4, precision: 10 } as const;

function sprocColumns(name: string, katmai: boolean): ProcedureDefinition {
  return {
    name,
    home: 'system',
    permission: 'public',
    parameters: [
      { name: '@procedure_name', type: { kind: 'nvarchar', length: 390 }, default: '%' },
      { name: '@procedure_owner', type: NV384, default: null }, { name: '@procedure_qualifier', type: SYSNAME, default: null },
      { name: '@column_name', type: NV384, default: null }, { name: '@ODBCVer', type: { kind: 'int' }, default: 2 },
      { name: '@fUsePattern', type: { kind: 'bit' }, default: true },
    ],
    async run(ctx, args) {
      checkQualifier(ctx, args.value('@procedure_qualifier'));
      const like = args.value('@fUsePattern') === false ? '=' : 'LIKE';
      const match = (expr: string, v: SqlValue): string[] => (text(v) === undefined ? [] : [`${expr} ${like} ${nstr(text(v))}`]);
      const where = ["o.type IN ('P', 'FN', 'IF', 'TF')", ...match('o.name', args.value('@procedure_name') ?? '%'),
        ...match('SCHEMA_NAME(o.schema_id)', args.value('@procedure_owner'))];
      // The column filter is LIKE in SQL (the engine's collation), also for the @RETURN_VALUE row made here.
      const columnMatch = (expr: string): string => {
        const c = match(expr, args.value('@column_name'));
        return c.length === 0 ? '1' : `CASE WHEN ${c[0] ?? '1 = 1'} THEN 1 ELSE 0 END`;
      };
      const [set] = await ctx.querySql(`SELECT SCHEMA_NAME(o.schema_id) AS owner, o.name, o.type, p.name, p.parameter_id, p.is_output,
          ty.name, p.max_length, p.precision, p.scale,
          ${columnMatch(`CASE WHEN p.parameter_id = 0 THEN N'${RETURN_VALUE}' ELSE p.name END`)}, ${columnMatch(`N'${RETURN_VALUE}'`)}
        FROM sys.objects o LEFT JOIN sys.parameters p ON p.object_id = o.object_id
        LEFT JOIN sys.types ty ON ty.user_type_id = p.user_type_id
        WHERE ${where.join(' AND ')}
        ORDER BY owner, o.name, p.parameter_id`);
      const odbcVer = args.value('@ODBCVer') === 3 ? 3 : 2;
      const rows: SqlValue[][] = [];
      const describe = (owner: SqlValue, proc: string, param: string, kind: number, type: string, maxLength: number, precision: number,
        scale: number, position: number): void => {
        const f = odbcColumnType(type, maxLength, precision, scale, { odbcVer, katmai });
        const nullable = kind === COLUMN_TYPE.returnValue ? 0 : 1;
        rows.push([ctx.database, owner, `${proc};1`, param, kind, f.dataType, type, f.precision, f.length, f.scale, f.radix, nullable, null,
          null, f.sqlDataType, f.sqlDatetimeSub, f.charOctetLength, position, nullable === 1 ? 'YES' : 'NO', f.ssDataType]);
      };
      let previous = '';
      for (const [owner, proc, type, param, id, output, typeName, maxLength, precision, scale, paramMatch, returnMatch] of set?.rows ?? []) {
        const key = `${String(owner)}.${String(proc)}`;
        if (key !== previous && String(type).trim() === 'P' && Number(returnMatch) === 1) {
          describe(owner ?? null, String(proc), RETURN_VALUE, COLUMN_TYPE.returnValue, STATUS.type, STATUS.maxLength, STATUS.precision, 0, 0);
        }
        previous = key;
        if (param === null || param === undefined || typeName === null || typeName === undefined || Number(paramMatch) !== 1) continue;
        const returnValue = Number(id) === 0;
        describe(owner ?? null, String(proc), returnValue ? RETURN_VALUE : String(param),
          returnValue ? COLUMN_TYPE.returnValue : output === true ? COLUMN_TYPE.inputOutput : COLUMN_TYPE.input,
          String(typeName), Number(maxLength), Number(precision), Number(scale), Number(id));
      }
      await ctx.resultSet(COLUMNS, rows);
    },
  };
}

export const spSprocColumns = sprocColumns('sp_sproc_columns', false);
export const spSprocColumns100 = sprocColumns('sp_sproc_columns_100', true);
