// The statement dispatcher: one switch on the first word. Statement lists (batches, blocks,
// procedure bodies) allow any number of ';' between statements.
import { sqlError } from '../../errors/catalog';
import type { CommonTableExpr, CreateMode, Statement } from '../ast';
import { TokenType } from '../lexer';
import { withLine } from '../syntax-error';
import {
  parseBlock, parseIf, parsePrint, parseRaiserror, parseReturn, parseThrow, parseTryCatch, parseWaitfor, parseWhile,
} from './control-flow';
import { parseDeclare, parseSet } from './declare-set';
import { parseDelete, parseInsert, parseMerge, parseUpdate } from './dml';
import { parseInsertBulk } from './insert-bulk';
import { parseAlterIndex, parseUpdateStatistics } from './maintenance';
import { parseAlterLogin, parseAlterRole, parseCreateLogin, parseCreateRole, parseCreateSchema, parseCredential, parsePermission, parseUser } from './ddl-security';
import { parseFunction, parseProcedure, parseView } from './ddl-routines';
import { parseAlterTable, parseCreateIndex, parseCreateTable, parseDropIndex, parseTruncate } from './ddl-table';
import { parseExec, parseProcedureCall } from './exec';
import {
  parseAlterDatabase, parseClose, parseCreateDatabase, parseDbcc, parseDeallocate, parseDrop, parseFetch, parseKill,
  parseOpen, parseReconfigure, parseSimpleCommand, parseUse,
} from './misc';
import type { Parser } from './parser';
import { parseQuery, parseQueryTail, parseWith, startsQuery } from './select';
import { parseBackup, parseRestore } from './backup';
import { parseBeginTransaction, parseCommit, parseRollback, parseSave } from './transactions';

/** Statements up to (not including) the point where `stop` holds or the batch ends. */
export function parseStatementsUntil(p: Parser, stop: () => boolean): Statement[] {
  const out: Statement[] = [];
  let terminated = true;
  for (;;) {
    while (p.accept(';')) terminated = true;
    if (p.atEof || stop()) return out;
    if (p.is('WITH') && !terminated) throw p.errorAt(sqlError(319));
    out.push(parseStatement(p));
    terminated = p.is(';');
  }
}

/** A whole batch: as above, plus SQL Server's batch-level rules (bare procedure call, CREATE first). */
export function parseBatchStatements(p: Parser): Statement[] {
  const out: Statement[] = [];
  // "If the first statement in a batch is a procedure name, EXECUTE can be omitted."
  if (p.isIdentifier() && !p.isAt(1, ':') && p.tok.upper !== 'THROW') out.push(parseProcedureCall(p, p.tok.line));
  for (const s of parseStatementsUntil(p, () => false)) {
    if (out.length > 0) checkFirstInBatch(s);
    out.push(s);
  }
  // "Insert bulk cannot be used in a multi-statement batch." (428)
  const bulk = out.find((s) => s.kind === 'insertBulk');
  if (bulk && out.length > 1) throw withLine(sqlError(428), bulk.line);
  return out;
}

const FIRST_IN_BATCH: Partial<Record<Statement['kind'], (s: Statement) => string>> = {
  createView: (s) => (s.kind === 'createView' && s.mode === 'alter' ? 'ALTER VIEW' : 'CREATE VIEW'),
  createProcedure: () => 'CREATE/ALTER PROCEDURE',
  createFunction: (s) => (s.kind === 'createFunction' && s.mode === 'alter' ? 'ALTER FUNCTION' : 'CREATE FUNCTION'),
};

function checkFirstInBatch(s: Statement): void {
  const name = FIRST_IN_BATCH[s.kind];
  if (name) throw withLine(sqlError(111, name(s)), s.line);
}

export function parseStatement(p: Parser): Statement {
  const t = p.tok;
  if (t.type === TokenType.Punct && t.value === '(' && startsQuery(p)) {
    return { kind: 'select', line: t.line, query: parseQuery(p) };
  }
  if (t.type !== TokenType.Word) throw p.error();
  if (!t.keyword) return parseNonReservedStart(p);
  switch (t.upper) {
    case 'SELECT': return { kind: 'select', line: t.line, query: parseQuery(p) };
    case 'WITH': return parseWithStatement(p);
    case 'INSERT': return p.isAt(1, 'BULK') ? parseInsertBulk(p) : parseInsert(p, []);
    case 'UPDATE': return p.isAt(1, 'STATISTICS') ? parseUpdateStatistics(p) : parseUpdate(p, []);
    case 'DELETE': return parseDelete(p, []);
    case 'MERGE': return parseMerge(p, []);
    case 'DECLARE': return parseDeclare(p);
    case 'SET': return parseSet(p);
    case 'IF': return parseIf(p);
    case 'WHILE': return parseWhile(p);
    case 'BEGIN': return parseBegin(p);
    case 'BREAK': p.next(); return { kind: 'break', line: t.line };
    case 'CONTINUE': p.next(); return { kind: 'continue', line: t.line };
    case 'RETURN': return parseReturn(p);
    case 'GOTO': p.next(); return { kind: 'goto', line: t.line, label: p.identifier() };
    case 'PRINT': return parsePrint(p);
    case 'RAISERROR': return parseRaiserror(p);
    case 'WAITFOR': return parseWaitfor(p);
    case 'USE': return parseUse(p);
    case 'COMMIT': return parseCommit(p);
    case 'ROLLBACK': return parseRollback(p);
    case 'SAVE': return parseSave(p);
    case 'EXEC':
    case 'EXECUTE': return parseExec(p);
    case 'CREATE': return parseCreate(p);
    case 'ALTER': return parseAlter(p);
    case 'DROP': return parseDropStatement(p);
    case 'TRUNCATE': return parseTruncate(p);
    case 'DBCC': return parseDbcc(p);
    case 'BACKUP': return parseBackup(p);
    case 'RESTORE': return parseRestore(p);
    case 'KILL': return parseKill(p);
    case 'RECONFIGURE': return parseReconfigure(p);
    case 'CHECKPOINT':
    case 'SHUTDOWN': return parseSimpleCommand(p);
    case 'REVERT': p.next(); return { kind: 'revert', line: t.line };
    case 'OPEN': return parseOpen(p);
    case 'FETCH': return parseFetch(p);
    case 'CLOSE': return parseClose(p);
    case 'DEALLOCATE': return parseDeallocate(p);
    case 'GRANT':
    case 'DENY':
    case 'REVOKE': return parsePermission(p);
    default: throw p.error();
  }
}

