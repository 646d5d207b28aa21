// Smaller statements: USE, cursors (OPEN/FETCH/CLOSE/DEALLOCATE), DBCC, KILL, CHECKPOINT,
// RECONFIGURE, SHUTDOWN, REVERT, CREATE/ALTER DATABASE and the generic DROP.
import type {
  AlterDatabaseStatement, CloseCursorStatement, CreateDatabaseStatement, DbccStatement, DeallocateCursorStatement,
  DropObjectType, DropStatement, Expr, FetchCursorStatement, FetchDirection, KillStatement, KillTarget, ObjectName,
  OpenCursorStatement, OptionSetting, ReconfigureStatement, SimpleCommandStatement, UseStatement,
} from '../ast';
import { TokenType } from '../lexer';
import { parseCursorRef } from './dml';
import { parseArgValue } from './exec';
import { parseScalar } from './expressions';
import { parseOptionList } from './options';
import type { Parser } from './parser';

export function parseUse(p: Parser): UseStatement {
  const line = p.expect('USE').line;
  return { kind: 'use', line, database: p.identifier() };
}

export function parseOpen(p: Parser): OpenCursorStatement {
  const line = p.expect('OPEN').line;
  return { kind: 'openCursor', line, cursor: parseCursorRef(p) };
}

export function parseClose(p: Parser): CloseCursorStatement {
  const line = p.expect('CLOSE').line;
  return { kind: 'closeCursor', line, cursor: parseCursorRef(p) };
}

export function parseDeallocate(p: Parser): DeallocateCursorStatement {
  const line = p.expect('DEALLOCATE').line;
  return { kind: 'deallocateCursor', line, cursor: parseCursorRef(p) };
}

const DIRECTIONS = new Set(['NEXT', 'PRIOR', 'FIRST', 'LAST', 'ABSOLUTE', 'RELATIVE']);

export function parseFetch(p: Parser): FetchCursorStatement {
  const line = p.expect('FETCH').line;
  let direction: FetchDirection = 'next';
  let offset: Expr | undefined;
  if (p.tok.type === TokenType.Word && DIRECTIONS.has(p.tok.upper)) {
    direction = p.next().upper.toLowerCase() as FetchDirection;
    if (direction === 'absolute' || direction === 'relative') offset = parseScalar(p);
    p.expect('FROM');
  } else {
    p.accept('FROM');
  }
  const cursor = parseCursorRef(p);
  const into: string[] = [];
  if (p.accept('INTO')) {
    do {
      const t = p.tok;
      if (t.type !== TokenType.Variable) throw p.error();
      into.push(p.next().value);
    } while (p.accept(','));
  }
  return { kind: 'fetchCursor', line, direction, cursor, into, ...(offset ? { offset } : {}) };
}

export function parseDbcc(p: Parser): DbccStatement {
  const line = p.expect('DBCC').line;
  const t = p.tok;
  if (t.type !== TokenType.Word) throw p.error();
  p.next();
  const args: Expr[] = [];
  if (p.accept('(')) {
    if (!p.is(')')) {
      do args.push(parseArgValue(p));
      while (p.accept(','));
    }
    p.expect(')');
  }
  const options: string[] = [];
  if (p.accept('WITH')) {
    do {
      const o = p.tok;
      if (o.type !== TokenType.Word) throw p.error();
      options.push(p.next().upper);
    } while (p.accept(','));
  }
  return { kind: 'dbcc', line, command: t.upper, args, options };
}

export function parseKill(p: Parser): KillStatement {
  const line = p.expect('KILL').line;
  const negative = p.accept('-');
  const t = p.tok;
  let target: KillTarget;
  if (t.type === TokenType.Integer) target = { kind: 'session', sessionId: negative ? -Number(t.value) : Number(t.value) };
  else if (t.type === TokenType.String && !negative) target = { kind: 'uow', uow: t.value };
  else throw p.error();
  p.next();
  let option: KillStatement['option'] = 'none';
  if (p.acceptSeq('WITH', 'STATUSONLY')) option = 'statusOnly';
  else if (p.acceptSeq('WITH', 'COMMIT')) option = 'commit';
  else if (p.acceptSeq('WITH', 'ROLLBACK')) option = 'rollback';
  return { kind: 'kill', line, target, option };
}

export function parseReconfigure(p: Parser): ReconfigureStatement {
  const line = p.expect('RECONFIGURE').line;
  return { kind: 'reconfigure', line, override: p.acceptSeq('WITH', 'OVERRIDE') };
}

