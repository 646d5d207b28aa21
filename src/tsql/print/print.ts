// AST -> canonical T-SQL for statements and batches. Used by tests (parse -> print -> parse gives
// the same tree), for logging, and to rebuild text for dynamic SQL and module definitions.
import type { Batch, Expr, Query, Statement, TransactionName, CursorRef, DeclareCursorStatement, UpdateSetItem, MergeWhen, InsertSource, DeclareItem, InsertBulkStatement } from '../ast';
import { printDdl } from './print-ddl';
import {
  ident, objectName, printExpr, printOptionValue, printOutputs, printQuery, printSelectItems, printSource,
  printTarget, printTop, printType, printWith, str,
} from './print-expr';

export { printExpr, printQuery, printType } from './print-expr';

/** Any printable node: a batch, a statement, an expression or a query. */
export function printNode(node: Batch | Statement | Expr | Query): string {
  if (!('kind' in node)) return printBatch(node);
  if (node.kind === 'query') return printQuery(node);
  if (isStatement(node)) return printStatement(node);
  return printExpr(node);
}

const EXPR_KINDS = new Set<string>([
  'literal', 'null', 'default', 'variable', 'global', 'column', 'pseudoColumn', 'datePart', 'unary', 'binary', 'compare',
  'logical', 'not', 'isNull', 'between', 'inList', 'inSubquery', 'like', 'exists', 'quantified', 'subquery', 'case',
  'cast', 'convert', 'call', 'niladic', 'nextValueFor', 'collate',
]);

function isStatement(node: Statement | Expr): node is Statement {
  return !EXPR_KINDS.has(node.kind);
}

export function printBatch(b: Batch): string {
  return printList(b.statements);
}

function printList(statements: readonly Statement[]): string {
  return statements.map((s) => `${printStatement(s)};`).join('\n');
}

function tranName(n: TransactionName | undefined): string {
  if (!n) return '';
  return ` ${n.kind === 'variable' ? n.name : ident(n.name)}`;
}

function cursorDefinition(s: DeclareCursorStatement): string {
  return `CURSOR${s.options.map((o) => ` ${o}`).join('')} FOR ${printQuery(s.query)}` +
    (s.forUpdate ? ` FOR UPDATE${s.forUpdate.length ? ` OF ${s.forUpdate.map(ident).join(', ')}` : ''}` : '');
}

function cursor(c: CursorRef): string {
  return `${c.global ? 'GLOBAL ' : ''}${c.name.startsWith('@') ? c.name : ident(c.name)}`;
}

function setItems(items: readonly UpdateSetItem[]): string {
  return items.map((i) => {
    switch (i.kind) {
      case 'column': return `${printExpr(i.column)} ${i.op} ${printExpr(i.value)}`;
      case 'variable': return `${i.variable} ${i.op} ${printExpr(i.value)}`;
      case 'variableColumn': return `${i.variable} = ${printExpr(i.column)} ${i.op} ${printExpr(i.value)}`;
    }
  }).join(', ');
}

function withPrefix(ctes: readonly import('../ast').CommonTableExpr[]): string {
  return ctes.length ? `${printWith(ctes)} ` : '';
}

function cols(names: readonly string[]): string {
  return names.length ? ` (${names.map(ident).join(', ')})` : '';
}

function rows(rs: readonly (readonly Expr[])[]): string {
  return rs.map((r) => `(${r.map((e) => printExpr(e)).join(', ')})`).join(', ');
}

function insertSource(s: InsertSource): string {
  switch (s.kind) {
    case 'values': return `VALUES ${rows(s.rows)}`;
    case 'query': return printQuery(s.query);
    case 'exec': return printStatement(s.exec);
    case 'defaultValues': return 'DEFAULT VALUES';
  }
}

function mergeWhen(w: MergeWhen): string {
  const head = w.when === 'matched' ? 'WHEN MATCHED' : w.when === 'notMatchedByTarget' ? 'WHEN NOT MATCHED BY TARGET' : 'WHEN NOT MATCHED BY SOURCE';
  const cond = w.condition ? ` AND ${printExpr(w.condition)}` : '';
  const a = w.action;
  const action = a.kind === 'update' ? `UPDATE SET ${setItems(a.set)}`
    : a.kind === 'delete' ? 'DELETE'
    : `INSERT${cols(a.columns)} ${a.values ? `VALUES (${a.values.map((e) => printExpr(e)).join(', ')})` : 'DEFAULT VALUES'}`;
  return `${head}${cond} THEN ${action}`;
}