function parseNonReservedStart(p: Parser): Statement {
  const t = p.tok;
  if (p.isAt(1, ':')) {
    p.pos += 2;
    return { kind: 'label', line: t.line, name: t.value };
  }
  if (t.upper === 'THROW') return parseThrow(p);
  throw p.error();
}

function parseWithStatement(p: Parser): Statement {
  const line = p.tok.line;
  const ctes: CommonTableExpr[] = parseWith(p);
  switch (p.tok.upper) {
    case 'INSERT': return { ...parseInsert(p, ctes), line };
    case 'UPDATE': return { ...parseUpdate(p, ctes), line };
    case 'DELETE': return { ...parseDelete(p, ctes), line };
    case 'MERGE': return { ...parseMerge(p, ctes), line };
    default:
      if (!p.is('SELECT') && !p.is('(')) throw p.error();
      return { kind: 'select', line, query: parseQueryTail(p, line, ctes) };
  }
}

function parseBegin(p: Parser): Statement {
  const next = p.peek(1);
  if (next.type === TokenType.Word) {
    if (next.upper === 'TRY') return parseTryCatch(p);
    if (next.upper === 'TRAN' || next.upper === 'TRANSACTION' || next.upper === 'DISTRIBUTED') return parseBeginTransaction(p);
  }
  return parseBlock(p);
}

function parseCreate(p: Parser): Statement {
  const line = p.expect('CREATE').line;
  let mode: CreateMode = 'create';
  if (p.acceptSeq('OR', 'ALTER')) mode = 'createOrAlter';
  const w = p.tok.upper;
  if (p.tok.type !== TokenType.Word) throw p.error();
  switch (w) {
    case 'VIEW': return parseView(p, line, mode);
    case 'PROC':
    case 'PROCEDURE': return parseProcedure(p, line, mode);
    case 'FUNCTION': return parseFunction(p, line, mode);
  }
  if (mode !== 'create') throw p.error();
  switch (w) {
    case 'TABLE': return parseCreateTable(p, line);
    case 'UNIQUE':
    case 'CLUSTERED':
    case 'NONCLUSTERED':
    case 'INDEX': return parseCreateIndex(p, line);
    case 'DATABASE': return parseCreateDatabase(p, line);
    case 'LOGIN': return parseCreateLogin(p, line);
    case 'USER': return parseUser(p, line, 'create');
    case 'ROLE': return parseCreateRole(p, line, false);
    case 'SCHEMA': return parseCreateSchema(p, line);
    case 'CREDENTIAL': return parseCredential(p, line, 'create');
    case 'SERVER':
      p.next();
      return parseCreateRole(p, line, true);
    default: throw p.error();
  }
}

function parseAlter(p: Parser): Statement {
  const line = p.expect('ALTER').line;
  if (p.tok.type !== TokenType.Word) throw p.error();
  switch (p.tok.upper) {
    case 'VIEW': return parseView(p, line, 'alter');
    case 'PROC':
    case 'PROCEDURE': return parseProcedure(p, line, 'alter');
    case 'FUNCTION': return parseFunction(p, line, 'alter');
    case 'TABLE': return parseAlterTable(p, line);
    case 'INDEX': return parseAlterIndex(p, line);
    case 'DATABASE': return parseAlterDatabase(p, line);
    case 'LOGIN': return parseAlterLogin(p, line);
    case 'USER': return parseUser(p, line, 'alter');
    case 'ROLE': return parseAlterRole(p, line, false);
    case 'CREDENTIAL': return parseCredential(p, line, 'alter');
    case 'SERVER':
      p.next();
      return parseAlterRole(p, line, true);
    default: throw p.error();
  }
}

function parseDropStatement(p: Parser): Statement {
  const line = p.expect('DROP').line;
  if (p.accept('INDEX')) return parseDropIndex(p, line, p.acceptSeq('IF', 'EXISTS'));
  return parseDrop(p, line);
}
