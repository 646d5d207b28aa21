// CREATE TABLE, ALTER TABLE, CREATE/DROP INDEX, TRUNCATE TABLE.
import type {
  AlterTableAction, AlterTableStatement, ColumnDef, CreateIndexStatement, CreateTableStatement, DropIndexStatement,
  ObjectName, OptionSetting, TableConstraint, TruncateTableStatement,
} from '../ast';
import { parseCondition } from './expressions';
import { parseOptionList } from './options';
import type { Parser } from './parser';
import {
  clusteredOption, indexColumns, parseColumnDef, parseTableConstraint, parseTableDefinition, startsTableConstraint,
} from './table-definition';

export function parseCreateTable(p: Parser, line: number): CreateTableStatement {
  p.expect('TABLE');
  const name = p.objectName();
  const definition = parseTableDefinition(p);
  let filegroup: string | undefined;
  if (p.accept('ON')) filegroup = p.is('PRIMARY') ? p.next().upper : p.identifier();
  if (p.accept('TEXTIMAGE_ON')) {
    if (!p.accept('PRIMARY')) p.identifier();
  }
  return { kind: 'createTable', line, name, definition, ...(filegroup !== undefined ? { filegroup } : {}) };
}

export function parseAlterTable(p: Parser, line: number): AlterTableStatement {
  p.expect('TABLE');
  const name = p.objectName();
  let withCheck: boolean | undefined;
  if (p.is('WITH') && (p.isAt(1, 'CHECK') || p.isAt(1, 'NOCHECK'))) {
    p.next();
    withCheck = p.next().upper === 'CHECK';
  }
  const action = alterAction(p);
  return { kind: 'alterTable', line, name, action, ...(withCheck !== undefined ? { withCheck } : {}) };
}

function alterAction(p: Parser): AlterTableAction {
  if (p.accept('ADD')) {
    const columns: ColumnDef[] = [];
    const constraints: TableConstraint[] = [];
    do {
      if (startsTableConstraint(p) || p.is('DEFAULT')) constraints.push(parseTableConstraint(p));
      else columns.push(parseColumnDef(p));
    } while (p.accept(','));
    return { kind: 'add', columns, constraints };
  }
  if (p.accept('DROP')) {
    const items: { kind: 'column' | 'constraint'; name: string; ifExists: boolean }[] = [];
    let kind: 'column' | 'constraint' = 'constraint';
    do {
      if (p.accept('COLUMN')) kind = 'column';
      else if (p.accept('CONSTRAINT')) kind = 'constraint';
      const ifExists = p.acceptSeq('IF', 'EXISTS');
      items.push({ kind, name: p.identifier(), ifExists });
    } while (p.accept(','));
    return { kind: 'drop', items };
  }
  if (p.is('ALTER') && p.isAt(1, 'COLUMN')) {
    p.pos += 2;
    return { kind: 'alterColumn', column: parseColumnDef(p) };
  }
  if (p.is('CHECK') || p.is('NOCHECK')) {
    const enable = p.next().upper === 'CHECK';
    p.expect('CONSTRAINT');
    if (p.accept('ALL')) return { kind: 'checkConstraints', enable, names: 'all' };
    const names = [p.identifier()];
    while (p.accept(',')) names.push(p.identifier());
    return { kind: 'checkConstraints', enable, names };
  }
  throw p.error();
}

export function parseCreateIndex(p: Parser, line: number): CreateIndexStatement {
  const unique = p.accept('UNIQUE');
  const clustered = clusteredOption(p);
  p.expect('INDEX');
  const name = p.identifier();
  p.expect('ON');
  const table = p.objectName();
  const columns = indexColumns(p);
  const include = p.accept('INCLUDE') ? p.identifierList() : [];
  const where = p.accept('WHERE') ? parseCondition(p) : undefined;
  let options: OptionSetting[] = [];
  if (p.is('WITH') && p.isAt(1, '(')) {
    p.pos += 2;
    options = parseOptionList(p);
    p.expect(')');
  }
  if (p.is('ON') && (p.isIdentifier(p.peek(1)) || p.isAt(1, 'PRIMARY'))) p.pos += 2;
  return {
    kind: 'createIndex', line, unique, name, table, columns, include, options,
    ...(clustered !== undefined ? { clustered } : {}),
    ...(where ? { where } : {}),
  };
}

export function parseDropIndex(p: Parser, line: number, ifExists: boolean): DropIndexStatement {
  const indexes: { table: ObjectName; name: string }[] = [];
  do {
    const first = p.objectName();
    if (p.accept('ON')) {
      indexes.push({ table: p.objectName(), name: first.name });
    } else {
      // DROP INDEX table.index: the last part names the index, the rest the table.
      if (first.schema === undefined) throw p.error();
      const table: ObjectName = first.database !== undefined
        ? { ...(first.server !== undefined ? { database: first.server } : {}), schema: first.database, name: first.schema }
        : { name: first.schema };
      indexes.push({ table, name: first.name });
    }
  } while (p.accept(','));
  return { kind: 'dropIndex', line, ifExists, indexes };
}

export function parseTruncate(p: Parser): TruncateTableStatement {
  const line = p.expect('TRUNCATE').line;
  p.expect('TABLE');
  return { kind: 'truncateTable', line, name: p.objectName() };
}
