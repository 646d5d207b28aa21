// AST -> canonical T-SQL for expressions, queries and table sources. Parentheses are added only
// where precedence needs them, so parse(print(ast)) gives the same tree back.
import type { SqlType } from '../../types/sql-type';
import type {
  CommonTableExpr, Expr, FrameBound, FunctionCall, ObjectName, OptionSetting, OptionValue, OrderItem, OverClause, Query, QueryExpr,
  QuerySpec, SelectItem, TableSource, TopClause, TypeRef, DmlTarget, OutputClause,
} from '../ast';
import { isReserved } from '../keywords';

/** Words that are not reserved but would be read as syntax in some positions. */
const CONTEXTUAL = new Set([
  'THROW', 'TRY', 'CATCH', 'CAST', 'TRY_CAST', 'NEXT', 'OFFSET', 'ROWS', 'ROW', 'USING', 'WITHIN', 'MATCHED',
  'GLOBAL', 'OUTPUT', 'OUT', 'READONLY', 'ONLY', 'TIES', 'PARTITION', 'RANGE', 'PRECEDING', 'FOLLOWING', 'UNBOUNDED',
  'PERSISTED', 'SPARSE', 'INCLUDE', 'LOGIN', 'MEMBER', 'TARGET', 'SOURCE', 'HASH', 'LOOP', 'REMOTE', 'APPLY',
  'CALLER', 'AT', 'WORK', 'MARK', 'DELAY', 'TIME', 'XML', 'JSON', 'TEXTIMAGE_ON', 'WINDOWS', 'WITHOUT', 'GO',
]);

export function ident(name: string): string {
  if (/^[A-Za-z_#][A-Za-z0-9_@$#]*$/.test(name) && !isReserved(name.toUpperCase()) && !CONTEXTUAL.has(name.toUpperCase())) {
    return name;
  }
  return `[${name.replace(/]/g, ']]')}]`;
}

export function str(value: string, unicode = false): string {
  return `${unicode ? 'N' : ''}'${value.replace(/'/g, "''")}'`;
}

export function objectName(n: ObjectName): string {
  const parts: string[] = [];
  if (n.server !== undefined) parts.push(ident(n.server), n.database !== undefined ? ident(n.database) : '', n.schema !== undefined ? ident(n.schema) : '');
  else if (n.database !== undefined) parts.push(ident(n.database), n.schema !== undefined ? ident(n.schema) : '');
  else if (n.schema !== undefined) parts.push(ident(n.schema));
  parts.push(ident(n.name));
  return parts.join('.');
}

export function printType(t: TypeRef | SqlType): string {
  switch (t.kind) {
    case 'userType': return objectName(t.name) + (t.args.length ? `(${t.args.join(', ')})` : '');
    case 'decimal': return `${t.numeric ? 'numeric' : 'decimal'}(${t.precision}, ${t.scale})`;
    case 'char': case 'varchar': case 'nchar': case 'nvarchar': case 'binary': case 'varbinary':
      return `${t.kind}(${t.length})`;
    case 'time': case 'datetime2': case 'datetimeoffset': return `${t.kind}(${t.scale})`;
    default: return t.kind;
  }
}

const PREC: Partial<Record<Expr['kind'], number>> = {
  logical: 1, not: 3, compare: 4, isNull: 4, between: 4, inList: 4, inSubquery: 4, like: 4, exists: 4, quantified: 4,
  unary: 7,
};

function prec(e: Expr): number {
  if (e.kind === 'logical') return e.op === 'or' ? 1 : 2;
  if (e.kind === 'binary') return e.op === '*' || e.op === '/' || e.op === '%' ? 6 : 5;
  return PREC[e.kind] ?? 8;
}

export function printExpr(e: Expr, min = 0): string {
  const s = exprText(e);
  return prec(e) < min ? `(${s})` : s;
}

function list(items: readonly Expr[]): string {
  return items.map((x) => printExpr(x)).join(', ');
}

/** JSON_OBJECT's arguments as the `key: value` pairs they were written as */
function jsonPairs(e: FunctionCall): string | undefined {
  if (e.name.schema !== undefined || e.name.name.toUpperCase() !== 'JSON_OBJECT') return undefined;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < e.args.length; i += 2) pairs.push(`${printExpr(e.args[i]!)}: ${printExpr(e.args[i + 1]!)}`);
  return pairs.join(', ');
}

