// sp_stored_procedures [@sp_name] [, @sp_owner] [, @sp_qualifier] [, @fUsePattern]: procedures and
// functions of the current database, the system ones (schema sys) included (ODBC SQLProcedures,
// JDBC getProcedures). PROCEDURE_NAME carries the group number (`name;1`); the NUM_* columns are
// reserved (-1); PROCEDURE_TYPE is always 2 (SQL_PT_FUNCTION), as documented.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-stored-procedures-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text } from './catalog-sql';
import { checkQualifier, column, INT, NV384, SMALLINT, SYSNAME } from './odbc-catalog';

const COLUMNS = [
  column('PROCEDURE_QUALIFIER', SYSNAME), column('PROCEDURE_OWNER', SYSNAME),
  column('PROCEDURE_NAME', { kind: 'nvarchar', length: 134 }), column('NUM_INPUT_PARAMS', INT),
  column('NUM_OUTPUT_PARAMS', INT), column('NUM_RESULT_SETS', INT), column('REMARKS', { kind: 'varchar', length: 254 }),
  column('PROCEDURE_TYPE', SMALLINT),
];

const RESERVED = -1;
const PT_FUNCTION = 2;

export const spStoredProcedures: ProcedureDefinition = {
  name: 'sp_stored_procedures',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@sp_name', type: { kind: 'nvarchar', length: 390 }, default: null }, { name: '@sp_owner', type: NV384, default: null },
    { name: '@sp_qualifier', type: SYSNAME, default: null }, { name: '@fUsePattern', type: { kind: 'bit' }, default: true },
  ],
  async run(ctx, args) {
    checkQualifier(ctx, args.value('@sp_qualifier'));
    const like = args.value('@fUsePattern') === false ? '=' : 'LIKE';
    const name = text(args.value('@sp_name'));
    const owner = text(args.value('@sp_owner'));
    const where = ["o.type IN ('P', 'PC', 'X', 'FN', 'IF', 'TF')", ...(name === undefined ? [] : [`o.name ${like} ${nstr(name)}`]),
      ...(owner === undefined ? [] : [`SCHEMA_NAME(o.schema_id) ${like} ${nstr(owner)}`])];
    const [set] = await ctx.querySql(`SELECT SCHEMA_NAME(o.schema_id) AS owner, o.name FROM sys.all_objects o
      WHERE ${where.join(' AND ')} ORDER BY owner, o.name`);
    await ctx.resultSet(COLUMNS, (set?.rows ?? []).map(([o, n]) =>
      [ctx.database, o ?? null, `${String(n)};1`, RESERVED, RESERVED, RESERVED, null, PT_FUNCTION]));
  },
};
