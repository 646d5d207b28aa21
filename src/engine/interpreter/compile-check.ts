// The checks SQL Server makes while compiling a batch, before any statement runs: a batch that
// fails them sends only the errors (nothing in it executes). msxd parses, then walks the tree once:
//  - 137 / 1087 (state 2) a scalar / table variable used but not declared earlier in the text;
//  - 135/136 BREAK/CONTINUE outside a WHILE;
//  - 178 RETURN with a value outside a procedure or function.
// The walk is generic over the AST (every node has `kind`), so new node kinds that hold
// expressions are covered without listing them here; only declaring/scoping nodes are special.
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import type { SqlError } from '../../errors/sql-error';
import type { RoutineParam, Statement } from '../../tsql/ast';

interface Context {
  /** lower-cased name -> line of its first declaration */
  readonly declared: Map<string, number>;
  readonly inRoutine: boolean;
  readonly loopDepth: number;
  /** the line of the innermost statement, for nodes without one */
  readonly line: number;
}

interface Walk {
  readonly errors: SqlError[];
  /** one error per statement, as SQL Server stops compiling a statement at its first error */
  failed: Statement | null;
  current: Statement | null;
}

// Batches come from the parse cache, so the same statement array recurs: remember its verdict per
// set of predeclared names (sp_executesql's parameters, which differ by declaration string), so a
// parameterised statement run again costs a lookup. The verdict depends only on the tree and those
// names; a few variants per tree are kept, the oldest dropped first.
const verdicts = new WeakMap<readonly Statement[], Map<string, readonly SqlError[]>>();
const VARIANTS_PER_BATCH = 8;
const NO_ERRORS: readonly SqlError[] = Object.freeze([]);
const NO_OPTIONS = Object.freeze({});

/** Every compile error of `statements`, in text order; empty when the batch may run. */
export function compileErrors(
  statements: readonly Statement[],
  options: { readonly inRoutine?: boolean; readonly parameters?: readonly string[] } = NO_OPTIONS,
): readonly SqlError[] {
  const key = verdictKey(options);
  let known = verdicts.get(statements);
  const hit = known?.get(key);
  // SqlErrors are mutated by reporting (procName): hand out copies.
  if (hit) return hit.length === 0 ? hit : hit.map(copyError);
  const errors = check(statements, options);
  if (!known) verdicts.set(statements, (known = new Map()));
  if (known.size >= VARIANTS_PER_BATCH) known.delete(known.keys().next().value as string);
  known.set(key, errors.length === 0 ? NO_ERRORS : errors.map(copyError));
  return errors;
}

/** the names part of verdictKey per parameter list: sp_executesql passes its declaration list's own array at every call */
const namesKeys = new WeakMap<readonly string[], string>();

/** Names compare case-insensitively and their order does not matter (all are declared at line 0). */
function verdictKey(options: { readonly inRoutine?: boolean; readonly parameters?: readonly string[] }): string {
  const names = options.parameters;
  const routine = options.inRoutine ? 'r' : 'b';
  if (names === undefined || names.length === 0) return routine;
  let namesKey = namesKeys.get(names);
  if (namesKey === undefined) {
    // flattened once here: a key built per call is hashed again at every lookup
    namesKey = `\u0000${names.map((n) => n.toLowerCase()).sort().join('\u0000')}`;
    namesKeys.set(names, namesKey);
  }
  return routine === 'b' ? namesKey : `${routine}${namesKey}`;
}

function copyError(e: SqlError): SqlError {
  const c = sqlErrorWithState(e.number, e.state);
  return Object.assign(c, { message: e.message, lineNumber: e.lineNumber });
}

function check(
  statements: readonly Statement[],
  options: { readonly inRoutine?: boolean; readonly parameters?: readonly string[] } = {},
): SqlError[] {
  const declared = new Map<string, number>();
  for (const p of options.parameters ?? []) declared.set(p.toLowerCase(), 0);
  const walk: Walk = { errors: [], failed: null, current: null };
  const ctx: Context = { declared, inRoutine: options.inRoutine ?? false, loopDepth: 0, line: 1 };
  for (const s of statements) statement(s, ctx, walk);
  return walk.errors;
}

function report(walk: Walk, e: SqlError, line: number): void {
  if (walk.current !== null && walk.failed === walk.current) return;
  walk.failed = walk.current;
  e.lineNumber = line;
  walk.errors.push(e);
}

