// Query expressions: [WITH ctes] SELECT ... [UNION|EXCEPT|INTERSECT ...] [ORDER BY] [OFFSET/FETCH]
// [FOR XML|JSON] [OPTION (...)]. INTERSECT binds tighter than UNION and EXCEPT, as in SQL Server.
import type { CommonTableExpr, Expr, ForClause, Query, QueryExpr, QuerySpec, SelectItem, TopClause, TableSource, AssignOp } from '../ast';
import { TokenType } from '../lexer';
import { literalOf, parseCondition, parseOrderItems, parseScalar } from './expressions';
import type { Parser } from './parser';
import { parseTableSources } from './table-sources';

/** At SELECT, WITH, or '(' that opens a query. */
export function startsQuery(p: Parser): boolean {
  if (p.is('SELECT') || p.is('WITH')) return true;
  let k = 0;
  while (p.isAt(k, '(')) k++;
  return k > 0 && (p.isAt(k, 'SELECT') || p.isAt(k, 'WITH'));
}

export function parseQuery(p: Parser): Query {
  const line = p.tok.line;
  const ctes = p.is('WITH') ? parseWith(p) : [];
  return parseQueryTail(p, line, ctes);
}

/** After the CTE list (statements parse WITH themselves to allow INSERT/UPDATE/DELETE/MERGE). */
export function parseQueryTail(p: Parser, line: number, ctes: readonly CommonTableExpr[]): Query {
  const body = parseQueryExpr(p);
  let orderBy: Query['orderBy'] = [];
  let offset: Expr | undefined;
  let fetch: Expr | undefined;
  if (p.accept('ORDER')) {
    p.expect('BY');
    orderBy = parseOrderItems(p);
    if (p.is('OFFSET')) {
      p.next();
      offset = parseScalar(p);
      if (!p.accept('ROWS')) p.expect('ROW');
      if (p.accept('FETCH')) {
        if (!p.accept('NEXT')) p.expect('FIRST');
        fetch = parseScalar(p);
        if (!p.accept('ROWS')) p.expect('ROW');
        p.expect('ONLY');
      }
    }
  }
  const forClause = p.is('FOR') ? parseFor(p) : undefined;
  let hints: string[] = [];
  if (p.is('OPTION') && p.isAt(1, '(')) {
    p.pos += 2;
    hints = p.balancedList();
  }
  return {
    kind: 'query', line, with: ctes, body, orderBy, hints,
    ...(offset ? { offset } : {}),
    ...(fetch ? { fetch } : {}),
    ...(forClause ? { for: forClause } : {}),
  };
}

export function parseWith(p: Parser): CommonTableExpr[] {
  p.expect('WITH');
  const ctes: CommonTableExpr[] = [];
  do {
    const name = p.identifier();
    const columns = p.is('(') ? p.identifierList() : [];
    p.expect('AS');
    p.expect('(');
    const query = parseQuery(p);
    p.expect(')');
    ctes.push({ name, columns, query });
  } while (p.accept(','));
  return ctes;
}

function parseQueryExpr(p: Parser): QueryExpr {
  let left = parseQueryTerm(p);
  for (;;) {
    const line = p.tok.line;
    if (p.accept('UNION')) {
      const op = p.accept('ALL') ? 'unionAll' : 'union';
      left = { kind: 'setOperation', line, op, left, right: parseQueryTerm(p) };
    } else if (p.accept('EXCEPT')) {
      left = { kind: 'setOperation', line, op: 'except', left, right: parseQueryTerm(p) };
    } else {
      return left;
    }
  }
}

function parseQueryTerm(p: Parser): QueryExpr {
  let left = parseQueryPrimary(p);
  while (p.is('INTERSECT')) {
    const line = p.next().line;
    left = { kind: 'setOperation', line, op: 'intersect', left, right: parseQueryPrimary(p) };
  }
  return left;
}

function parseQueryPrimary(p: Parser): QueryExpr {
  if (p.is('(')) {
    p.next();
    const q = parseQuery(p);
    p.expect(')');
    return q;
  }
  return parseQuerySpec(p);
}

export function parseTop(p: Parser): TopClause {
  p.expect('TOP');
  let count: Expr;
  if (p.is('(')) {
    p.next();
    count = parseScalar(p);
    p.expect(')');
  } else {
    const t = p.tok;
    // Without parentheses TOP takes a single constant (TOP 5 * is "top 5, all columns").
    if (t.type === TokenType.Variable) count = { kind: 'variable', line: t.line, name: t.value };
    else if (t.type === TokenType.Integer || t.type === TokenType.Decimal || t.type === TokenType.Float) count = literalOf(t)!;
    else throw p.error();
    p.next();
  }
  const percent = p.accept('PERCENT');
  const withTies = p.acceptSeq('WITH', 'TIES');
  return { count, percent, withTies };
}

