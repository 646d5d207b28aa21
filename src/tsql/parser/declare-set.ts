// DECLARE (scalars, table variables, cursors) and every SET form: variables, session options,
// TRANSACTION ISOLATION LEVEL, IDENTITY_INSERT.
import type {
  AssignOp, DeclareCursorStatement, DeclareItem, DeclareStatement, IsolationLevel, OptionValue, SetOptionStatement,
  SetCursorVariableStatement, SetIdentityInsertStatement, SetTransactionIsolationStatement, SetVariableStatement,
} from '../ast';
import { TokenType } from '../lexer';
import { parseDataType } from './data-types';
import { parseScalar } from './expressions';
import type { Parser } from './parser';
import { isAssignOp, parseQuery } from './select';
import { parseTableDefinition } from './table-definition';

export function parseDeclare(p: Parser): DeclareStatement | DeclareCursorStatement {
  const line = p.expect('DECLARE').line;
  if (p.tok.type !== TokenType.Variable) return parseDeclareCursor(p, line);
  const items: DeclareItem[] = [];
  do {
    const t = p.tok;
    if (t.type !== TokenType.Variable) throw p.error();
    p.next();
    p.accept('AS');
    if (p.accept('TABLE')) {
      items.push({ kind: 'table', name: t.value, definition: parseTableDefinition(p) });
    } else if (p.accept('CURSOR')) {
      items.push({ kind: 'cursorVariable', name: t.value });
    } else {
      const type = parseDataType(p, 'declare');
      if (p.accept('=')) items.push({ kind: 'scalar', name: t.value, type, init: parseScalar(p) });
      else items.push({ kind: 'scalar', name: t.value, type });
    }
  } while (p.accept(','));
  return { kind: 'declare', line, items };
}

const CURSOR_OPTIONS = new Set([
  'LOCAL', 'GLOBAL', 'FORWARD_ONLY', 'SCROLL', 'STATIC', 'KEYSET', 'DYNAMIC', 'FAST_FORWARD', 'READ_ONLY',
  'SCROLL_LOCKS', 'OPTIMISTIC', 'TYPE_WARNING', 'INSENSITIVE',
]);

function parseDeclareCursor(p: Parser, line: number): DeclareCursorStatement {
  const name = p.identifier();
  const options: string[] = [];
  while (p.tok.type === TokenType.Word && CURSOR_OPTIONS.has(p.tok.upper)) options.push(p.next().upper);
  p.expect('CURSOR');
  return parseCursorDefinition(p, line, name, options);
}

/** after CURSOR: [options] FOR query [FOR UPDATE [OF columns] | FOR READ ONLY] */
function parseCursorDefinition(p: Parser, line: number, name: string, options: string[]): DeclareCursorStatement {
  while (p.tok.type === TokenType.Word && CURSOR_OPTIONS.has(p.tok.upper)) options.push(p.next().upper);
  p.expect('FOR');
  const query = parseQuery(p);
  if (p.is('FOR') && p.isAt(1, 'UPDATE')) {
    p.pos += 2;
    const forUpdate: string[] = [];
    if (p.accept('OF')) {
      do forUpdate.push(p.identifier());
      while (p.accept(','));
    }
    return { kind: 'declareCursor', line, name, options, query, forUpdate };
  }
  if (p.is('FOR') && p.isAt(1, 'READ') && p.isAt(2, 'ONLY')) {
    p.pos += 3;
    options.push('READ_ONLY');
  }
  return { kind: 'declareCursor', line, name, options, query };
}

const ON_OFF = new Set([
  'NOCOUNT', 'ANSI_NULLS', 'ANSI_NULL_DFLT_ON', 'ANSI_NULL_DFLT_OFF', 'ANSI_PADDING', 'ANSI_WARNINGS',
  'ANSI_DEFAULTS', 'ARITHABORT', 'ARITHIGNORE', 'CONCAT_NULL_YIELDS_NULL', 'QUOTED_IDENTIFIER',
  'IMPLICIT_TRANSACTIONS', 'CURSOR_CLOSE_ON_COMMIT', 'XACT_ABORT', 'NUMERIC_ROUNDABORT', 'FMTONLY',
  'NOEXEC', 'PARSEONLY', 'FORCEPLAN', 'SHOWPLAN_ALL', 'SHOWPLAN_TEXT', 'SHOWPLAN_XML', 'NO_BROWSETABLE',
  'REMOTE_PROC_TRANSACTIONS', 'XACT_ABORT', 'STATISTICS IO', 'STATISTICS TIME', 'STATISTICS XML',
  'STATISTICS PROFILE',
]);
const NUMERIC = new Set(['TEXTSIZE', 'ROWCOUNT', 'DATEFIRST', 'LOCK_TIMEOUT', 'QUERY_GOVERNOR_COST_LIMIT']);
const WORD = new Set(['DATEFORMAT', 'LANGUAGE', 'DEADLOCK_PRIORITY', 'CONTEXT_INFO']);

