// EXEC/EXECUTE: procedure calls (EXEC @rc = db.schema.proc @a = 1, @b OUTPUT, DEFAULT WITH
// RECOMPILE), a variable holding the procedure name, dynamic SQL EXEC ('...' + @sql), and
// EXECUTE AS.
import type { ExecArg, ExecStatement, ExecStringStatement, ExecuteAsStatement, Expr } from '../ast';
import { TokenType } from '../lexer';
import { literalOf } from './expressions';
import type { Parser } from './parser';

export function parseExec(p: Parser): ExecStatement | ExecStringStatement | ExecuteAsStatement {
  const line = p.next().line;
  if (p.is('AS')) return parseExecuteAs(p, line);
  if (p.is('(')) return parseExecString(p, line);
  return parseProcedureCall(p, line);
}

/** What follows EXEC for a procedure call (also a batch's first statement written without EXEC). */
export function parseProcedureCall(p: Parser, line: number): ExecStatement {
  let returnVariable: string | undefined;
  if (p.tok.type === TokenType.Variable && p.isAt(1, '=')) {
    returnVariable = p.next().value;
    p.next();
  }
  let procedure: ExecStatement['procedure'];
  if (p.tok.type === TokenType.Variable) procedure = { kind: 'variable', name: p.next().value };
  else procedure = { kind: 'name', name: p.objectName() };
  const args: ExecArg[] = [];
  if (startsArg(p)) {
    do args.push(parseArg(p));
    while (p.accept(','));
  }
  let recompile = false;
  if (p.is('WITH') && p.isAt(1, 'RECOMPILE')) {
    p.pos += 2;
    recompile = true;
  }
  return { kind: 'exec', line, procedure, args, recompile, ...(returnVariable ? { returnVariable } : {}) };
}

function startsArg(p: Parser): boolean {
  const t = p.tok;
  switch (t.type) {
    case TokenType.Variable: case TokenType.Global: case TokenType.Integer: case TokenType.Decimal:
    case TokenType.Float: case TokenType.Money: case TokenType.Binary: case TokenType.String:
    case TokenType.QuotedIdent:
      return true;
    case TokenType.Word:
      return !t.keyword || t.upper === 'DEFAULT' || t.upper === 'NULL';
    case TokenType.Punct:
      return t.value === '-' || t.value === '+';
    default:
      return false;
  }
}

function parseArg(p: Parser): ExecArg {
  let name: string | undefined;
  if (p.tok.type === TokenType.Variable && p.isAt(1, '=')) {
    name = p.next().value;
    p.next();
  }
  const value = parseArgValue(p);
  const output = p.accept('OUTPUT') || p.accept('OUT');
  return name === undefined ? { value, output } : { name, value, output };
}

/**
 * Procedure arguments are constants, variables, DEFAULT or NULL; a bare identifier is a string
 * (EXEC sp_helpdb master), which SQL Server passes as nvarchar.
 */
export function parseArgValue(p: Parser): Expr {
  const t = p.tok;
  const line = t.line;
  if (p.is('DEFAULT')) {
    p.next();
    return { kind: 'default', line };
  }
  if (p.is('NULL')) {
    p.next();
    return { kind: 'null', line };
  }
  if (t.type === TokenType.Punct && (t.value === '-' || t.value === '+')) {
    p.next();
    const lit = literalOf(p.tok);
    if (!lit || lit.form === 'string' || lit.form === 'binary') throw p.error();
    p.next();
    return { kind: 'unary', line, op: t.value, operand: lit };
  }
  const lit = literalOf(t);
  if (lit) {
    p.next();
    return lit;
  }
  if (t.type === TokenType.Variable) {
    p.next();
    return { kind: 'variable', line, name: t.value };
  }
  if (t.type === TokenType.Global) {
    p.next();
    return { kind: 'global', line, name: t.upper };
  }
  if (p.isIdentifier(t)) {
    p.next();
    return { kind: 'literal', line, form: 'string', text: t.value, unicode: true };
  }
  throw p.error();
}

function parseExecString(p: Parser, line: number): ExecStringStatement {
  p.expect('(');
  const parts: Expr[] = [];
  do {
    const t = p.tok;
    if (t.type === TokenType.String) parts.push({ kind: 'literal', line: t.line, form: 'string', text: t.value, unicode: t.unicode });
    else if (t.type === TokenType.Variable) parts.push({ kind: 'variable', line: t.line, name: t.value });
    else throw p.error();
    p.next();
  } while (p.accept('+'));
  p.expect(')');
  let as: ExecStringStatement['as'];
  if (p.is('AS') && (p.isAt(1, 'LOGIN') || p.isAt(1, 'USER'))) {
    p.next();
    const principal = p.next().upper === 'LOGIN' ? 'login' : 'user';
    p.expect('=');
    as = { principal, name: stringValue(p) };
  }
  let at: string | undefined;
  if (p.is('AT') && p.isIdentifier(p.peek(1))) {
    p.next();
    at = p.identifier();
  }
  return { kind: 'execString', line, parts, ...(as ? { as } : {}), ...(at !== undefined ? { at } : {}) };
}

function parseExecuteAs(p: Parser, line: number): ExecuteAsStatement {
  p.expect('AS');
  if (p.accept('CALLER')) return { kind: 'executeAs', line, principal: 'caller' };
  const w = p.tok.upper;
  if (w !== 'LOGIN' && w !== 'USER') throw p.error();
  p.next();
  p.expect('=');
  const name = stringValue(p);
  let noRevert = false;
  if (p.is('WITH')) {
    p.next();
    if (!p.acceptSeq('NO', 'REVERT')) throw p.error();
    noRevert = true;
  }
  return { kind: 'executeAs', line, principal: w === 'LOGIN' ? 'login' : 'user', name, ...(noRevert ? { noRevert } : {}) };
}

export function stringValue(p: Parser): string {
  const t = p.tok;
  if (t.type !== TokenType.String) throw p.error();
  p.next();
  return t.value;
}