function declareItem(d: DeclareItem): string {
  switch (d.kind) {
    case 'scalar': return `${d.name} ${printType(d.type)}${d.init ? ` = ${printExpr(d.init)}` : ''}`;
    case 'table': return `${d.name} TABLE ${printDdl.tableDefinition(d.definition)}`;
    case 'cursorVariable': return `${d.name} CURSOR`;
  }
}

function where(s: { where?: Expr; currentOf?: CursorRef }): string {
  if (s.currentOf) return ` WHERE CURRENT OF ${cursor(s.currentOf)}`;
  return s.where ? ` WHERE ${printExpr(s.where)}` : '';
}

export function printStatement(s: Statement): string {
  switch (s.kind) {
    case 'select': return printQuery(s.query);
    case 'insert':
      return `${withPrefix(s.with)}INSERT${s.top ? ` ${printTop(s.top)}` : ''} INTO ${printTarget(s.target)}${cols(s.columns)}` +
        `${printOutputs(s.output)} ${insertSource(s.source)}`;
    case 'insertBulk': return printInsertBulk(s);
    case 'update':
      return `${withPrefix(s.with)}UPDATE${s.top ? ` ${printTop(s.top)}` : ''} ${printTarget(s.target)} SET ${setItems(s.set)}` +
        `${printOutputs(s.output)}${s.from.length ? ` FROM ${s.from.map(printSource).join(', ')}` : ''}${where(s)}`;
    case 'delete':
      return `${withPrefix(s.with)}DELETE${s.top ? ` ${printTop(s.top)}` : ''} FROM ${printTarget(s.target)}${printOutputs(s.output)}` +
        `${s.from.length ? ` FROM ${s.from.map(printSource).join(', ')}` : ''}${where(s)}`;
    case 'merge':
      return `${withPrefix(s.with)}MERGE${s.top ? ` ${printTop(s.top)}` : ''} INTO ${printTarget(s.target)}` +
        `${s.targetAlias !== undefined ? ` AS ${ident(s.targetAlias)}` : ''} USING ${printSource(s.source)} ON ${printExpr(s.on)} ` +
        `${s.whens.map(mergeWhen).join(' ')}${printOutputs(s.output)};`;
    case 'truncateTable': return `TRUNCATE TABLE ${objectName(s.name)}`;
    case 'declare': return `DECLARE ${s.items.map(declareItem).join(', ')}`;
    case 'setVariable': return `SET ${s.name} ${s.op} ${printExpr(s.value)}`;
    case 'setOption': return `SET ${s.options.join(', ')} ${printOptionValue(s.value)}`;
    case 'setTransactionIsolation': return `SET TRANSACTION ISOLATION LEVEL ${s.level.toUpperCase()}`;
    case 'setIdentityInsert': return `SET IDENTITY_INSERT ${objectName(s.table)} ${s.on ? 'ON' : 'OFF'}`;
    case 'declareCursor': return `DECLARE ${ident(s.name)} ${cursorDefinition(s)}`;
    case 'setCursorVariable': return `SET ${s.name} = ${cursorDefinition(s.cursor)}`;
    case 'openCursor': return `OPEN ${cursor(s.cursor)}`;
    case 'fetchCursor':
      return `FETCH ${s.direction.toUpperCase()}${s.offset ? ` ${printExpr(s.offset)}` : ''} FROM ${cursor(s.cursor)}` +
        (s.into.length ? ` INTO ${s.into.join(', ')}` : '');
    case 'closeCursor': return `CLOSE ${cursor(s.cursor)}`;
    case 'deallocateCursor': return `DEALLOCATE ${cursor(s.cursor)}`;
    case 'block': return `BEGIN\n${indent(printList(s.statements))}\nEND`;
    case 'if':
      return `IF ${printExpr(s.condition)}\n${indent(printStatement(s.then))}` + (s.else ? `\nELSE\n${indent(printStatement(s.else))}` : '');
    case 'while': return `WHILE ${printExpr(s.condition)}\n${indent(printStatement(s.body))}`;
    case 'break': return 'BREAK';
    case 'continue': return 'CONTINUE';
    case 'return': return s.value ? `RETURN ${printExpr(s.value)}` : 'RETURN';
    case 'goto': return `GOTO ${ident(s.label)}`;
    case 'label': return `${ident(s.name)}:`;
    case 'tryCatch':
      return `BEGIN TRY\n${indent(printList(s.tryBlock))}\nEND TRY\nBEGIN CATCH\n${indent(printList(s.catchBlock))}\nEND CATCH`;
    case 'print': return `PRINT ${printExpr(s.value)}`;
    case 'raiserror':
      return `RAISERROR(${[s.message, s.severity, s.state, ...s.args].map((e) => printExpr(e)).join(', ')})` +
        (s.options.length ? ` WITH ${s.options.join(', ')}` : '');
    case 'throw':
      return s.args ? `THROW ${printExpr(s.args.number)}, ${printExpr(s.args.message)}, ${printExpr(s.args.state)}` : 'THROW';
    case 'waitfor': return `WAITFOR ${s.mode.toUpperCase()} ${printExpr(s.value)}`;
    case 'use': return `USE ${ident(s.database)}`;
    case 'beginTransaction':
      return `BEGIN ${s.distributed ? 'DISTRIBUTED ' : ''}TRANSACTION${tranName(s.name)}` +
        (s.mark ? ` WITH MARK${s.mark.description !== undefined ? ` ${str(s.mark.description)}` : ''}` : '');
    case 'commitTransaction': return `COMMIT TRANSACTION${tranName(s.name)}`;
    case 'rollbackTransaction': return `ROLLBACK TRANSACTION${tranName(s.name)}`;
    case 'saveTransaction': return `SAVE TRANSACTION${tranName(s.name)}`;
    case 'exec': {
      const proc = s.procedure.kind === 'variable' ? s.procedure.name : objectName(s.procedure.name);
      const args = s.args.map((a) => `${a.name !== undefined ? `${a.name} = ` : ''}${printExpr(a.value)}${a.output ? ' OUTPUT' : ''}`);
      return `EXEC ${s.returnVariable !== undefined ? `${s.returnVariable} = ` : ''}${proc}${args.length ? ` ${args.join(', ')}` : ''}` +
        (s.recompile ? ' WITH RECOMPILE' : '');
    }
    case 'execString':
      return `EXEC (${s.parts.map((e) => printExpr(e)).join(' + ')})` +
        (s.as ? ` AS ${s.as.principal.toUpperCase()} = ${str(s.as.name)}` : '') + (s.at !== undefined ? ` AT ${ident(s.at)}` : '');
    case 'executeAs':
      return s.principal === 'caller' ? 'EXECUTE AS CALLER'
        : `EXECUTE AS ${s.principal.toUpperCase()} = ${str(s.name ?? '')}${s.noRevert ? ' WITH NO REVERT' : ''}`;
    case 'revert': return 'REVERT';
    default:
      return printDdl.statement(s);
  }
}