function exprText(e: Expr): string {
  switch (e.kind) {
    case 'literal':
      switch (e.form) {
        case 'string': return str(e.text, e.unicode);
        case 'money': return `$${e.text}`;
        case 'binary': return `0x${e.text}`;
        default: return e.text;
      }
    case 'null': return 'NULL';
    case 'default': return 'DEFAULT';
    case 'variable': return e.name;
    case 'global': return e.name;
    case 'column': return [...e.qualifier, e.name].map(ident).join('.');
    case 'pseudoColumn': return [...e.qualifier.map(ident), e.name].join('.');
    case 'datePart': return e.name;
    case 'unary': return `${e.op}${printExpr(e.operand, 8)}`;
    case 'binary': {
      const p = prec(e);
      return `${printExpr(e.left, p)} ${e.op} ${printExpr(e.right, p + 1)}`;
    }
    case 'compare': return `${printExpr(e.left, 5)} ${e.op} ${printExpr(e.right, 5)}`;
    case 'logical': {
      const p = prec(e);
      return `${printExpr(e.left, p)} ${e.op.toUpperCase()} ${printExpr(e.right, p + 1)}`;
    }
    case 'not': return `NOT ${printExpr(e.operand, 3)}`;
    case 'isNull': return `${printExpr(e.operand, 5)} IS ${e.not ? 'NOT ' : ''}NULL`;
    case 'between':
      return `${printExpr(e.operand, 5)} ${e.not ? 'NOT ' : ''}BETWEEN ${printExpr(e.low, 5)} AND ${printExpr(e.high, 5)}`;
    case 'inList': return `${printExpr(e.operand, 5)} ${e.not ? 'NOT ' : ''}IN (${list(e.list)})`;
    case 'inSubquery': return `${printExpr(e.operand, 5)} ${e.not ? 'NOT ' : ''}IN (${printQuery(e.query)})`;
    case 'like':
      return `${printExpr(e.operand, 5)} ${e.not ? 'NOT ' : ''}LIKE ${printExpr(e.pattern, 5)}` +
        (e.escape ? ` ESCAPE ${printExpr(e.escape, 5)}` : '');
    case 'exists': return `EXISTS (${printQuery(e.query)})`;
    case 'quantified':
      return `${printExpr(e.left, 5)} ${e.op} ${e.quantifier.toUpperCase()} (${printQuery(e.query)})`;
    case 'subquery': return `(${printQuery(e.query)})`;
    case 'case': {
      let s = 'CASE';
      if (e.operand) s += ` ${printExpr(e.operand)}`;
      for (const w of e.whens) s += ` WHEN ${printExpr(w.when)} THEN ${printExpr(w.then)}`;
      if (e.else) s += ` ELSE ${printExpr(e.else)}`;
      return `${s} END`;
    }
    case 'cast': return `${e.try ? 'TRY_CAST' : 'CAST'}(${printExpr(e.operand)} AS ${printType(e.type)})`;
    case 'convert':
      return `${e.try ? 'TRY_CONVERT' : 'CONVERT'}(${printType(e.type)}, ${printExpr(e.operand)}` +
        (e.style ? `, ${printExpr(e.style)})` : ')');
    case 'call': {
      const name = e.name.schema === undefined && e.name.database === undefined ? functionName(e.name.name) : objectName(e.name);
      const args = e.star ? '*' : `${e.distinct ? 'DISTINCT ' : ''}${jsonPairs(e) ?? list(e.args)}`;
      const clause = e.jsonNullClause ? `${e.args.length > 0 ? ' ' : ''}${e.jsonNullClause} ON NULL` : '';
      let s = `${name}(${args}${clause})`;
      if (e.withinGroup) s += ` WITHIN GROUP (ORDER BY ${printOrder(e.withinGroup)})`;
      if (e.over) s += ` ${printOver(e.over)}`;
      return s;
    }
    case 'niladic': return e.name;
    case 'nextValueFor': return `NEXT VALUE FOR ${objectName(e.sequence)}${e.over ? ` ${printOver(e.over)}` : ''}`;
    case 'collate': return `${printExpr(e.operand, 8)} COLLATE ${e.collation}`;
    default: {
      const never: never = e;
      throw new Error(`unprintable expression ${(never as Expr).kind}`);
    }
  }
}

