// CREATE [OR ALTER] / ALTER of VIEW, PROCEDURE and FUNCTION. Their bodies run to the end of the
// batch (SQL Server requires them to be the batch's only statement), and the batch text is kept as
// the module's definition.
import type {
  CreateMode, FunctionReturns, FunctionStatement, ProcedureStatement, RoutineParam, Statement, ViewStatement,
} from '../ast';
import { TokenType } from '../lexer';
import { parseDataType } from './data-types';
import { parseArgValue } from './exec';
import type { Parser } from './parser';
import { parseQuery } from './select';
import { parseStatementsUntil } from './statements';
import { parseTableDefinition } from './table-definition';

export function parseView(p: Parser, line: number, mode: CreateMode): ViewStatement {
  p.expect('VIEW');
  const name = p.objectName();
  const columns = p.is('(') ? p.identifierList() : [];
  const options = p.accept('WITH') ? routineOptions(p) : [];
  p.expect('AS');
  const query = parseQuery(p);
  const checkOption = p.acceptSeq('WITH', 'CHECK', 'OPTION');
  return { kind: 'createView', line, mode, name, columns, options, query, checkOption, sourceText: p.text };
}

export function parseProcedure(p: Parser, line: number, mode: CreateMode): ProcedureStatement {
  p.next();
  const name = p.objectName();
  if (p.accept(';')) {
    if (p.tok.type !== TokenType.Integer) throw p.error();
    p.next();
  }
  let params: RoutineParam[] = [];
  if (p.is('(')) {
    p.next();
    if (!p.is(')')) params = parseParams(p, true);
    p.expect(')');
  } else if (p.tok.type === TokenType.Variable) {
    params = parseParams(p, true);
  }
  const options = p.accept('WITH') ? routineOptions(p) : [];
  p.acceptSeq('FOR', 'REPLICATION');
  p.expect('AS');
  const body = parseStatementsUntil(p, () => p.atEof);
  if (body.length === 0) throw p.error();
  return { kind: 'createProcedure', line, mode, name, params, options, body, sourceText: p.text };
}

export function parseFunction(p: Parser, line: number, mode: CreateMode): FunctionStatement {
  p.expect('FUNCTION');
  const name = p.objectName();
  p.expect('(');
  const params = p.is(')') ? [] : parseParams(p, false);
  p.expect(')');
  p.expect('RETURNS');
  let returns: FunctionReturns;
  let options: string[] = [];
  const afterHeader = (): void => {
    options = p.accept('WITH') ? routineOptions(p) : [];
    p.accept('AS');
  };
  if (p.accept('TABLE')) {
    afterHeader();
    p.expect('RETURN');
    returns = { kind: 'inlineTable', query: parseQuery(p) };
  } else if (p.tok.type === TokenType.Variable) {
    const variable = p.next().value;
    p.expect('TABLE');
    const definition = parseTableDefinition(p);
    afterHeader();
    returns = { kind: 'multiStatementTable', variable, definition, body: beginEndBody(p) };
  } else {
    const type = parseDataType(p, 'declare');
    afterHeader();
    returns = { kind: 'scalar', type, body: beginEndBody(p) };
  }
  return { kind: 'createFunction', line, mode, name, params, options, returns, sourceText: p.text };
}

function beginEndBody(p: Parser): Statement[] {
  p.expect('BEGIN');
  const body = parseStatementsUntil(p, () => p.is('END'));
  p.expect('END');
  return body;
}

function parseParams(p: Parser, procedure: boolean): RoutineParam[] {
  const out: RoutineParam[] = [];
  do {
    const t = p.tok;
    if (t.type !== TokenType.Variable) throw p.error();
    p.next();
    p.accept('AS');
    const type = procedure && p.is('CURSOR') ? cursorType(p) : parseDataType(p, 'declare');
    const varying = p.accept('VARYING');
    p.accept('NULL');
    const def = p.accept('=') ? parseArgValue(p) : undefined;
    let output = false;
    let readonly = false;
    for (;;) {
      if (p.accept('OUTPUT') || p.accept('OUT')) output = true;
      else if (p.accept('READONLY')) readonly = true;
      else break;
    }
    out.push({ name: t.value, type, output, readonly, varying, ...(def ? { default: def } : {}) });
  } while (p.accept(','));
  return out;
}

function cursorType(p: Parser): RoutineParam['type'] {
  p.expect('CURSOR');
  return { kind: 'userType', name: { name: 'cursor' }, args: [] };
}

/** WITH options of views and routines, normalised: 'RECOMPILE', 'EXECUTE AS OWNER'. */
function routineOptions(p: Parser): string[] {
  const out: string[] = [];
  do {
    const t = p.tok;
    if (t.type !== TokenType.Word) throw p.error();
    p.next();
    let text = t.upper;
    if (text === 'EXECUTE' || text === 'EXEC') {
      p.expect('AS');
      const who = p.next();
      text = `EXECUTE AS ${who.type === TokenType.String ? `'${who.value.replace(/'/g, "''")}'` : who.upper}`;
    } else if (text === 'RETURNS' || text === 'CALLED') {
      const words: string[] = [text];
      while (!p.is('INPUT') && !p.atEof) words.push(p.next().upper);
      words.push(p.expect('INPUT').upper);
      text = words.join(' ');
    } else if (p.accept('=')) {
      text += ` = ${p.next().upper}`;
    }
    out.push(text);
  } while (p.accept(','));
  return out;
}
