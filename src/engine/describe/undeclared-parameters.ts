// Type deduction for sp_describe_undeclared_parameters ("Parameter Selection Algorithm"): each
// parameter the batch uses but neither @params nor a DECLARE declares gets the target type of the
// innermost expression it is an argument of. Done here: simple deduction (the other side of = or
// <>, the column of an UPDATE SET or of an INSERT ... VALUES cell, the type of CAST/CONVERT, the
// other side of an assignment to the parameter) and the general rules for < > <= >= against a
// typed side (the candidate type with the fewest and best conversions: the same type, else the
// candidate of its family: varchar(8000), nvarchar(4000), varbinary(8000), numeric(38,19),
// time/datetime2/datetimeoffset(7)). The other side is typed by describing `SELECT <side> FROM
// <the statement's tables>` (statements/select.ts describeSelect), the engine's own typing.
// Anything else is 11502; two untyped parameters in one comparison 11503; a parameter used twice 11508.
import { sqlError } from '../../errors/catalog';
import type { ColumnRef, Expr, Query, SelectItem, Statement, TableSource } from '../../tsql/ast';
import { precedenceOf } from '../../types/precedence';
import type { SqlType } from '../../types/sql-type';
import { resolveTypeRef } from '../expressions/evaluate';
import type { Scope } from '../interpreter/scope';
import { executeDeclare } from '../statements/declare';
import { describeSelect } from '../statements/select';

export interface Deduced {
  readonly name: string;
  readonly type: SqlType;
  readonly input: boolean;
  readonly output: boolean;
}

/** What a parameter's use asks: the type of an expression over the statement's tables, or a type. */
type Target =
  | { readonly kind: 'simple'; readonly expr: Expr; readonly from: readonly TableSource[] }
  | { readonly kind: 'general'; readonly expr: Expr; readonly from: readonly TableSource[] }
  | { readonly kind: 'type'; readonly type: SqlType }
  /**
   * E(@p) is `operand op @p` (arithmetic): the candidate the operand's type selects; with a
   * comparison target TT, the one of higher precedence (`Col_Int = Col_smallint + @p` is int)
   */
  | { readonly kind: 'operand'; readonly operand: Expr; readonly target?: Expr; readonly from: readonly TableSource[] }
  /** the index-th column of the table (INSERT ... VALUES without a column list) */
  | { readonly kind: 'nth'; readonly index: number; readonly from: readonly TableSource[] };

interface Use {
  readonly name: string;
  readonly target?: Target;
  readonly output: boolean;
}

/** Every variable name the statements use or assign, in text order, and the DECLAREd ones. */
export function variableNames(statements: readonly Statement[]): { used: string[]; declared: Set<string> } {
  const used: string[] = [];
  const declared = new Set<string>();
  const walk = (x: unknown): void => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(walk);
    const node = x as Record<string, unknown>;
    if (node['kind'] === 'variable' && typeof node['name'] === 'string') used.push(node['name']);
    if ((node['kind'] === 'assign' || node['kind'] === 'setVariable') && typeof node['variable' in node ? 'variable' : 'name'] === 'string') {
      used.push(String(node['variable' in node ? 'variable' : 'name']));
    }
    if (node['kind'] === 'declare') for (const item of node['items'] as { name: string }[]) declared.add(item.name.toLowerCase());
    for (const v of Object.values(node)) walk(v);
  };
  walk(statements);
  return { used, declared };
}

export async function deduceParameters(statements: readonly Statement[], undeclared: readonly string[], scope: Scope): Promise<Deduced[]> {
  const names = new Set(undeclared.map((n) => n.toLowerCase()));
  const uses: Use[] = [];
  for (const stmt of statements) collectStatement(stmt, names, uses, scope);
  const out: Deduced[] = [];
  for (const name of undeclared) {
    const use = uses.find((u) => u.name.toLowerCase() === name.toLowerCase());
    if (!use?.target) throw sqlError(11502, name);
    out.push({ name, type: await targetType(use.target, name, scope), input: !use.output, output: use.output });
  }
  return out;
}

