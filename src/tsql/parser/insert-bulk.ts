// INSERT BULK table (col type [COLLATE c] [NULL | NOT NULL], ...) [WITH (option, ...)]: the
// statement bulk-copy clients (SqlBulkCopy, tedious, FreeTDS bcp) send before the BulkLoadBCP
// message. Options as SQL Server accepts them; anything else is 102 at the word.
import type { InsertBulkColumn, InsertBulkOptions, InsertBulkOrder, InsertBulkStatement } from '../ast';
import { TokenType } from '../lexer';
import { parseDataType } from './data-types';
import type { Parser } from './parser';

export function parseInsertBulk(p: Parser): InsertBulkStatement {
  const line = p.expect('INSERT').line;
  p.expect('BULK');
  const table = p.objectName();
  const columns = parseColumns(p);
  const options = p.accept('WITH') ? parseOptions(p) : NO_OPTIONS;
  return { kind: 'insertBulk', line, table, columns, options };
}

const NO_OPTIONS: InsertBulkOptions = { checkConstraints: false, fireTriggers: false, keepNulls: false, tablock: false, order: [] };

function parseColumns(p: Parser): InsertBulkColumn[] {
  p.expect('(');
  const out: InsertBulkColumn[] = [];
  do {
    const name = p.identifier();
    const type = parseDataType(p, 'declare');
    let column: InsertBulkColumn = { name, type };
    if (p.accept('COLLATE')) column = { ...column, collation: p.anyWord() };
    if (p.accept('NULL')) column = { ...column, nullable: true };
    else if (p.acceptSeq('NOT', 'NULL')) column = { ...column, nullable: false };
    out.push(column);
  } while (p.accept(','));
  p.expect(')');
  return out;
}

type MutableOptions = { -readonly [K in keyof InsertBulkOptions]: InsertBulkOptions[K] };

function parseOptions(p: Parser): InsertBulkOptions {
  p.expect('(');
  const o: MutableOptions = { ...NO_OPTIONS, order: [] };
  do {
    const t = p.tok;
    if (t.type !== TokenType.Word) throw p.error();
    switch (t.upper) {
      case 'CHECK_CONSTRAINTS': p.next(); o.checkConstraints = true; break;
      case 'FIRE_TRIGGERS': p.next(); o.fireTriggers = true; break;
      case 'KEEP_NULLS': p.next(); o.keepNulls = true; break;
      case 'TABLOCK': p.next(); o.tablock = true; break;
      case 'KILOBYTES_PER_BATCH': p.next(); o.kilobytesPerBatch = count(p); break;
      case 'ROWS_PER_BATCH': p.next(); o.rowsPerBatch = count(p); break;
      case 'ORDER': p.next(); o.order = parseOrder(p); break;
      default: throw p.error();
    }
  } while (p.accept(','));
  p.expect(')');
  return o;
}

function count(p: Parser): number {
  p.expect('=');
  const t = p.tok;
  if (t.type !== TokenType.Integer) throw p.error();
  p.next();
  return Number(t.value);
}

function parseOrder(p: Parser): InsertBulkOrder[] {
  p.expect('(');
  const out: InsertBulkOrder[] = [];
  do {
    const column = p.identifier();
    const descending = p.accept('DESC');
    if (!descending) p.accept('ASC');
    out.push({ column, descending });
  } while (p.accept(','));
  p.expect(')');
  return out;
}
