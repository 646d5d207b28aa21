// Expressions with T-SQL precedence ("Operator Precedence (Transact-SQL)"): ~ ; * / % ;
// + - & ^ | << >> ; comparisons ; NOT ; AND ; OR with BETWEEN/IN/LIKE. Unary + - ~ bind
// tightest. T-SQL separates value expressions from conditions: parseScalar() never accepts a
// comparison (SELECT 1 = 1 is a syntax error at '='), parseCondition() requires one (else 4145).
// Parentheses may hold either; a parenthesised condition is passed up as a node whose kind says
// it is boolean, so no backtracking is needed.
import { sqlError } from '../../errors/catalog';
import type { BinaryOp, CompareOp, UnaryOp, Expr, OrderItem, OverClause, FrameBound, WindowFrame, Literal } from '../ast';
import { TokenType, type Token } from '../lexer';
import type { Parser } from './parser';
import { parseDataType } from './data-types';
import { recordLiteralStart } from './literal-positions';
import { parseFunctionCall } from './functions';
import { parseQuery, startsQuery } from './select';

const BOOLEAN_KINDS = new Set<Expr['kind']>([
  'compare', 'logical', 'not', 'isNull', 'between', 'inList', 'inSubquery', 'like', 'exists', 'quantified',
]);

export function isBoolean(e: Expr): boolean {
  return BOOLEAN_KINDS.has(e.kind);
}

/** A value expression. */
export function parseScalar(p: Parser): Expr {
  const start = p.tok;
  const e = parseAdditive(p);
  if (isBoolean(e)) throw p.error(start);
  return e;
}

/** A search condition (WHERE, ON, IF, WHILE, WHEN, CHECK). */
export function parseCondition(p: Parser): Expr {
  const e = parseOr(p);
  if (!isBoolean(e)) throw nonBoolean(p);
  return e;
}

function nonBoolean(p: Parser): Error {
  const t = p.atEof ? p.tokens[p.tokens.length - 2] ?? p.tok : p.tok;
  return p.errorAt(sqlError(4145, t.value), t);
}

function requireBoolean(p: Parser, e: Expr): Expr {
  if (!isBoolean(e)) throw nonBoolean(p);
  return e;
}

/** Either kind: the content of parentheses (also the standalone parseExpression). */
export function parseAny(p: Parser): Expr {
  return parseOr(p);
}

function parseOr(p: Parser): Expr {
  let left = parseAnd(p);
  while (p.is('OR')) {
    const line = p.tok.line;
    requireBoolean(p, left);
    p.next();
    const right = requireBoolean(p, parseAnd(p));
    left = { kind: 'logical', line, op: 'or', left, right };
  }
  return left;
}

function parseAnd(p: Parser): Expr {
  let left = parseNot(p);
  while (p.is('AND')) {
    const line = p.tok.line;
    requireBoolean(p, left);
    p.next();
    const right = requireBoolean(p, parseNot(p));
    left = { kind: 'logical', line, op: 'and', left, right };
  }
  return left;
}

function parseNot(p: Parser): Expr {
  if (p.is('NOT')) {
    const line = p.next().line;
    const operand = requireBoolean(p, parseNot(p));
    return { kind: 'not', line, operand };
  }
  return parsePredicate(p);
}

const COMPARE: Record<string, CompareOp> = {
  '=': '=', '<>': '<>', '!=': '<>', '<': '<', '>': '>', '<=': '<=', '>=': '>=', '!<': '>=', '!>': '<=',
};

