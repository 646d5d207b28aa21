// INSERT, UPDATE, DELETE, MERGE and their OUTPUT clauses. `ctes` is the WITH list the statement
// dispatcher already read.
import { sqlError } from '../../errors/catalog';
import type {
  AssignOp, ColumnRef, CommonTableExpr, DeleteStatement, Expr, InsertSource, InsertStatement, MergeAction, MergeStatement,
  MergeWhen, OutputClause, UpdateSetItem, UpdateStatement, CursorRef, TableSource,
} from '../ast';
import { TokenType } from '../lexer';
import { parseCondition, parseScalar } from './expressions';
import { parseExec } from './exec';
import type { Parser } from './parser';
import { isAssignOp, parseQuery, parseSelectItems, parseTop, startsQuery } from './select';
import { parseDmlTarget, parseTableSources, parseTablePrimary, parseValuesRows, tableAlias } from './table-sources';

export function parseInsert(p: Parser, ctes: readonly CommonTableExpr[]): InsertStatement {
  const line = p.expect('INSERT').line;
  const top = p.is('TOP') ? parseTop(p) : undefined;
  p.accept('INTO');
  const target = parseDmlTarget(p);
  const columns = p.is('(') && !startsQuery(p) ? p.identifierList() : [];
  const output = parseOutputs(p);
  let source: InsertSource;
  if (p.accept('VALUES')) source = { kind: 'values', rows: parseValuesRows(p, true) };
  else if (p.acceptSeq('DEFAULT', 'VALUES')) source = { kind: 'defaultValues' };
  else if (p.is('EXEC') || p.is('EXECUTE')) {
    const at = p.tok;
    const exec = parseExec(p);
    if (exec.kind === 'executeAs') throw p.error(at);
    source = { kind: 'exec', exec };
  } else if (startsQuery(p)) source = { kind: 'query', query: parseQuery(p) };
  else throw p.error();
  return { kind: 'insert', line, with: ctes, target, columns, output, source, ...(top ? { top } : {}) };
}

export function parseUpdate(p: Parser, ctes: readonly CommonTableExpr[]): UpdateStatement {
  const line = p.expect('UPDATE').line;
  const top = p.is('TOP') ? parseTop(p) : undefined;
  const target = parseDmlTarget(p);
  p.expect('SET');
  const set = parseSetItems(p);
  const output = parseOutputs(p);
  const from: TableSource[] = p.accept('FROM') ? parseTableSources(p) : [];
  const w = parseWhereOrCurrentOf(p);
  skipOption(p);
  return { kind: 'update', line, with: ctes, target, set, output, from, ...w, ...(top ? { top } : {}) };
}

export function parseDelete(p: Parser, ctes: readonly CommonTableExpr[]): DeleteStatement {
  const line = p.expect('DELETE').line;
  const top = p.is('TOP') ? parseTop(p) : undefined;
  p.accept('FROM');
  const target = parseDmlTarget(p);
  const output = parseOutputs(p);
  const from: TableSource[] = p.accept('FROM') ? parseTableSources(p) : [];
  const w = parseWhereOrCurrentOf(p);
  skipOption(p);
  return { kind: 'delete', line, with: ctes, target, output, from, ...w, ...(top ? { top } : {}) };
}

/** Query hints on DML change plans only, so they are accepted and dropped. */
function skipOption(p: Parser): void {
  if (p.is('OPTION') && p.isAt(1, '(')) {
    p.pos += 2;
    p.balancedList();
  }
}

function parseWhereOrCurrentOf(p: Parser): { where?: Expr; currentOf?: CursorRef } {
  if (!p.accept('WHERE')) return {};
  if (p.acceptSeq('CURRENT', 'OF')) return { currentOf: parseCursorRef(p) };
  return { where: parseCondition(p) };
}

export function parseCursorRef(p: Parser): CursorRef {
  const global = p.is('GLOBAL') && (p.isIdentifier(p.peek(1)) || p.peek(1).type === TokenType.Variable);
  if (global) p.next();
  const t = p.tok;
  if (t.type === TokenType.Variable) {
    p.next();
    return { name: t.value, global };
  }
  return { name: p.identifier(), global };
}

export function parseSetItems(p: Parser): UpdateSetItem[] {
  const items: UpdateSetItem[] = [];
  do items.push(parseSetItem(p));
  while (p.accept(','));
  return items;
}

