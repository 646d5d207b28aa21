// FROM clauses: tables (with aliases and hints), table variables, derived tables, VALUES tables,
// table-valued functions, and joins of every kind including CROSS/OUTER APPLY.
import type { DmlTarget, Expr, JoinType, ObjectName, TableSource } from '../ast';
import { TokenType } from '../lexer';
import { parseCondition, parseScalar } from './expressions';
import type { Parser } from './parser';
import { parseQuery, startsQuery } from './select';

/** Old-style hints written without WITH: FROM t (NOLOCK). */
const TABLE_HINTS = new Set([
  'NOLOCK', 'READUNCOMMITTED', 'READCOMMITTED', 'READCOMMITTEDLOCK', 'REPEATABLEREAD', 'SERIALIZABLE',
  'HOLDLOCK', 'UPDLOCK', 'XLOCK', 'TABLOCK', 'TABLOCKX', 'PAGLOCK', 'ROWLOCK', 'NOWAIT', 'READPAST',
  'SNAPSHOT', 'NOEXPAND', 'INDEX', 'FORCESEEK', 'FORCESCAN', 'KEEPIDENTITY', 'KEEPDEFAULTS',
  'IGNORE_CONSTRAINTS', 'IGNORE_TRIGGERS',
]);

export function parseTableSources(p: Parser): TableSource[] {
  const sources = [parseJoined(p)];
  while (p.accept(',')) sources.push(parseJoined(p));
  return sources;
}

function joinStart(p: Parser): { type: JoinType; length: number; hint?: string } | undefined {
  const t0 = p.tok.upper;
  const hintAt = (k: number): string | undefined => {
    const h = p.peek(k).upper;
    return h === 'LOOP' || h === 'HASH' || h === 'MERGE' || h === 'REMOTE' ? h : undefined;
  };
  const withHint = (type: JoinType, k: number): { type: JoinType; length: number; hint?: string } | undefined => {
    const hint = hintAt(k);
    const at = hint ? k + 1 : k;
    if (!p.isAt(at, 'JOIN')) return undefined;
    return hint ? { type, length: at + 1, hint } : { type, length: at + 1 };
  };
  switch (t0) {
    case 'JOIN': return { type: 'inner', length: 1 };
    case 'INNER': return withHint('inner', 1);
    case 'LEFT':
    case 'RIGHT':
    case 'FULL': {
      const type = t0.toLowerCase() as JoinType;
      return withHint(type, p.isAt(1, 'OUTER') ? 2 : 1);
    }
    case 'CROSS':
      if (p.isAt(1, 'JOIN')) return { type: 'cross', length: 2 };
      if (p.isAt(1, 'APPLY')) return { type: 'crossApply', length: 2 };
      return undefined;
    case 'OUTER':
      return p.isAt(1, 'APPLY') ? { type: 'outerApply', length: 2 } : undefined;
    default:
      return undefined;
  }
}

function parseJoined(p: Parser): TableSource {
  return parseJoinChain(p, parseTablePrimary(p));
}

function parseJoinChain(p: Parser, left: TableSource): TableSource {
  for (;;) {
    const j = joinStart(p);
    if (!j) return left;
    const line = p.tok.line;
    p.pos += j.length;
    let right = parseTablePrimary(p);
    const needsOn = j.type === 'inner' || j.type === 'left' || j.type === 'right' || j.type === 'full';
    if (needsOn && !p.is('ON') && joinStart(p)) right = parseJoinChain(p, right);
    let on: Expr | undefined;
    if (needsOn) {
      p.expect('ON');
      on = parseCondition(p);
    }
    left = {
      kind: 'join', line, joinType: j.type, left, right,
      ...(on ? { on } : {}),
      ...(j.hint ? { hint: j.hint } : {}),
    };
  }
}