function parsePredicate(p: Parser): Expr {
  const line = p.tok.line;
  if (p.is('EXISTS')) {
    p.next();
    p.expect('(');
    const query = parseQuery(p);
    p.expect(')');
    return { kind: 'exists', line, query };
  }
  const left = parseAdditive(p);
  if (isBoolean(left)) return left;
  const t = p.tok;
  if (t.type === TokenType.Punct) {
    const op = COMPARE[t.value];
    if (op) {
      p.next();
      if ((p.is('ALL') || p.is('ANY') || p.is('SOME')) && p.isAt(1, '(')) {
        const quantifier = p.tok.upper === 'ALL' ? 'all' : 'any';
        p.next();
        p.next();
        const query = parseQuery(p);
        p.expect(')');
        return { kind: 'quantified', line: t.line, op, quantifier, left, query };
      }
      return { kind: 'compare', line: t.line, op, left, right: parseScalar(p) };
    }
    return left;
  }
  const not = p.is('NOT') && (p.isAt(1, 'BETWEEN') || p.isAt(1, 'IN') || p.isAt(1, 'LIKE'));
  if (not) p.next();
  if (p.accept('BETWEEN')) {
    const low = parseScalar(p);
    p.expect('AND');
    return { kind: 'between', line: t.line, operand: left, low, high: parseScalar(p), not };
  }
  if (p.accept('IN')) {
    p.expect('(');
    if (startsQuery(p)) {
      const query = parseQuery(p);
      p.expect(')');
      return { kind: 'inSubquery', line: t.line, operand: left, query, not };
    }
    const list = [parseScalar(p)];
    while (p.accept(',')) list.push(parseScalar(p));
    p.expect(')');
    return { kind: 'inList', line: t.line, operand: left, list, not };
  }
  if (p.accept('LIKE')) {
    const pattern = parseScalar(p);
    if (p.accept('ESCAPE')) return { kind: 'like', line: t.line, operand: left, pattern, escape: parseScalar(p), not };
    return { kind: 'like', line: t.line, operand: left, pattern, not };
  }
  if (p.is('IS')) {
    p.next();
    const isNot = p.accept('NOT');
    p.expect('NULL');
    return { kind: 'isNull', line: t.line, operand: left, not: isNot };
  }
  return left;
}

const ADDITIVE: Record<string, BinaryOp> = { '+': '+', '-': '-', '&': '&', '|': '|', '^': '^', '<<': '<<', '>>': '>>' };
const MULTIPLICATIVE: Record<string, BinaryOp> = { '*': '*', '/': '/', '%': '%' };

function parseAdditive(p: Parser): Expr {
  let left = parseMultiplicative(p);
  for (;;) {
    const t = p.tok;
    const op = t.type === TokenType.Punct ? ADDITIVE[t.value] : undefined;
    if (!op) return left;
    if (isBoolean(left)) throw p.error(t);
    p.next();
    const right = parseMultiplicative(p);
    if (isBoolean(right)) throw p.error();
    left = { kind: 'binary', line: t.line, op, left, right };
  }
}

function parseMultiplicative(p: Parser): Expr {
  let left = parseUnary(p);
  for (;;) {
    const t = p.tok;
    const op = t.type === TokenType.Punct ? MULTIPLICATIVE[t.value] : undefined;
    if (!op) return left;
    if (isBoolean(left)) throw p.error(t);
    p.next();
    const right = parseUnary(p);
    if (isBoolean(right)) throw p.error();
    left = { kind: 'binary', line: t.line, op, left, right };
  }
}

function parseUnary(p: Parser): Expr {
  const t = p.tok;
  if (t.type === TokenType.Punct && (t.value === '-' || t.value === '+' || t.value === '~')) {
    p.next();
    const operand = parseUnary(p);
    if (isBoolean(operand)) throw p.error();
    return { kind: 'unary', line: t.line, op: t.value as UnaryOp, operand };
  }
  let e = parsePrimary(p);
  while (p.is('COLLATE')) {
    const line = p.next().line;
    if (isBoolean(e)) throw p.error();
    e = { kind: 'collate', line, operand: e, collation: p.anyWord() };
  }
  return e;
}

const NILADIC = new Set(['CURRENT_TIMESTAMP', 'CURRENT_USER', 'SESSION_USER', 'SYSTEM_USER', 'USER', 'CURRENT_DATE']);
/** Reserved words that are also built-in function names when followed by '('. */
const RESERVED_FUNCTIONS = new Set(['LEFT', 'RIGHT', 'COALESCE', 'NULLIF', 'UPDATE', 'IDENTITY']);