function indent(text: string): string {
  return text.split('\n').map((l) => `  ${l}`).join('\n');
}

export { printSelectItems };

function printInsertBulk(s: InsertBulkStatement): string {
  const columns = s.columns.map((c) => `${ident(c.name)} ${printType(c.type)}${c.collation ? ` COLLATE ${c.collation}` : ''}` +
    `${c.nullable === undefined ? '' : c.nullable ? ' NULL' : ' NOT NULL'}`);
  const o = s.options;
  const options = [
    ...(o.checkConstraints ? ['CHECK_CONSTRAINTS'] : []), ...(o.fireTriggers ? ['FIRE_TRIGGERS'] : []),
    ...(o.keepNulls ? ['KEEP_NULLS'] : []), ...(o.tablock ? ['TABLOCK'] : []),
    ...(o.kilobytesPerBatch !== undefined ? [`KILOBYTES_PER_BATCH = ${o.kilobytesPerBatch}`] : []),
    ...(o.rowsPerBatch !== undefined ? [`ROWS_PER_BATCH = ${o.rowsPerBatch}`] : []),
    ...(o.order.length > 0 ? [`ORDER (${o.order.map((c) => `${ident(c.column)}${c.descending ? ' DESC' : ' ASC'}`).join(', ')})`] : []),
  ];
  return `INSERT BULK ${objectName(s.table)} (${columns.join(', ')})${options.length > 0 ? ` WITH (${options.join(', ')})` : ''}`;
}
