// BEGIN...END, IF/ELSE, WHILE, BREAK, CONTINUE, RETURN, GOTO, TRY/CATCH, PRINT, RAISERROR, THROW,
// WAITFOR.
import type {
  BlockStatement, Expr, IfStatement, PrintStatement, RaiserrorStatement, ReturnStatement, Statement, ThrowStatement,
  TryCatchStatement, WaitforStatement, WhileStatement,
} from '../ast';
import { TokenType } from '../lexer';
import { parseCondition, parseScalar } from './expressions';
import type { Parser } from './parser';
import { parseStatement, parseStatementsUntil } from './statements';

export function parseBlock(p: Parser): BlockStatement {
  const line = p.expect('BEGIN').line;
  const statements = parseStatementsUntil(p, () => p.is('END'));
  // SQL Server rejects an empty BEGIN END.
  if (statements.length === 0) throw p.error();
  p.expect('END');
  return { kind: 'block', line, statements };
}

export function parseTryCatch(p: Parser): TryCatchStatement {
  const line = p.expect('BEGIN').line;
  p.expect('TRY');
  const tryBlock = parseStatementsUntil(p, () => p.is('END') && p.isAt(1, 'TRY'));
  if (tryBlock.length === 0) throw p.error();
  p.expect('END');
  p.expect('TRY');
  p.accept(';');
  p.expect('BEGIN');
  p.expect('CATCH');
  const catchBlock = parseStatementsUntil(p, () => p.is('END') && p.isAt(1, 'CATCH'));
  p.expect('END');
  p.expect('CATCH');
  return { kind: 'tryCatch', line, tryBlock, catchBlock };
}

/** The single statement governed by IF/ELSE/WHILE (a BEGIN...END counts as one). */
function body(p: Parser): Statement {
  if (p.atEof || p.is('END') || p.is('ELSE')) throw p.error();
  return parseStatement(p);
}

export function parseIf(p: Parser): IfStatement {
  const line = p.expect('IF').line;
  const condition = parseCondition(p);
  const then = body(p);
  if (p.is(';') && p.isAt(1, 'ELSE')) p.next();
  if (p.accept('ELSE')) return { kind: 'if', line, condition, then, else: body(p) };
  return { kind: 'if', line, condition, then };
}

export function parseWhile(p: Parser): WhileStatement {
  const line = p.expect('WHILE').line;
  const condition = parseCondition(p);
  return { kind: 'while', line, condition, body: body(p) };
}

/** Whether the next token can begin RETURN's / THROW's optional operand. */
export function startsExpression(p: Parser): boolean {
  const t = p.tok;
  switch (t.type) {
    case TokenType.Eof:
      return false;
    case TokenType.Punct:
      return t.value === '(' || t.value === '-' || t.value === '+' || t.value === '~';
    case TokenType.Word:
      if (p.isAt(1, ':')) return false;
      if (!t.keyword) return t.upper !== 'THROW';
      return t.upper === 'NULL' || t.upper === 'CASE' || t.upper === 'CONVERT' || t.upper === 'TRY_CONVERT' ||
        t.upper === 'COALESCE' || t.upper === 'NULLIF' || t.upper === 'LEFT' || t.upper === 'RIGHT' ||
        t.upper === 'CURRENT_TIMESTAMP' || t.upper === 'CURRENT_USER' || t.upper === 'SESSION_USER' ||
        t.upper === 'SYSTEM_USER' || t.upper === 'USER';
    default:
      return true;
  }
}

export function parseReturn(p: Parser): ReturnStatement {
  const line = p.expect('RETURN').line;
  if (!startsExpression(p)) return { kind: 'return', line };
  return { kind: 'return', line, value: parseScalar(p) };
}

export function parsePrint(p: Parser): PrintStatement {
  const line = p.expect('PRINT').line;
  return { kind: 'print', line, value: parseScalar(p) };
}

export function parseRaiserror(p: Parser): RaiserrorStatement {
  const line = p.expect('RAISERROR').line;
  p.expect('(');
  const message = parseScalar(p);
  p.expect(',');
  const severity = parseScalar(p);
  p.expect(',');
  const state = parseScalar(p);
  const args: Expr[] = [];
  while (p.accept(',')) args.push(parseScalar(p));
  p.expect(')');
  const options: ('LOG' | 'NOWAIT' | 'SETERROR')[] = [];
  if (p.accept('WITH')) {
    do {
      const w = p.tok.upper;
      if (w !== 'LOG' && w !== 'NOWAIT' && w !== 'SETERROR') throw p.error();
      p.next();
      options.push(w);
    } while (p.accept(','));
  }
  return { kind: 'raiserror', line, message, severity, state, args, options };
}

export function parseThrow(p: Parser): ThrowStatement {
  const line = p.next().line;
  if (!startsExpression(p)) return { kind: 'throw', line };
  const number = parseScalar(p);
  p.expect(',');
  const message = parseScalar(p);
  p.expect(',');
  const state = parseScalar(p);
  return { kind: 'throw', line, args: { number, message, state } };
}

export function parseWaitfor(p: Parser): WaitforStatement {
  const line = p.expect('WAITFOR').line;
  const w = p.tok.upper;
  if (w !== 'DELAY' && w !== 'TIME') throw p.error();
  p.next();
  return { kind: 'waitfor', line, mode: w === 'DELAY' ? 'delay' : 'time', value: parseScalar(p) };
}
