// sp_describe_first_result_set [@tsql =] N'...' [, [@params =] N'...'] [, [@browse_information_mode =] n]:
// one row per column of the batch's first possible result set (describe-columns.ts), an empty
// result set when the batch sends none. Engine procedures (rpc/engine-procedures.ts): they need
// the interpreter's translation. The batch is never run: its parameters are declared (NULL) in
// a frame of their own and only DECLAREs execute.
import { sqlError } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type { Batch, RoutineParam, Statement } from '../../tsql/ast';
import { precededBy } from '../interpreter/preceding-errors';
import { isCharacter } from '../../types/categories';
import { unwrapVariant } from '../expressions/variant';
import { resolveTypeRef } from '../expressions/evaluate';
import { compileErrors } from '../interpreter/compile-check';
import { Frame } from '../interpreter/frame';
import type { CallArgument } from '../interpreter/procedure-call';
import { withFrame, type Scope } from '../interpreter/scope';
import { parseCached, parseParameterDeclarations } from '../parse';
import { DESCRIBE_COLUMNS, describeRow } from './describe-columns';
import { firstResultSet, type DescribedResult } from './first-result-set';
import { browseInformation } from './browse-information';
import { statementTexts } from './statement-text';
import { UNDECLARED_COLUMNS, undeclaredRow } from './undeclared-columns';
import { deduceParameters, variableNames } from './undeclared-parameters';
import type { SqlValue } from '../../types/values';

/** The arguments by parameter position: named ones placed by name, the others by position. */
export function bindArguments(args: readonly CallArgument[], names: readonly string[], procedure: string): (CallArgument | undefined)[] {
  const out: (CallArgument | undefined)[] = new Array<CallArgument | undefined>(names.length);
  args.forEach((a, i) => {
    const at = a.name ? names.indexOf(a.name.toLowerCase()) : i;
    if (at < 0) throw sqlError(8145, a.name ?? '', procedure);
    if (at >= names.length) throw sqlError(8144, procedure);
    out[at] = a;
  });
  return out;
}

/** @tsql / @params: nvarchar text (214 otherwise); undefined when NULL or not passed */
export function unicodeText(arg: CallArgument | undefined, parameter: string): string | undefined {
  const v = arg?.value ? unwrapVariant(arg.value) : undefined;
  if (!v || v.value === null) return undefined;
  if (!isCharacter(v.type) || (v.type.kind !== 'nvarchar' && v.type.kind !== 'nchar' && v.type.kind !== 'ntext')) {
    throw sqlError(214, parameter, 'ntext/nchar/nvarchar');
  }
  return String(v.value);
}

export interface AnalysisScope {
  readonly batch: Batch;
  readonly params: readonly RoutineParam[];
  /** the variables the batch uses that neither @params nor a DECLARE declares, in text order */
  readonly undeclared: readonly string[];
  /** a scope whose frame holds the declared parameters, all NULL */
  readonly inner: Scope;
  readonly statementText: (s: Statement) => string;
}

/**
 * The parsed batch, checked as a batch is before it runs: a syntax error or a compile error
 * (137 undeclared variable ...) is sent, then 11501.
 */
export function analysisScope(
  text: string, declarations: string | undefined, scope: Scope, allowUndeclared = false,
  /** sp_prepare reports a batch's own errors as a batch would, without 11501 */
  wrap: (...causes: SqlError[]) => SqlError = (...causes) => precededBy(sqlError(11501), ...causes),
): AnalysisScope {
  const params = declarations ? parseParameterDeclarations(declarations, scope.engine) : [];
  const frame = new Frame('', scope.frame.nestLevel + 1);
  for (const p of params) frame.declare(p.name, resolveTypeRef(p.type), null);
  let batch: Batch;
  try {
    batch = parseCached(text, scope.engine);
  } catch (e) {
    if (e instanceof SqlError) throw wrap(e);
    throw e;
  }
  const undeclared = allowUndeclared ? undeclaredNames(batch, params) : [];
  const failures = compileErrors(batch.statements, { parameters: [...params.map((p) => p.name), ...undeclared] });
  if (failures.length > 0) throw wrap(...failures);
  // typed only so the statements' other parts translate; their own type is what is deduced
  for (const name of undeclared) frame.declare(name, UNTYPED, null);
  return { batch, params, undeclared, inner: withFrame(scope, frame), statementText: statementTexts(text, batch.statements) };
}

