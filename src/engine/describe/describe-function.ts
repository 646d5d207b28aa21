// sys.dm_exec_describe_first_result_set(@tsql, @params, @include_browse_information): the rows of
// sp_describe_first_result_set (the same analysis) with its first 35 columns and six error columns
// instead of the TDS ones. An analysis error is not raised: it is one row whose error_* columns
// say it (error_type by the documented list). Materialized like a user table-valued function
// (routines/table-function.ts calls it): the rows fill a table variable of a frame of its own.
import type { SqlError } from '../../errors/sql-error';
import { SqlError as SqlErrorClass } from '../../errors/sql-error';
import { sqlError } from '../../errors/catalog';
import type { ColumnDef, Expr, ObjectName, Statement } from '../../tsql/ast';
import { isCharacter } from '../../types/categories';
import type { SqlValue } from '../../types/values';
import { dropFrameTableVariables } from '../ddl/table-variables';
import { unwrapVariant } from '../expressions/variant';
import { Frame } from '../interpreter/frame';
import { executeStatements } from '../interpreter/interpreter';
import { withoutFormatOnly } from '../interpreter/format-only';
import { RequestRun, type Scope } from '../interpreter/scope';
import { QUIET_SINK } from '../interpreter/quiet-sink';
import type { ResultColumn } from '../result-sink';
import type { FunctionArgument } from '../routines/user-function';
import { findTableVariable } from '../sql/local-tables';
import type { WritableTable } from '../sql/source-types';
import { DESCRIBE_COLUMNS } from './describe-columns';
import { analysisScope, resultRows } from './describe-procedures';
import { firstResultSet } from './first-result-set';

export const DESCRIBE_FUNCTION = 'dm_exec_describe_first_result_set';

/** sys.dm_exec_describe_first_result_set (also without the schema, as SQL Server resolves sys objects) */
export function isDescribeFunction(name: ObjectName): boolean {
  return name.name.toLowerCase() === DESCRIBE_FUNCTION && (name.schema === undefined || name.schema.toLowerCase() === 'sys');
}

/** the description columns the function shares with the procedure: all but the four tds_* ones */
const SHARED = DESCRIBE_COLUMNS.length - 4;

const FUNCTION_COLUMNS: readonly ResultColumn[] = [
  ...DESCRIBE_COLUMNS.slice(0, SHARED).map((c) => ({ ...c, nullable: true })),
  { name: 'error_number', type: { kind: 'int' }, nullable: true },
  { name: 'error_severity', type: { kind: 'int' }, nullable: true },
  { name: 'error_state', type: { kind: 'int' }, nullable: true },
  { name: 'error_message', type: { kind: 'nvarchar', length: 4096 }, nullable: true },
  { name: 'error_type', type: { kind: 'int' }, nullable: true },
  { name: 'error_type_desc', type: { kind: 'nvarchar', length: 60 }, nullable: true },
];

// "sys.dm_exec_describe_first_result_set", Remarks: error_type and its description.
const ERROR_TYPES: Readonly<Record<number, readonly [number, string]>> = {
  11501: [2, 'SYNTAX'], 11509: [3, 'CONFLICTING_RESULTS'], 11513: [4, 'DYNAMIC_SQL'], 11514: [4, 'DYNAMIC_SQL'],
  11523: [9, 'RECURSION'], 11524: [9, 'RECURSION'], 11525: [10, 'TEMPORARY_TABLE'], 11526: [10, 'TEMPORARY_TABLE'],
};

function text(arg: FunctionArgument | undefined): string | undefined {
  if (arg === undefined || arg === 'default') return undefined;
  const v = unwrapVariant(arg);
  if (v.value === null) return undefined;
  if (!isCharacter(v.type)) throw sqlError(214, '@tsql', 'ntext/nchar/nvarchar');
  return String(v.value);
}

async function describedRows(args: readonly FunctionArgument[], scope: Scope): Promise<SqlValue[][]> {
  const tsql = text(args[0]);
  try {
    const { batch, inner, statementText } = analysisScope(tsql ?? '', text(args[1]), scope);
    const found = await firstResultSet(batch.statements, { scope: inner, statementText, multiStatement: batch.statements.length > 1 });
    if (!found) return [];
    const browse = args[2] === undefined || args[2] === 'default' ? 0 : Number(unwrapVariant(args[2]).value ?? 0);
    return resultRows(found, browse === 0 ? 0 : 1, inner).map((row) => [...row.slice(0, SHARED), null, null, null, null, null, null]);
  } catch (e) {
    if (!(e instanceof SqlErrorClass)) throw e;
    return [errorRow(e)];
  }
}

function errorRow(e: SqlError): SqlValue[] {
  const [type, desc] = ERROR_TYPES[e.number] ?? [1, 'MISC'];
  return [...new Array<SqlValue>(SHARED).fill(null), e.number, e.severity, e.state, e.message, type, desc];
}


const literal = (v: SqlValue, line: number): Expr =>
  v === null ? { kind: 'null', line } : { kind: 'literal', line, form: 'string', text: typeof v === 'boolean' ? (v ? '1' : '0') : String(v), unicode: true };

export async function materializeDescribe(scope: Scope, args: readonly FunctionArgument[]): Promise<{ table: WritableTable; release(): void }> {
  const rows = await describedRows(args, scope);
  const frame = new Frame('', scope.frame.nestLevel + 1);
  // the filling statements are the function's own: the client hears nothing of them (no DONE)
  const run = new RequestRun(QUIET_SINK, scope.run.signal);
  const inner: Scope = { engine: scope.engine, session: scope.session, run, frame };
  const variable = '@described';
  const columns: ColumnDef[] = FUNCTION_COLUMNS.map((c) => ({ name: c.name, type: c.type, nullable: true, rowguidcol: false, sparse: false, constraints: [] }));
  const statements: Statement[] = [{ kind: 'declare', line: 1, items: [{ kind: 'table', name: variable, definition: { columns, constraints: [], indexes: [] } }] }];
  if (rows.length > 0) {
    statements.push({
      kind: 'insert', line: 1, with: [], target: { kind: 'tableVariable', name: variable }, columns: [], output: [],
      source: { kind: 'values', rows: rows.map((r) => r.map((v) => literal(v, 1))) },
    });
  }
  // a failure here is msxd's: raised (as inside TRY) as the calling statement's error
  run.tryDepth++;
  await withoutFormatOnly(scope.session.options, () => executeStatements(statements, inner));
  const table = findTableVariable(frame, variable);
  if (!table) throw new Error(`${DESCRIBE_FUNCTION} produced no table`);
  return { table, release: () => dropFrameTableVariables(inner, frame) };
}