const RESERVED_FUNCTIONS = new Set(['LEFT', 'RIGHT', 'COALESCE', 'NULLIF', 'UPDATE', 'IDENTITY']);

/** Built-in names print bare even when reserved (LEFT, RIGHT, OPENQUERY ...), since '(' follows. */
function functionName(name: string): string {
  const upper = name.toUpperCase();
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || upper === 'CAST' || upper === 'TRY_CAST') return ident(name);
  if (isReserved(upper) && !RESERVED_FUNCTIONS.has(upper) && !upper.startsWith('OPEN')) return ident(name);
  return name;
}

export function printOrder(items: readonly OrderItem[]): string {
  return items.map((o) => `${printExpr(o.expr)}${o.desc ? ' DESC' : ''}`).join(', ');
}

function printOver(o: OverClause): string {
  const parts: string[] = [];
  if (o.partitionBy.length) parts.push(`PARTITION BY ${list(o.partitionBy)}`);
  if (o.orderBy.length) parts.push(`ORDER BY ${printOrder(o.orderBy)}`);
  if (o.frame) {
    const unit = o.frame.unit.toUpperCase();
    parts.push(o.frame.end ? `${unit} BETWEEN ${bound(o.frame.start)} AND ${bound(o.frame.end)}` : `${unit} ${bound(o.frame.start)}`);
  }
  return `OVER (${parts.join(' ')})`;
}

function bound(b: FrameBound): string {
  switch (b.kind) {
    case 'unboundedPreceding': return 'UNBOUNDED PRECEDING';
    case 'unboundedFollowing': return 'UNBOUNDED FOLLOWING';
    case 'currentRow': return 'CURRENT ROW';
    case 'preceding': return `${printExpr(b.offset)} PRECEDING`;
    case 'following': return `${printExpr(b.offset)} FOLLOWING`;
  }
}

export function printQuery(q: Query): string {
  let s = q.with.length ? `${printWith(q.with)} ` : '';
  s += printQueryExpr(q.body);
  if (q.orderBy.length) s += ` ORDER BY ${printOrder(q.orderBy)}`;
  if (q.offset) s += ` OFFSET ${printExpr(q.offset)} ROWS`;
  if (q.fetch) s += ` FETCH NEXT ${printExpr(q.fetch)} ROWS ONLY`;
  if (q.for) {
    const f = q.for;
    if (f.kind === 'browse') s += ' FOR BROWSE';
    else {
      s += ` FOR ${f.kind.toUpperCase()} ${f.mode.toUpperCase()}`;
      if (f.kind === 'xml' && f.element !== undefined) s += `(${str(f.element)})`;
      for (const o of f.options) s += `, ${o}`;
    }
  }
  if (q.hints.length) s += ` OPTION (${q.hints.join(', ')})`;
  return s;
}

export function printWith(ctes: readonly CommonTableExpr[]): string {
  return 'WITH ' + ctes.map((c) =>
    `${ident(c.name)}${c.columns.length ? `(${c.columns.map(ident).join(', ')})` : ''} AS (${printQuery(c.query)})`).join(', ');
}

function printQueryExpr(q: QueryExpr, parentOp?: string): string {
  switch (q.kind) {
    case 'query': return `(${printQuery(q)})`;
    case 'querySpec': return printSpec(q);
    case 'setOperation': {
      const op = q.op === 'unionAll' ? 'UNION ALL' : q.op.toUpperCase();
      const s = `${printQueryExpr(q.left, q.op)} ${op} ${printQueryExpr(q.right, q.op)}`;
      return parentOp === 'intersect' && q.op !== 'intersect' ? `(${s})` : s;
    }
  }
}

export function printTop(t: TopClause): string {
  return `TOP (${printExpr(t.count)})${t.percent ? ' PERCENT' : ''}${t.withTies ? ' WITH TIES' : ''}`;
}