/** The literal a token spells, or undefined; its position is recorded (literal-positions.ts). */
export function literalOf(t: Token): Literal | undefined {
  const lit = literalNode(t);
  return lit === undefined ? undefined : recordLiteralStart(lit, t.start);
}

/** The literal a token spells, unrecorded: also the engine's reading of a literal token. */
export function literalNode(t: Token): Literal | undefined {
  switch (t.type) {
    case TokenType.Integer: return { kind: 'literal', line: t.line, form: 'integer', text: t.value, unicode: false };
    case TokenType.Decimal: return { kind: 'literal', line: t.line, form: 'decimal', text: t.value, unicode: false };
    case TokenType.Float: return { kind: 'literal', line: t.line, form: 'float', text: t.value, unicode: false };
    case TokenType.Money: return { kind: 'literal', line: t.line, form: 'money', text: t.value, unicode: false };
    case TokenType.Binary: return { kind: 'literal', line: t.line, form: 'binary', text: t.value, unicode: false };
    case TokenType.String: return { kind: 'literal', line: t.line, form: 'string', text: t.value, unicode: t.unicode };
    default: return undefined;
  }
}

function parsePrimary(p: Parser): Expr {
  const t = p.tok;
  const line = t.line;
  const lit = literalOf(t);
  if (lit) {
    p.next();
    return lit;
  }
  switch (t.type) {
    case TokenType.Variable:
      p.next();
      return { kind: 'variable', line, name: t.value };
    case TokenType.Global:
      p.next();
      return { kind: 'global', line, name: t.upper };
    case TokenType.Pseudo:
      p.next();
      return { kind: 'pseudoColumn', line, qualifier: [], name: t.upper };
    case TokenType.Punct:
      if (t.value !== '(') throw p.error();
      p.next();
      if (startsQuery(p)) {
        const query = parseQuery(p);
        p.expect(')');
        return { kind: 'subquery', line, query };
      }
      {
        const inner = parseOr(p);
        p.expect(')');
        return inner;
      }
    case TokenType.Word:
      if (t.keyword) return parseKeywordPrimary(p, t);
      if (t.upper === 'NEXT' && p.isAt(1, 'VALUE') && p.isAt(2, 'FOR')) {
        p.pos += 3;
        const sequence = p.objectName();
        if (p.is('OVER')) return { kind: 'nextValueFor', line, sequence, over: parseOver(p) };
        return { kind: 'nextValueFor', line, sequence };
      }
      if ((t.upper === 'TRY_CAST' || t.upper === 'CAST') && p.isAt(1, '(')) return parseCast(p, t.upper === 'TRY_CAST');
      return parseNamed(p);
    case TokenType.QuotedIdent:
      return parseNamed(p);
    default:
      throw p.error();
  }
}

function parseKeywordPrimary(p: Parser, t: Token): Expr {
  const line = t.line;
  switch (t.upper) {
    case 'NULL':
      p.next();
      return { kind: 'null', line };
    case 'CASE':
      return parseCase(p);
    case 'CONVERT':
    case 'TRY_CONVERT':
      if (p.isAt(1, '(')) return parseConvert(p, t.upper === 'TRY_CONVERT');
      break;
    default:
      if (NILADIC.has(t.upper) && !p.isAt(1, '(')) {
        p.next();
        return { kind: 'niladic', line, name: t.upper };
      }
      if (RESERVED_FUNCTIONS.has(t.upper) && p.isAt(1, '(')) {
        p.next();
        return parseFunctionCall(p, { name: t.value }, line);
      }
  }
  throw p.error();
}