export function parseSimpleCommand(p: Parser): SimpleCommandStatement {
  const t = p.next();
  const line = t.line;
  if (t.upper === 'SHUTDOWN') {
    if (p.acceptSeq('WITH', 'NOWAIT')) return { kind: 'simpleCommand', line, command: 'SHUTDOWN WITH NOWAIT' };
    return { kind: 'simpleCommand', line, command: 'SHUTDOWN' };
  }
  return { kind: 'simpleCommand', line, command: 'CHECKPOINT' };
}

export function parseCreateDatabase(p: Parser, line: number): CreateDatabaseStatement {
  p.expect('DATABASE');
  const name = p.identifier();
  if (p.accept('CONTAINMENT')) {
    p.expect('=');
    p.next();
  }
  if (p.accept('ON')) {
    p.accept('PRIMARY');
    skipFileSpecs(p);
    if (p.acceptSeq('LOG', 'ON')) skipFileSpecs(p);
  }
  const collation = p.accept('COLLATE') ? p.anyWord() : undefined;
  let options: OptionSetting[] = [];
  if (p.accept('WITH')) options = parseOptionList(p);
  return { kind: 'createDatabase', line, name, options, ...(collation !== undefined ? { collation } : {}) };
}

/** ( NAME = x, FILENAME = '...', SIZE = 10MB ) [, ...]: file placement has no meaning here. */
function skipFileSpecs(p: Parser): void {
  do {
    p.expect('(');
    p.balancedText();
  } while (p.accept(','));
}

export function parseAlterDatabase(p: Parser, line: number): AlterDatabaseStatement {
  p.expect('DATABASE');
  const name = p.accept('CURRENT') ? undefined : p.identifier();
  const named = name !== undefined ? { name } : {};
  if (p.accept('SET')) {
    const options = parseOptionList(p);
    let termination: string | undefined;
    if (p.accept('WITH')) {
      if (p.acceptSeq('ROLLBACK', 'IMMEDIATE')) termination = 'ROLLBACK IMMEDIATE';
      else if (p.acceptSeq('ROLLBACK', 'AFTER')) {
        const t = p.tok;
        if (t.type !== TokenType.Integer) throw p.error();
        p.next();
        p.accept('SECONDS');
        termination = `ROLLBACK AFTER ${t.value}`;
      } else {
        p.expect('NO_WAIT');
        termination = 'NO_WAIT';
      }
    }
    return { kind: 'alterDatabase', line, ...named, action: { kind: 'set', options, ...(termination ? { termination } : {}) } };
  }
  if (p.acceptSeq('MODIFY', 'NAME')) {
    p.expect('=');
    return { kind: 'alterDatabase', line, ...named, action: { kind: 'modifyName', newName: p.identifier() } };
  }
  p.expect('COLLATE');
  return { kind: 'alterDatabase', line, ...named, action: { kind: 'collate', collation: p.anyWord() } };
}

const DROPPABLE: Record<string, DropObjectType> = {
  TABLE: 'TABLE', VIEW: 'VIEW', PROC: 'PROCEDURE', PROCEDURE: 'PROCEDURE', FUNCTION: 'FUNCTION',
  DATABASE: 'DATABASE', LOGIN: 'LOGIN', USER: 'USER', ROLE: 'ROLE', SCHEMA: 'SCHEMA', TRIGGER: 'TRIGGER',
  TYPE: 'TYPE', SYNONYM: 'SYNONYM', SEQUENCE: 'SEQUENCE', CREDENTIAL: 'CREDENTIAL',
};

/** DROP <type> [IF EXISTS] name [, name ...] (the word after DROP not yet consumed). */
export function parseDrop(p: Parser, line: number): DropStatement {
  let objectType: DropObjectType | undefined;
  if (p.is('SERVER') && p.isAt(1, 'ROLE')) {
    p.pos += 2;
    objectType = 'SERVER ROLE';
  } else {
    objectType = DROPPABLE[p.tok.upper];
    if (!objectType || p.tok.type !== TokenType.Word) throw p.error();
    p.next();
  }
  const ifExists = p.acceptSeq('IF', 'EXISTS');
  const names: ObjectName[] = [];
  const singlePart = objectType === 'DATABASE' || objectType === 'LOGIN' || objectType === 'USER' ||
    objectType === 'ROLE' || objectType === 'SERVER ROLE' || objectType === 'SCHEMA' || objectType === 'CREDENTIAL';
  do names.push(singlePart ? { name: p.identifier() } : p.objectName());
  while (p.accept(','));
  return { kind: 'drop', line, objectType, ifExists, names };
}