const UNTYPED = { kind: 'sql_variant' } as const;

/** Undeclared names in order of first use; one used twice is 11508. */
function undeclaredNames(batch: Batch, params: readonly RoutineParam[]): string[] {
  const { used, declared } = variableNames(batch.statements);
  for (const p of params) declared.add(p.name.toLowerCase());
  const seen = new Map<string, string>();
  for (const name of used) {
    const key = name.toLowerCase();
    if (declared.has(key)) continue;
    if (seen.has(key)) throw sqlError(11508, name);
    seen.set(key, name);
  }
  return [...seen.values()];
}

/** One row per column; in browse modes 1 and 2 with sources and the hidden key columns after. */
export function resultRows(found: DescribedResult, mode: number, scope: Scope): SqlValue[][] {
  const browse = mode === 0 ? undefined : browseInformation(found.select, found.columns.length, scope);
  const rows = found.columns.map((c, i) => describeRow(c, i + 1, found.origins[i]!, found.orderByLength, mode === 0 ? undefined : { info: browse?.visible[i], hidden: false }));
  for (const h of browse?.hidden ?? []) {
    rows.push(describeRow(h.column, rows.length + 1, { fromColumn: true }, found.orderByLength, { info: h.browse, hidden: true }));
  }
  return rows;
}

/**
 * sp_describe_undeclared_parameters [@tsql =] N'...' [, [@params =] N'...']: one row per parameter
 * the batch uses without declaring it, with its deduced type (undeclared-parameters.ts).
 */
export async function describeUndeclaredParameters(args: readonly CallArgument[], scope: Scope): Promise<number> {
  const procedure = 'sp_describe_undeclared_parameters';
  const [tsql, params] = bindArguments(args, ['@tsql', '@params'], procedure);
  const text = unicodeText(tsql, '@tsql');
  if (text === undefined) throw sqlError(201, procedure, '@tsql');
  const { batch, inner, undeclared } = analysisScope(text, unicodeText(params, '@params'), scope, true);
  const deduced = await deduceParameters(batch.statements, undeclared, inner);
  const sink = scope.run.sink;
  sink.columns(UNDECLARED_COLUMNS);
  deduced.forEach((p, i) => sink.row(undeclaredRow(p, i + 1)));
  sink.statementDone(scope.session.nocount ? { command: 'select', inProc: true } : { command: 'select', rowCount: deduced.length, inProc: true });
  return 0;
}

export async function describeFirstResultSet(args: readonly CallArgument[], scope: Scope): Promise<number> {
  const procedure = 'sp_describe_first_result_set';
  const [tsql, params, browse] = bindArguments(args, ['@tsql', '@params', '@browse_information_mode'], procedure);
  const text = unicodeText(tsql, '@tsql');
  if (text === undefined) throw sqlError(201, procedure, '@tsql');
  const mode = browse?.value ? unwrapVariant(browse.value).value : 0;
  if (mode !== null && mode !== 0 && mode !== 1 && mode !== 2) throw sqlError(11552);
  const { batch, inner, statementText } = analysisScope(text, unicodeText(params, '@params'), scope);
  const found = await firstResultSet(batch.statements, { scope: inner, statementText, multiStatement: batch.statements.length > 1 });
  const rows = found ? resultRows(found, mode === null ? 0 : Number(mode), inner) : [];
  const sink = scope.run.sink;
  sink.columns(DESCRIBE_COLUMNS);
  for (const row of rows) sink.row(row);
  sink.statementDone(scope.session.nocount ? { command: 'select', inProc: true } : { command: 'select', rowCount: rows.length, inProc: true });
  return 0;
}