function printSpec(q: QuerySpec): string {
  let s = 'SELECT';
  if (q.distinct) s += ' DISTINCT';
  if (q.top) s += ` ${printTop(q.top)}`;
  s += ` ${printSelectItems(q.items)}`;
  if (q.into) s += ` INTO ${objectName(q.into)}`;
  if (q.from.length) s += ` FROM ${q.from.map(printSource).join(', ')}`;
  if (q.where) s += ` WHERE ${printExpr(q.where)}`;
  if (q.groupBy.length) s += ` GROUP BY ${list(q.groupBy)}`;
  if (q.having) s += ` HAVING ${printExpr(q.having)}`;
  return s;
}

export function printSelectItems(items: readonly SelectItem[]): string {
  return items.map((i) => {
    switch (i.kind) {
      case 'star': return [...i.qualifier.map(ident), '*'].join('.');
      case 'assign': return `${i.variable} ${i.op} ${printExpr(i.expr)}`;
      case 'expr': return i.alias === undefined ? printExpr(i.expr) : `${printExpr(i.expr)} AS ${ident(i.alias)}`;
    }
  }).join(', ');
}

function aliasCols(alias: string | undefined, columns: readonly string[]): string {
  if (alias === undefined) return '';
  return ` AS ${ident(alias)}${columns.length ? `(${columns.map(ident).join(', ')})` : ''}`;
}

const JOIN_WORDS: Record<string, string> = {
  inner: 'INNER', left: 'LEFT OUTER', right: 'RIGHT OUTER', full: 'FULL OUTER', cross: 'CROSS', crossApply: 'CROSS APPLY', outerApply: 'OUTER APPLY',
};

export function printSource(t: TableSource): string {
  switch (t.kind) {
    case 'table':
      return objectName(t.name) + aliasCols(t.alias, []) + (t.hints.length ? ` WITH (${t.hints.join(', ')})` : '');
    case 'tableVariable': return t.name + aliasCols(t.alias, []);
    case 'derived': return `(${printQuery(t.query)})${aliasCols(t.alias, t.columns)}`;
    case 'values':
      return `(VALUES ${t.rows.map((r) => `(${list(r)})`).join(', ')})${aliasCols(t.alias, t.columns)}`;
    case 'tableFunction': {
      const name = t.name.schema === undefined && t.name.database === undefined ? functionName(t.name.name) : objectName(t.name);
      return `${name}(${list(t.args)})${aliasCols(t.alias, t.columns)}`;
    }
    case 'join': {
      const right = t.right.kind === 'join' ? `(${printSource(t.right)})` : printSource(t.right);
      const word = JOIN_WORDS[t.joinType]!;
      const joinWord = t.joinType === 'crossApply' || t.joinType === 'outerApply' ? word : `${word}${t.hint ? ` ${t.hint}` : ''} JOIN`;
      return `${printSource(t.left)} ${joinWord} ${right}${t.on ? ` ON ${printExpr(t.on)}` : ''}`;
    }
  }
}

export function printTarget(t: DmlTarget): string {
  if (t.kind === 'tableVariable') return t.name;
  return objectName(t.name) + (t.hints.length ? ` WITH (${t.hints.join(', ')})` : '');
}

export function printOutputs(outputs: readonly OutputClause[]): string {
  return outputs.map((o) => ` OUTPUT ${printSelectItems(o.items)}` + (o.into
    ? ` INTO ${printTarget(o.into.target)}${o.into.columns.length ? ` (${o.into.columns.map(ident).join(', ')})` : ''}`
    : '')).join('');
}

export function printOptionValue(v: OptionValue): string {
  switch (v.kind) {
    case 'onOff': return v.on ? 'ON' : 'OFF';
    case 'word': return v.value === v.value.toUpperCase() && /^[A-Z_][A-Z0-9_]*$/.test(v.value) && !isReserved(v.value) ? v.value : `[${v.value.replace(/]/g, ']]')}]`;
    case 'string': return str(v.value, v.unicode);
    case 'number': return String(v.value);
    case 'binary': return `0x${v.hex}`;
    case 'variable': return v.name;
  }
}

export function printOptions(options: readonly OptionSetting[]): string {
  return options.map((o) => (o.value ? `${o.name} = ${printOptionValue(o.value)}` : o.name)).join(', ');
}