async function targetType(t: Target, name: string, scope: Scope): Promise<SqlType> {
  if (t.kind === 'type') return t.type;
  if (t.kind === 'operand') {
    const own = generalCandidate(await targetType({ kind: 'simple', expr: t.operand, from: t.from }, name, scope));
    if (!own) throw sqlError(11507, name);
    if (!t.target) return own;
    const target = generalCandidate(await targetType({ kind: 'simple', expr: t.target, from: t.from }, name, scope));
    return target && precedenceOf(target) < precedenceOf(own) ? target : own;
  }
  const item: SelectItem = t.kind === 'nth' ? { kind: 'star', line: 0, qualifier: [] } : { kind: 'expr', line: 0, expr: t.expr };
  const query: Query = {
    kind: 'query', line: 0, with: [], orderBy: [], hints: [],
    body: { kind: 'querySpec', line: 0, distinct: false, items: [item], from: t.from, groupBy: [] },
  };
  const columns = await describeSelect({ kind: 'select', line: 0, query }, scope);
  // VALUES without a column list fills the columns an INSERT can name: not the IDENTITY one
  const type = t.kind === 'nth' ? columns?.filter((c) => !c.identity)[t.index]?.type : columns?.[0]?.type;
  if (!type) throw sqlError(11502, name);
  if (t.kind !== 'general') return type;
  const general = generalCandidate(type);
  if (!general) throw sqlError(11507, name);
  return general;
}

/** The general deduction's choice against a side of type t (rules 1, 3 and 4). */
function generalCandidate(t: SqlType): SqlType | undefined {
  switch (t.kind) {
    case 'bit': case 'tinyint': case 'smallint': case 'int': case 'bigint': case 'money': case 'smallmoney':
    case 'float': case 'real': case 'date': case 'smalldatetime': case 'datetime': case 'sql_variant': case 'xml':
      return t;
    case 'decimal': return { kind: 'decimal', precision: 38, scale: 19, numeric: true };
    case 'char': case 'varchar': return { kind: 'varchar', length: t.length === 'max' ? 'max' : 8000 };
    case 'nchar': case 'nvarchar': return { kind: 'nvarchar', length: t.length === 'max' ? 'max' : 4000 };
    case 'binary': case 'varbinary': return { kind: 'varbinary', length: t.length === 'max' ? 'max' : 8000 };
    case 'time': case 'datetime2': case 'datetimeoffset': return { kind: t.kind, scale: 7 };
    default: return undefined;
  }
}

function isParameter(e: Expr | undefined, names: ReadonlySet<string>): e is Extract<Expr, { kind: 'variable' }> {
  return e?.kind === 'variable' && names.has(e.name.toLowerCase());
}

function parameterIn(x: unknown, names: ReadonlySet<string>): string | undefined {
  if (!x || typeof x !== 'object') return undefined;
  if (Array.isArray(x)) {
    for (const v of x) {
      const hit = parameterIn(v, names);
      if (hit) return hit;
    }
    return undefined;
  }
  const node = x as { kind?: unknown; name?: unknown };
  if (node.kind === 'variable' && typeof node.name === 'string' && names.has(node.name.toLowerCase())) return node.name;
  return parameterIn(Object.values(x), names);
}

function collectStatement(stmt: Statement, names: ReadonlySet<string>, uses: Use[], scope: Scope): void {
  switch (stmt.kind) {
    case 'declare': executeDeclare(stmt, scope); return;
    case 'select': collectQuery(stmt.query, names, uses); return;
    case 'setVariable':
      if (names.has(stmt.name.toLowerCase())) uses.push({ name: stmt.name, output: true, target: { kind: 'simple', expr: stmt.value, from: [] } });
      collectExpr(stmt.value, [], names, uses);
      return;
    case 'insert': {
      if (stmt.target.kind !== 'table' || stmt.source.kind !== 'values') return collectExpr(stmt, [], names, uses);
      const from: TableSource[] = [{ kind: 'table', line: stmt.line, name: stmt.target.name, hints: [] }];
      for (const row of stmt.source.rows) {
        row.forEach((cell, i) => {
          if (!isParameter(cell, names)) return collectExpr(cell, from, names, uses);
          const column = stmt.columns[i];
          // without a column list the cell is the table's i-th column
          const target: Target = column !== undefined ? { kind: 'simple', expr: columnRef(column, stmt.line), from } : { kind: 'nth', index: i, from };
          uses.push({ name: cell.name, output: false, target });
        });
      }
      return;
    }
    case 'update': {
      const from: TableSource[] = stmt.target.kind === 'table' ? [{ kind: 'table', line: stmt.line, name: stmt.target.name, hints: [] }, ...stmt.from] : [...stmt.from];
      for (const item of stmt.set) {
        if (item.kind === 'column' && isParameter(item.value, names)) {
          uses.push({ name: item.value.name, output: false, target: { kind: 'simple', expr: item.column, from } });
        } else {
          collectExpr(item.value, from, names, uses);
        }
      }
      if (stmt.where) collectExpr(stmt.where, from, names, uses);
      return;
    }
    case 'delete': {
      const from: TableSource[] = stmt.target.kind === 'table' ? [{ kind: 'table', line: stmt.line, name: stmt.target.name, hints: [] }, ...stmt.from] : [...stmt.from];
      if (stmt.where) collectExpr(stmt.where, from, names, uses);
      return;
    }
    case 'block': for (const s of stmt.statements) collectStatement(s, names, uses, scope); return;
    case 'if':
      collectExpr(stmt.condition, [], names, uses);
      collectStatement(stmt.then, names, uses, scope);
      if (stmt.else) collectStatement(stmt.else, names, uses, scope);
      return;
    default:
      collectExpr(stmt, [], names, uses);
  }
}