function parseQuerySpec(p: Parser): QuerySpec {
  const line = p.expect('SELECT').line;
  const distinct = p.accept('DISTINCT');
  if (!distinct) p.accept('ALL');
  const top = p.is('TOP') ? parseTop(p) : undefined;
  const items = parseSelectItems(p);
  const into = p.accept('INTO') ? p.objectName() : undefined;
  const from: TableSource[] = p.accept('FROM') ? parseTableSources(p) : [];
  const where = p.accept('WHERE') ? parseCondition(p) : undefined;
  let groupBy: Expr[] = [];
  if (p.accept('GROUP')) {
    p.expect('BY');
    groupBy = [parseScalar(p)];
    while (p.accept(',')) groupBy.push(parseScalar(p));
  }
  const having = p.accept('HAVING') ? parseCondition(p) : undefined;
  return {
    kind: 'querySpec', line, distinct, items, from, groupBy,
    ...(top ? { top } : {}),
    ...(into ? { into } : {}),
    ...(where ? { where } : {}),
    ...(having ? { having } : {}),
  };
}

const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=']);

export function isAssignOp(p: Parser, k = 0): boolean {
  const t = p.peek(k);
  return t.type === TokenType.Punct && ASSIGN_OPS.has(t.value);
}

export function parseSelectItems(p: Parser): SelectItem[] {
  const items = [parseSelectItem(p)];
  while (p.accept(',')) items.push(parseSelectItem(p));
  return items;
}

function parseSelectItem(p: Parser): SelectItem {
  const t = p.tok;
  const line = t.line;
  if (p.is('*')) {
    p.next();
    return { kind: 'star', line, qualifier: [] };
  }
  if (t.type === TokenType.Variable && isAssignOp(p, 1)) {
    p.next();
    const op = p.next().value as AssignOp;
    return { kind: 'assign', line, variable: t.value, op, expr: parseScalar(p) };
  }
  if ((p.isIdentifier(t) || t.type === TokenType.String) && p.isAt(1, '=')) {
    if (t.value === '') throw p.error();
    p.pos += 2;
    return { kind: 'expr', line, expr: parseScalar(p), alias: t.value };
  }
  const qualifier = starQualifier(p);
  if (qualifier) return { kind: 'star', line, qualifier };
  const expr = parseScalar(p);
  const alias = parseColumnAlias(p);
  return alias === undefined ? { kind: 'expr', line, expr } : { kind: 'expr', line, expr, alias };
}

/** a.* / a.b.* : consumes and returns the qualifier, or undefined without consuming. */
function starQualifier(p: Parser): string[] | undefined {
  let k = 0;
  while (p.isIdentifier(p.peek(k)) && p.isAt(k + 1, '.')) {
    if (p.isAt(k + 2, '*')) {
      const parts: string[] = [];
      for (let i = 0; i <= k; i += 2) parts.push(p.peek(i).value);
      p.pos += k + 3;
      return parts;
    }
    k += 2;
  }
  return undefined;
}

/** [AS] alias where alias is an identifier or a string ('alias'). */
export function parseColumnAlias(p: Parser): string | undefined {
  if (p.accept('AS')) {
    const t = p.tok;
    if (t.type === TokenType.String) {
      p.next();
      return t.value;
    }
    return p.identifier();
  }
  const t = p.tok;
  if (p.isIdentifier(t) || t.type === TokenType.String) {
    p.next();
    return t.value;
  }
  return undefined;
}

function parseFor(p: Parser): ForClause | undefined {
  const what = p.peek(1).upper;
  if (what !== 'XML' && what !== 'JSON' && what !== 'BROWSE') return undefined;
  p.pos += 2;
  if (what === 'BROWSE') return { kind: 'browse' };
  const modeTok = p.next();
  const mode = modeTok.upper.toLowerCase();
  let element: string | undefined;
  if (what === 'XML') {
    if (mode !== 'raw' && mode !== 'auto' && mode !== 'path' && mode !== 'explicit') throw p.error(modeTok);
    if ((mode === 'raw' || mode === 'path') && p.is('(')) {
      p.next();
      const t = p.tok;
      if (t.type !== TokenType.String) throw p.error();
      p.next();
      element = t.value;
      p.expect(')');
    }
  } else if (mode !== 'auto' && mode !== 'path') {
    throw p.error(modeTok);
  }
  const options: string[] = [];
  while (p.accept(',')) options.push(forOption(p));
  if (what === 'XML') {
    return { kind: 'xml', mode: mode as 'raw' | 'auto' | 'path' | 'explicit', options, ...(element !== undefined ? { element } : {}) };
  }
  return { kind: 'json', mode: mode as 'auto' | 'path', options };
}

function forOption(p: Parser): string {
  const word = p.tok;
  if (word.type !== TokenType.Word) throw p.error();
  p.next();
  let text = word.upper;
  if ((word.upper === 'ELEMENTS' && (p.is('XSINIL') || p.is('ABSENT'))) || (word.upper === 'BINARY' && p.is('BASE64'))) {
    text += ' ' + p.next().upper;
  }
  if (p.is('(')) {
    p.next();
    text += `(${p.balancedText()})`;
  }
  return text;
}
