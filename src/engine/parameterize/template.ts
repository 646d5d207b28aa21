// Simple parameterization, step 2: which literals of a parsed one-statement batch become
// parameters, and the tree that reads them from variables instead. As in SQL Server, only values
// a plan does not depend on: a literal compared with a column in the WHERE clause of a SELECT,
// UPDATE or DELETE (=, <>, <, >, <=, >=, BETWEEN, IN lists, through AND/OR/NOT), the value of an
// UPDATE's `SET col = literal`, and the values of INSERT ... VALUES. Literals anywhere else (TOP,
// the select list, ORDER BY ordinals, function arguments, arithmetic, subqueries) stay in the
// tree and must be the same text for the tree to serve a batch.
import { literalStart, type Batch, type Expr, type Literal, type Statement, type Token } from '../../tsql';
import type { SqlType } from '../../types/sql-type';
import type { Shape } from './shape';

/** A hidden variable's name: no T-SQL text can spell it, so no statement can name it. */
const PARAMETER_PREFIX = '@\u0000';

export interface TemplateParameter {
  readonly name: string;
  /** position in Shape.literals (and Shape.values) */
  readonly literal: number;
  readonly type: SqlType;
}

export interface Template {
  readonly batch: Batch;
  readonly parameters: readonly TemplateParameter[];
  /** the parameters' names, one array for every call (the compile check keys its verdicts by it) */
  readonly names: readonly string[];
  /** literal tokens kept in the tree: [position in Shape.literals, text as written, N'...'] */
  readonly fixed: readonly (readonly [number, string, boolean])[];
}

/** The template of a parsed batch, or undefined when no literal of it may become a parameter. */
export function templateOf(batch: Batch, tokens: readonly Token[], shape: Shape): Template | undefined {
  const stmt = batch.statements[0];
  if (batch.statements.length !== 1 || stmt === undefined) return undefined;
  const found: Literal[] = [];
  if (!collectStatement(stmt, found) || found.length === 0) return undefined;
  const positionByStart = new Map<number, number>();
  shape.literals.forEach((tokenIndex, position) => positionByStart.set((tokens[tokenIndex] as Token).start, position));
  const replacements = new Map<object, Expr>();
  const parameters: TemplateParameter[] = [];
  for (const lit of found) {
    const start = literalStart(lit);
    const position = start === undefined ? undefined : positionByStart.get(start);
    if (position === undefined || replacements.has(lit)) continue;
    const name = `${PARAMETER_PREFIX}${parameters.length + 1}`;
    replacements.set(lit, { kind: 'variable', line: lit.line, name });
    parameters.push({ name, literal: position, type: (shape.values[position] as { type: SqlType }).type });
  }
  if (parameters.length === 0) return undefined;
  const parameterized = new Set(parameters.map((p) => p.literal));
  const fixed = shape.literals.flatMap((tokenIndex, position) => {
    if (parameterized.has(position)) return [];
    const t = tokens[tokenIndex] as Token;
    return [[position, t.value, t.unicode] as const];
  });
  const statements = [copyReplacing(stmt, replacements) as Statement];
  return { batch: { statements }, parameters, names: parameters.map((p) => p.name), fixed };
}

/** Whether a batch of `tokens` (same shape) can run on this template: its kept literals are the same. */
export function fits(template: Template, tokens: readonly Token[], shape: Shape): boolean {
  for (const [position, text, unicode] of template.fixed) {
    const t = tokens[shape.literals[position] as number] as Token;
    if (t.value !== text || t.unicode !== unicode) return false;
  }
  return true;
}

function collectStatement(s: Statement, out: Literal[]): boolean {
  switch (s.kind) {
    case 'select': {
      const body = s.query.body;
      if (body.kind !== 'querySpec' || body.into !== undefined) return false;
      where(body.where, out);
      return true;
    }
    case 'update':
      where(s.where, out);
      for (const item of s.set) if (item.kind === 'column' && item.op === '=') parameter(item.value, out);
      return true;
    case 'delete':
      where(s.where, out);
      return true;
    case 'insert':
      if (s.source.kind !== 'values') return false;
      for (const row of s.source.rows) for (const value of row) parameter(value, out);
      return true;
    default:
      return false;
  }
}

function where(e: Expr | undefined, out: Literal[]): void {
  if (e === undefined) return;
  switch (e.kind) {
    case 'logical': where(e.left, out); where(e.right, out); return;
    case 'not': where(e.operand, out); return;
    case 'compare':
      if (e.left.kind === 'column') parameter(e.right, out);
      else if (e.right.kind === 'column') parameter(e.left, out);
      return;
    case 'between':
      if (e.operand.kind === 'column') { parameter(e.low, out); parameter(e.high, out); }
      return;
    case 'inList':
      if (e.operand.kind === 'column') for (const item of e.list) parameter(item, out);
      return;
    default: return;
  }
}

function parameter(e: Expr, out: Literal[]): void {
  if (e.kind === 'literal' && e.form !== 'binary') out.push(e);
}

/** A copy of a tree (plain objects and arrays) with some nodes replaced; everything else shared by value. */
function copyReplacing(node: unknown, replacements: ReadonlyMap<object, Expr>): unknown {
  if (node === null || typeof node !== 'object') return node;
  const replacement = replacements.get(node);
  if (replacement !== undefined) return replacement;
  if (Array.isArray(node)) return node.map((x) => copyReplacing(x, replacements));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = copyReplacing(v, replacements);
  return out;
}