/** Column reference, multi-part column reference, or (schema-qualified) function call. */
function parseNamed(p: Parser): Expr {
  const line = p.tok.line;
  const parts = [p.identifier()];
  while (p.is('.')) {
    const after = p.peek(1);
    if (after.type === TokenType.Pseudo) {
      p.pos += 2;
      return { kind: 'pseudoColumn', line, qualifier: parts, name: after.upper };
    }
    if (after.type !== TokenType.Word && after.type !== TokenType.QuotedIdent) throw p.error(after);
    p.next();
    parts.push(p.anyWord());
    if (parts.length > 4) throw p.error();
  }
  if (p.is('(')) {
    if (parts.length > 3) throw p.error();
    const name = parts.length === 1 ? { name: parts[0]! }
      : parts.length === 2 ? { schema: parts[0]!, name: parts[1]! }
      : { database: parts[0]!, schema: parts[1]!, name: parts[2]! };
    return parseFunctionCall(p, name, line);
  }
  const name = parts.pop()!;
  return { kind: 'column', line, qualifier: parts, name };
}

function parseCase(p: Parser): Expr {
  const line = p.expect('CASE').line;
  const operand = p.is('WHEN') ? undefined : parseScalar(p);
  const whens: { when: Expr; then: Expr }[] = [];
  while (p.accept('WHEN')) {
    const when = operand ? parseScalar(p) : parseCondition(p);
    p.expect('THEN');
    whens.push({ when, then: parseScalar(p) });
  }
  if (whens.length === 0) throw p.error();
  const elseExpr = p.accept('ELSE') ? parseScalar(p) : undefined;
  p.expect('END');
  return {
    kind: 'case', line, whens,
    ...(operand ? { operand } : {}),
    ...(elseExpr ? { else: elseExpr } : {}),
  };
}

function parseCast(p: Parser, tryCast: boolean): Expr {
  const line = p.next().line;
  p.expect('(');
  const operand = parseScalar(p);
  p.expect('AS');
  const type = parseDataType(p, 'cast');
  p.expect(')');
  return { kind: 'cast', line, operand, type, try: tryCast };
}

function parseConvert(p: Parser, tryConvert: boolean): Expr {
  const line = p.next().line;
  p.expect('(');
  const type = parseDataType(p, 'cast');
  p.expect(',');
  const operand = parseScalar(p);
  const style = p.accept(',') ? parseScalar(p) : undefined;
  p.expect(')');
  return { kind: 'convert', line, type, operand, try: tryConvert, ...(style ? { style } : {}) };
}

export function parseOrderItems(p: Parser): OrderItem[] {
  const items: OrderItem[] = [];
  do {
    const expr = parseScalar(p);
    const desc = p.accept('DESC');
    if (!desc) p.accept('ASC');
    items.push({ expr, desc });
  } while (p.accept(','));
  return items;
}

export function parseOver(p: Parser): OverClause {
  p.expect('OVER');
  p.expect('(');
  let partitionBy: Expr[] = [];
  let orderBy: OrderItem[] = [];
  let frame: WindowFrame | undefined;
  if (p.is('PARTITION') && p.isAt(1, 'BY')) {
    p.pos += 2;
    partitionBy = [parseScalar(p)];
    while (p.accept(',')) partitionBy.push(parseScalar(p));
  }
  if (p.acceptSeq('ORDER', 'BY')) orderBy = parseOrderItems(p);
  if (p.is('ROWS') || p.is('RANGE')) {
    const unit = p.next().upper === 'ROWS' ? 'rows' : 'range';
    if (p.accept('BETWEEN')) {
      const start = parseFrameBound(p);
      p.expect('AND');
      frame = { unit, start, end: parseFrameBound(p) };
    } else {
      frame = { unit, start: parseFrameBound(p) };
    }
  }
  p.expect(')');
  return frame ? { partitionBy, orderBy, frame } : { partitionBy, orderBy };
}

function parseFrameBound(p: Parser): FrameBound {
  if (p.acceptSeq('UNBOUNDED', 'PRECEDING')) return { kind: 'unboundedPreceding' };
  if (p.acceptSeq('UNBOUNDED', 'FOLLOWING')) return { kind: 'unboundedFollowing' };
  if (p.acceptSeq('CURRENT', 'ROW')) return { kind: 'currentRow' };
  const offset = parseScalar(p);
  if (p.accept('PRECEDING')) return { kind: 'preceding', offset };
  p.expect('FOLLOWING');
  return { kind: 'following', offset };
}
