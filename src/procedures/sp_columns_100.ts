// sp_columns_100 @table_name [, @table_owner] [, @table_qualifier] [, @column_name] [, @NameScope]
// [, @ODBCVer] [, @fUsePattern]: what SQL Server 2008+ drivers call for SQLColumns / JDBC
// getColumns. sp_columns' 19 columns with the 2008 date/time types under their own ODBC codes
// (odbc-column-type.ts), then the SQL Server-specific SS_IS_SPARSE, SS_IS_COLUMN_SET,
// SS_IS_COMPUTED, SS_IS_IDENTITY and the UDT / XML schema collection names (msxd has neither
// sparse columns, CLR types nor XML schema collections: 0 and NULL).
// https://learn.microsoft.com/sql/relational-databases/native-client-odbc-api/sqlcolumns
import type { ProcedureDefinition } from '../engine/procedure-registry';
import type { SqlValue } from '../types/values';
import { nstr, text } from './catalog-sql';
import { checkQualifier, column, INT, NV384, SMALLINT, SYSNAME } from './odbc-catalog';
import { odbcColumnType } from './odbc-column-type';

const V254 = { kind: 'varchar', length: 254 } as const;

const COLUMNS = [
  column('TABLE_QUALIFIER', SYSNAME), column('TABLE_OWNER', SYSNAME), column('TABLE_NAME', SYSNAME), column('COLUMN_NAME', SYSNAME),
  column('DATA_TYPE', SMALLINT), column('TYPE_NAME', SYSNAME), column('PRECISION', INT), column('LENGTH', INT),
  column('SCALE', SMALLINT), column('RADIX', SMALLINT), column('NULLABLE', SMALLINT), column('REMARKS', V254),
  column('COLUMN_DEF', { kind: 'nvarchar', length: 4000 }), column('SQL_DATA_TYPE', SMALLINT), column('SQL_DATETIME_SUB', SMALLINT),
  column('CHAR_OCTET_LENGTH', INT), column('ORDINAL_POSITION', INT), column('IS_NULLABLE', V254),
  column('SS_DATA_TYPE', { kind: 'tinyint' }), column('SS_IS_SPARSE', SMALLINT), column('SS_IS_COLUMN_SET', SMALLINT),
  column('SS_IS_COMPUTED', SMALLINT), column('SS_IS_IDENTITY', SMALLINT), column('SS_UDT_CATALOG_NAME', SYSNAME),
  column('SS_UDT_SCHEMA_NAME', SYSNAME), column('SS_UDT_ASSEMBLY_TYPE_NAME', SYSNAME),
  column('SS_XML_SCHEMACOLLECTION_CATALOG_NAME', SYSNAME), column('SS_XML_SCHEMACOLLECTION_SCHEMA_NAME', SYSNAME),
  column('SS_XML_SCHEMACOLLECTION_NAME', SYSNAME),
];

export const spColumns100: ProcedureDefinition = {
  name: 'sp_columns_100',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@table_name', type: NV384 }, { name: '@table_owner', type: NV384, default: null },
    { name: '@table_qualifier', type: SYSNAME, default: null }, { name: '@column_name', type: NV384, default: null },
    { name: '@NameScope', type: { kind: 'int' }, default: 0 }, { name: '@ODBCVer', type: { kind: 'int' }, default: 2 },
    { name: '@fUsePattern', type: { kind: 'bit' }, default: true },
  ],
  async run(ctx, args) {
    checkQualifier(ctx, args.value('@table_qualifier'));
    const like = args.value('@fUsePattern') === false ? '=' : 'LIKE';
    const match = (expr: string, v: SqlValue): string[] => (text(v) === undefined ? [] : [`${expr} ${like} ${nstr(text(v))}`]);
    const where = ["o.type IN ('U', 'V')", ...match('o.name', args.value('@table_name')),
      ...match('SCHEMA_NAME(o.schema_id)', args.value('@table_owner')), ...match('c.name', args.value('@column_name'))];
    const [set] = await ctx.querySql(`SELECT SCHEMA_NAME(o.schema_id) AS owner, o.name AS tname, c.name, ty.name, c.max_length,
        c.precision, c.scale, c.is_nullable, c.is_identity, c.is_computed, dc.definition, c.column_id
      FROM sys.objects o JOIN sys.columns c ON c.object_id = o.object_id JOIN sys.types ty ON ty.user_type_id = c.user_type_id
      LEFT JOIN sys.default_constraints dc ON dc.object_id = c.default_object_id
      WHERE ${where.join(' AND ')}
      ORDER BY owner, tname, c.column_id`);
    const odbcVer = args.value('@ODBCVer') === 3 ? 3 : 2;
    await ctx.resultSet(COLUMNS, (set?.rows ?? []).map(([owner, table, col, type, maxLength, precision, scale, nullable, identity,
      computed, definition, position]) => {
      const f = odbcColumnType(String(type), Number(maxLength), Number(precision), Number(scale), { odbcVer, katmai: true });
      const isNullable = nullable === true;
      return [ctx.database, owner ?? null, table ?? null, col ?? null, f.dataType, `${String(type)}${identity === true ? ' identity' : ''}`,
        f.precision, f.length, f.scale, f.radix, isNullable ? 1 : 0, null, definition ?? null, f.sqlDataType, f.sqlDatetimeSub,
        f.charOctetLength, Number(position), isNullable ? 'YES' : 'NO', f.ssDataType, 0, 0, computed === true ? 1 : 0,
        identity === true ? 1 : 0, null, null, null, null, null, null];
    }));
  },
};