function columnRef(name: string, line: number): ColumnRef {
  return { kind: 'column', line, qualifier: [], name };
}

function collectQuery(query: Query, names: ReadonlySet<string>, uses: Use[]): void {
  const body = query.body;
  if (body.kind !== 'querySpec') return collectExpr(query, [], names, uses);
  const from = body.from;
  for (const item of body.items as readonly SelectItem[]) {
    if (item.kind === 'assign' && names.has(item.variable.toLowerCase())) {
      uses.push({ name: item.variable, output: true, target: { kind: 'simple', expr: item.expr, from } });
    }
    if (item.kind !== 'star') collectExpr(item.expr, from, names, uses);
  }
  collectExpr(from, from, names, uses);
  if (body.where) collectExpr(body.where, from, names, uses);
  if (body.having) collectExpr(body.having, from, names, uses);
  collectExpr([body.groupBy, query.orderBy, body.top], from, names, uses);
}

/** Every parameter occurrence under x: a deduction where the context allows one, else none (11502). */
function collectExpr(x: unknown, from: readonly TableSource[], names: ReadonlySet<string>, uses: Use[]): void {
  if (!x || typeof x !== 'object') return;
  if (Array.isArray(x)) return x.forEach((v) => collectExpr(v, from, names, uses));
  const node = x as Expr;
  if (node.kind === 'compare') {
    const [param, other] = isParameter(node.left, names) ? [node.left, node.right] : isParameter(node.right, names) ? [node.right, node.left] : [];
    if (param && other) {
      const second = parameterIn(other, names);
      if (second) throw sqlError(11503, param.name, second);
      const simple = node.op === '=' || node.op === '<>';
      uses.push({ name: param.name, output: false, target: { kind: simple ? 'simple' : 'general', expr: other, from } });
      return collectExpr(other, from, names, uses);
    }
  }
  if (node.kind === 'compare') {
    // `typed = x op @p`: the operand's candidate, or the typed side's of higher precedence
    for (const [side, other] of [[node.left, node.right], [node.right, node.left]] as const) {
      if (side.kind === 'binary' && parameterIn(other, names) === undefined && arithmeticUse(side, other, from, names, uses)) {
        return collectExpr(other, from, names, uses);
      }
    }
  }
  if (node.kind === 'binary' && arithmeticUse(node, undefined, from, names, uses)) return;
  if ((node.kind === 'cast' || node.kind === 'convert') && isParameter(node.operand, names) && node.type.kind !== 'userType') {
    uses.push({ name: node.operand.name, output: false, target: { kind: 'type', type: resolveTypeRef(node.type) } });
    return;
  }
  if (isParameter(node, names)) {
    uses.push({ name: node.name, output: false });
    return;
  }
  if ((node as { kind?: unknown }).kind === 'query') return collectQuery(node as unknown as Query, names, uses);
  for (const v of Object.values(x)) collectExpr(v, from, names, uses);
}

/** `x op @p` / `@p op x` with x typed: records the use; two untyped operands are 11503. */
function arithmeticUse(node: Extract<Expr, { kind: 'binary' }>, target: Expr | undefined, from: readonly TableSource[], names: ReadonlySet<string>, uses: Use[]): boolean {
  const [param, operand] = isParameter(node.left, names) ? [node.left, node.right] : isParameter(node.right, names) ? [node.right, node.left] : [];
  if (!param || !operand) return false;
  const second = parameterIn(operand, names);
  if (second) throw sqlError(11503, param.name, second);
  uses.push({ name: param.name, output: false, target: target ? { kind: 'operand', operand, target, from } : { kind: 'operand', operand, from } });
  collectExpr(operand, from, names, uses);
  return true;
}