type SetStatement = SetVariableStatement | SetCursorVariableStatement | SetOptionStatement | SetTransactionIsolationStatement | SetIdentityInsertStatement;

export function parseSet(p: Parser): SetStatement {
  const line = p.expect('SET').line;
  const t = p.tok;
  if (t.type === TokenType.Variable) {
    p.next();
    if (!isAssignOp(p)) throw p.error();
    const op = p.next().value as AssignOp;
    if (op === '=' && p.is('CURSOR')) {
      p.next();
      return { kind: 'setCursorVariable', line, name: t.value, cursor: parseCursorDefinition(p, line, t.value, []) };
    }
    return { kind: 'setVariable', line, name: t.value, op, value: parseScalar(p) };
  }
  if (p.acceptSeq('TRANSACTION', 'ISOLATION', 'LEVEL')) return { kind: 'setTransactionIsolation', line, level: isolationLevel(p) };
  if (p.accept('IDENTITY_INSERT')) {
    const table = p.objectName();
    return { kind: 'setIdentityInsert', line, table, on: onOff(p) };
  }
  const first = optionName(p);
  if (NUMERIC.has(first) || WORD.has(first)) {
    const value = NUMERIC.has(first) ? numericValue(p) : wordValue(p, first);
    return { kind: 'setOption', line, options: [first], value };
  }
  const options = [first];
  while (p.accept(',')) {
    const name = optionName(p);
    if (!ON_OFF.has(name)) throw p.error(p.peek(-1));
    options.push(name);
  }
  return { kind: 'setOption', line, options, value: onOffValue(p) };
}

function optionName(p: Parser): string {
  const t = p.tok;
  if (t.type !== TokenType.Word) throw p.error();
  p.next();
  let name = t.upper;
  if (name === 'STATISTICS') {
    const what = p.tok.upper;
    if (what !== 'IO' && what !== 'TIME' && what !== 'XML' && what !== 'PROFILE') throw p.error();
    p.next();
    name += ' ' + what;
  }
  if (!ON_OFF.has(name) && !NUMERIC.has(name) && !WORD.has(name)) throw p.error(t);
  return name;
}

function onOff(p: Parser): boolean {
  if (p.accept('ON')) return true;
  p.expect('OFF');
  return false;
}

function onOffValue(p: Parser): OptionValue {
  return { kind: 'onOff', on: onOff(p) };
}

function numericValue(p: Parser): OptionValue {
  const t = p.tok;
  if (t.type === TokenType.Variable) {
    p.next();
    return { kind: 'variable', name: t.value };
  }
  const negative = p.accept('-');
  const n = p.tok;
  if (n.type !== TokenType.Integer) throw p.error();
  p.next();
  return { kind: 'number', value: negative ? -Number(n.value) : Number(n.value) };
}

function wordValue(p: Parser, option: string): OptionValue {
  const t = p.tok;
  switch (t.type) {
    case TokenType.Variable: p.next(); return { kind: 'variable', name: t.value };
    case TokenType.String: p.next(); return { kind: 'string', value: t.value, unicode: t.unicode };
    case TokenType.QuotedIdent: p.next(); return { kind: 'word', value: t.value };
    case TokenType.Binary:
      if (option !== 'CONTEXT_INFO') throw p.error();
      p.next();
      return { kind: 'binary', hex: t.value };
    case TokenType.Word:
      if (option === 'CONTEXT_INFO') throw p.error();
      p.next();
      return { kind: 'word', value: t.upper };
    default:
      if (option === 'DEADLOCK_PRIORITY') return numericValue(p);
      throw p.error();
  }
}

function isolationLevel(p: Parser): IsolationLevel {
  if (p.acceptSeq('READ', 'UNCOMMITTED')) return 'read uncommitted';
  if (p.acceptSeq('READ', 'COMMITTED')) return 'read committed';
  if (p.acceptSeq('REPEATABLE', 'READ')) return 'repeatable read';
  if (p.accept('SNAPSHOT')) return 'snapshot';
  p.expect('SERIALIZABLE');
  return 'serializable';
}