function statement(s: Statement, ctx: Context, walk: Walk): void {
  const outer = walk.current;
  walk.current = s;
  const here: Context = { ...ctx, line: s.line };
  switch (s.kind) {
    case 'declare':
      for (const item of s.items) {
        if (item.kind === 'scalar' && item.init) node(item.init, here, walk);
        if (!here.declared.has(item.name.toLowerCase())) here.declared.set(item.name.toLowerCase(), s.line);
      }
      break;
    case 'block':
      for (const inner of s.statements) statement(inner, here, walk);
      break;
    case 'if':
      node(s.condition, here, walk);
      statement(s.then, here, walk);
      if (s.else) statement(s.else, here, walk);
      break;
    case 'tryCatch':
      for (const inner of [...s.tryBlock, ...s.catchBlock]) statement(inner, here, walk);
      break;
    case 'while':
      node(s.condition, here, walk);
      statement(s.body, { ...here, loopDepth: here.loopDepth + 1 }, walk);
      break;
    case 'break':
      if (here.loopDepth === 0) report(walk, sqlError(135), s.line);
      break;
    case 'continue':
      if (here.loopDepth === 0) report(walk, sqlError(136), s.line);
      break;
    case 'return':
      if (s.value && !here.inRoutine) report(walk, sqlError(178), s.line);
      else if (s.value) node(s.value, here, walk);
      break;
    case 'createProcedure':
      routineBody(s.params, [], s.body, here, walk);
      break;
    case 'createFunction': {
      const r = s.returns;
      if (r.kind === 'inlineTable') routineBody(s.params, [], [], here, walk, r.query);
      else routineBody(s.params, r.kind === 'multiStatementTable' ? [r.variable] : [], r.body, here, walk);
      break;
    }
    default:
      node(s, here, walk);
  }
  walk.current = outer;
}

/** A routine body sees only its parameters (and what it declares); RETURN n is allowed there. */
function routineBody(
  params: readonly RoutineParam[], extra: readonly string[], body: readonly Statement[],
  ctx: Context, walk: Walk, query?: unknown,
): void {
  const declared = new Map<string, number>();
  for (const name of [...params.map((p) => p.name), ...extra]) declared.set(name.toLowerCase(), 0);
  const inner: Context = { declared, inRoutine: true, loopDepth: 0, line: ctx.line };
  if (query !== undefined) node(query, inner, walk);
  for (const s of body) statement(s, inner, walk);
}

/** 137 for a scalar variable, 1087 for a table variable (both state 2, as SQL Server's compiler). */
function use(name: unknown, ctx: Context, walk: Walk, line: number, table = false): void {
  if (typeof name !== 'string' || !name.startsWith('@') || name.startsWith('@@')) return;
  const at = ctx.declared.get(name.toLowerCase());
  if (at === undefined || at > line) report(walk, sqlErrorWithState(table ? 1087 : 137, 2, name), line);
}

/** Any AST value below statement level: variables are checked. `inherited` is the line of the
 * nearest enclosing node that has one. The walk passes the line separately rather than copying
 * the context per node: it runs on every new batch text, so it must stay cheap. */
function node(value: unknown, ctx: Context, walk: Walk, inherited = ctx.line): void {
  if (Array.isArray(value)) {
    for (const v of value) node(v, ctx, walk, inherited);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const n = value as Record<string, unknown>;
  const line = typeof n.line === 'number' && n.line > 0 ? n.line : inherited;
  switch (n.kind) {
    case 'variable': use(n.name ?? n.variable, ctx, walk, line); break;
    case 'variableColumn': case 'assign': use(n.variable, ctx, walk, line); break;
    case 'tableVariable': use(n.name, ctx, walk, line, true); break;
    case 'setVariable': use(n.name, ctx, walk, line); break;
    case 'exec': use(n.returnVariable, ctx, walk, line); break;
    case 'fetchCursor':
      for (const v of (n.into as readonly string[] | undefined) ?? []) use(v, ctx, walk, line);
      break;
    default: break;
  }
  for (const key in n) {
    if (key === 'sourceText' || key === 'line' || key === 'kind') continue;
    const v = n[key];
    if (v !== null && typeof v === 'object') node(v, ctx, walk, line);
  }
}