function parseSetItem(p: Parser): UpdateSetItem {
  const t = p.tok;
  if (t.type === TokenType.Variable) {
    p.next();
    if (!isAssignOp(p)) throw p.error();
    const op = p.next().value as AssignOp;
    if (op === '=' && p.isIdentifier() && columnThenAssign(p)) {
      const column = parseColumn(p);
      const op2 = p.next().value as AssignOp;
      return { kind: 'variableColumn', variable: t.value, column, op: op2, value: parseScalar(p) };
    }
    return { kind: 'variable', variable: t.value, op, value: parseScalar(p) };
  }
  const column = parseColumn(p);
  if (!isAssignOp(p)) throw p.error();
  const op = p.next().value as AssignOp;
  return { kind: 'column', column, op, value: p.is('DEFAULT') ? { kind: 'default', line: p.next().line } : parseScalar(p) };
}

/** SET @v = col = expr: a (multi-part) column followed by an assignment operator. */
function columnThenAssign(p: Parser): boolean {
  let k = 0;
  while (p.isIdentifier(p.peek(k)) && p.isAt(k + 1, '.')) k += 2;
  return p.isIdentifier(p.peek(k)) && isAssignOp(p, k + 1);
}

function parseColumn(p: Parser): ColumnRef {
  const line = p.tok.line;
  const parts = [p.identifier()];
  while (p.accept('.')) parts.push(p.anyWord());
  const name = parts.pop()!;
  return { kind: 'column', line, qualifier: parts, name };
}

export function parseOutputs(p: Parser): OutputClause[] {
  const out: OutputClause[] = [];
  while (p.is('OUTPUT') && out.length < 2) {
    p.next();
    const items = parseSelectItems(p);
    if (p.accept('INTO')) {
      const target = parseDmlTarget(p);
      const columns = p.is('(') ? p.identifierList() : [];
      out.push({ items, into: { target, columns } });
    } else {
      out.push({ items });
    }
  }
  return out;
}

export function parseMerge(p: Parser, ctes: readonly CommonTableExpr[]): MergeStatement {
  const line = p.expect('MERGE').line;
  const top = p.is('TOP') ? parseTop(p) : undefined;
  p.accept('INTO');
  const target = parseDmlTarget(p);
  const targetAlias = p.is('USING') ? undefined : tableAlias(p, false);
  p.expect('USING');
  const source = parseTablePrimary(p);
  p.expect('ON');
  const on = parseCondition(p);
  const whens: MergeWhen[] = [];
  while (p.is('WHEN')) whens.push(parseMergeWhen(p));
  if (whens.length === 0) throw p.error();
  const output = parseOutputs(p);
  skipOption(p);
  if (!p.is(';')) throw p.errorAt(sqlError(10713));
  return {
    kind: 'merge', line, with: ctes, target, source, on, whens, output,
    ...(top ? { top } : {}),
    ...(targetAlias !== undefined ? { targetAlias } : {}),
  };
}

function parseMergeWhen(p: Parser): MergeWhen {
  p.expect('WHEN');
  let when: MergeWhen['when'] = 'matched';
  if (p.accept('NOT')) {
    p.expect('MATCHED');
    when = 'notMatchedByTarget';
    if (p.accept('BY')) {
      const w = p.next().upper;
      if (w === 'SOURCE') when = 'notMatchedBySource';
      else if (w !== 'TARGET') throw p.error(p.peek(-1));
    }
  } else {
    p.expect('MATCHED');
  }
  const condition = p.accept('AND') ? parseCondition(p) : undefined;
  p.expect('THEN');
  let action: MergeAction;
  if (p.accept('UPDATE')) {
    p.expect('SET');
    action = { kind: 'update', set: parseSetItems(p) };
  } else if (p.accept('DELETE')) {
    action = { kind: 'delete' };
  } else if (p.accept('INSERT')) {
    const columns = p.is('(') ? p.identifierList() : [];
    if (p.acceptSeq('DEFAULT', 'VALUES')) action = { kind: 'insert', columns };
    else {
      p.expect('VALUES');
      const rows = parseValuesRows(p, true);
      if (rows.length !== 1) throw p.error();
      action = { kind: 'insert', columns, values: rows[0]! };
    }
  } else {
    throw p.error();
  }
  return condition ? { when, condition, action } : { when, action };
}