export function parseTablePrimary(p: Parser): TableSource {
  const t = p.tok;
  const line = t.line;
  if (p.is('(')) {
    if (startsQuery(p)) {
      p.next();
      const query = parseQuery(p);
      p.expect(')');
      const alias = tableAlias(p, true)!;
      return { kind: 'derived', line, query, alias, columns: columnAliases(p) };
    }
    if (p.isAt(1, 'VALUES')) {
      p.pos += 2;
      const rows = parseValuesRows(p, false);
      p.expect(')');
      const alias = tableAlias(p, true)!;
      return { kind: 'values', line, rows, alias, columns: columnAliases(p) };
    }
    p.next();
    const inner = parseJoined(p);
    p.expect(')');
    return inner;
  }
  if (t.type === TokenType.Variable) {
    p.next();
    const alias = tableAlias(p, false);
    return alias === undefined ? { kind: 'tableVariable', line, name: t.value } : { kind: 'tableVariable', line, name: t.value, alias };
  }
  if (t.type === TokenType.Word && t.keyword && t.upper.startsWith('OPEN') && p.isAt(1, '(')) {
    p.next();
    return tableFunction(p, { name: t.value }, line);
  }
  const name = p.objectName();
  if (p.is('(') && !isOldStyleHint(p)) return tableFunction(p, name, line);
  let hints: string[] = [];
  if (p.is('(')) {
    p.next();
    hints = p.balancedList();
  }
  const alias = tableAlias(p, false);
  if ((p.is('WITH') && p.isAt(1, '(')) || (p.is('(') && isOldStyleHint(p))) {
    p.pos += p.is('WITH') ? 2 : 1;
    hints = p.balancedList();
  }
  return alias === undefined ? { kind: 'table', line, name, hints } : { kind: 'table', line, name, alias, hints };
}

function isOldStyleHint(p: Parser): boolean {
  const t = p.peek(1);
  return t.type === TokenType.Word && TABLE_HINTS.has(t.upper) && (p.isAt(2, ')') || p.isAt(2, ',') || p.isAt(2, '('));
}

function tableFunction(p: Parser, name: ObjectName, line: number): TableSource {
  p.expect('(');
  const args: Expr[] = [];
  if (!p.is(')')) {
    // DEFAULT stands for an omitted argument (fn_listextendedproperty(default, ...), as documented)
    do args.push(p.is('DEFAULT') ? { kind: 'default', line: p.next().line } : parseScalar(p));
    while (p.accept(','));
  }
  p.expect(')');
  const alias = tableAlias(p, false);
  const columns = alias === undefined ? [] : columnAliases(p);
  return alias === undefined
    ? { kind: 'tableFunction', line, name, args, columns }
    : { kind: 'tableFunction', line, name, args, alias, columns };
}

/** [AS] alias; a required alias that is missing is a syntax error at the current token. */
export function tableAlias(p: Parser, required: boolean): string | undefined {
  if (p.accept('AS')) return p.identifier();
  if (p.isIdentifier()) return p.identifier();
  if (required) throw p.error();
  return undefined;
}

function columnAliases(p: Parser): string[] {
  return p.is('(') ? p.identifierList() : [];
}

/** (a, b), (c, d) ... : the VALUES rows; DEFAULT allowed in cells only for INSERT. */
export function parseValuesRows(p: Parser, allowDefault: boolean): Expr[][] {
  const rows: Expr[][] = [];
  do {
    p.expect('(');
    const row: Expr[] = [];
    do {
      if (allowDefault && p.is('DEFAULT')) row.push({ kind: 'default', line: p.next().line });
      else row.push(parseScalar(p));
    } while (p.accept(','));
    p.expect(')');
    rows.push(row);
  } while (p.accept(','));
  return rows;
}

/** The written table of INSERT/UPDATE/DELETE/MERGE: a name (with optional WITH hints) or @table. */
export function parseDmlTarget(p: Parser): DmlTarget {
  const t = p.tok;
  if (t.type === TokenType.Variable) {
    p.next();
    return { kind: 'tableVariable', name: t.value };
  }
  const name = p.objectName();
  let hints: string[] = [];
  if (p.is('WITH') && p.isAt(1, '(')) {
    p.pos += 2;
    hints = p.balancedList();
  }
  return { kind: 'table', name, hints };
}
