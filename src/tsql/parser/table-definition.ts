// Column and constraint definitions, shared by CREATE TABLE, ALTER TABLE, DECLARE @t TABLE and
// multi-statement table functions.
import type {
  ColumnConstraint, ColumnDef, ForeignKeyReference, IdentitySpec, IndexColumn, InlineIndex, ReferentialAction,
  TableConstraint, TableDefinition, Expr, TypeRef,
} from '../ast';
import { TokenType } from '../lexer';
import { parseDataType } from './data-types';
import { parseCondition, parseScalar } from './expressions';
import type { Parser } from './parser';

/** ( column | constraint | INDEX ..., ... ) */
export function parseTableDefinition(p: Parser): TableDefinition {
  p.expect('(');
  const columns: ColumnDef[] = [];
  const constraints: TableConstraint[] = [];
  const indexes: InlineIndex[] = [];
  do {
    if (p.is(')')) break;
    if (startsTableConstraint(p)) constraints.push(parseTableConstraint(p));
    else if (p.is('INDEX')) indexes.push(parseInlineIndex(p));
    else columns.push(parseColumnDef(p));
  } while (p.accept(','));
  p.expect(')');
  if (columns.length === 0) throw p.error(p.peek(-1));
  return { columns, constraints, indexes };
}

export function startsTableConstraint(p: Parser): boolean {
  return p.is('CONSTRAINT') || p.is('PRIMARY') || p.is('UNIQUE') || p.is('CHECK') || p.is('FOREIGN');
}

function parseInlineIndex(p: Parser): InlineIndex {
  p.expect('INDEX');
  const name = p.identifier();
  const unique = p.accept('UNIQUE');
  const clustered = clusteredOption(p);
  const columns = indexColumns(p);
  skipIndexOptions(p);
  return clustered === undefined ? { name, unique, columns } : { name, unique, clustered, columns };
}

export function clusteredOption(p: Parser): boolean | undefined {
  if (p.accept('CLUSTERED')) return true;
  if (p.accept('NONCLUSTERED')) return false;
  return undefined;
}

export function indexColumns(p: Parser): IndexColumn[] {
  p.expect('(');
  const out: IndexColumn[] = [];
  do {
    const name = p.identifier();
    const desc = p.accept('DESC');
    if (!desc) p.accept('ASC');
    out.push({ name, desc });
  } while (p.accept(','));
  p.expect(')');
  return out;
}

/** WITH (FILLFACTOR = 80, ...) and ON [filegroup]: storage details msxd has no use for. */
function skipIndexOptions(p: Parser): void {
  if (p.is('WITH') && p.isAt(1, '(')) {
    p.pos += 2;
    p.balancedList();
  }
  if (p.is('ON') && (p.isIdentifier(p.peek(1)) || p.isAt(1, 'PRIMARY'))) p.pos += 2;
}

export function parseColumnDef(p: Parser): ColumnDef {
  const name = p.identifier();
  if (p.accept('AS')) {
    const expr = parseScalar(p);
    const persisted = p.accept('PERSISTED');
    const col: { -readonly [K in keyof ColumnDef]: ColumnDef[K] } = {
      name, computed: { expr, persisted }, rowguidcol: false, sparse: false, constraints: [],
    };
    if (persisted && p.acceptSeq('NOT', 'NULL')) col.nullable = false;
    col.constraints = columnConstraints(p, col);
    return col;
  }
  const type: TypeRef = parseDataType(p, 'declare');
  const col: { -readonly [K in keyof ColumnDef]: ColumnDef[K] } = { name, type, rowguidcol: false, sparse: false, constraints: [] };
  col.constraints = columnConstraints(p, col);
  return col;
}

/** The attributes after a column's type, in any order. */
function columnConstraints(p: Parser, col: { -readonly [K in keyof ColumnDef]: ColumnDef[K] }): ColumnConstraint[] {
  const out: ColumnConstraint[] = [];
  for (;;) {
    let name: string | undefined;
    if (p.accept('CONSTRAINT')) name = p.identifier();
    if (p.accept('DEFAULT')) {
      col.default = name === undefined ? { expr: parseScalar(p) } : { name, expr: parseScalar(p) };
      continue;
    }
    if (p.is('PRIMARY') || p.is('UNIQUE')) {
      const kind = p.next().upper === 'PRIMARY' ? 'primaryKey' : 'unique';
      if (kind === 'primaryKey') p.expect('KEY');
      const clustered = clusteredOption(p);
      skipIndexOptions(p);
      out.push({ kind, ...(name !== undefined ? { name } : {}), ...(clustered !== undefined ? { clustered } : {}) });
      continue;
    }
    if (p.accept('CHECK')) {
      p.acceptSeq('NOT', 'FOR', 'REPLICATION');
      out.push({ kind: 'check', ...(name !== undefined ? { name } : {}), expr: parenCondition(p) });
      continue;
    }
    if (p.is('FOREIGN') || p.is('REFERENCES')) {
      if (p.accept('FOREIGN')) p.expect('KEY');
      out.push({ kind: 'foreignKey', ...(name !== undefined ? { name } : {}), references: parseReferences(p) });
      continue;
    }
    if (name !== undefined) throw p.error();
    if (p.acceptSeq('NOT', 'NULL')) col.nullable = false;
    else if (p.accept('NULL')) col.nullable = true;
    else if (p.is('IDENTITY')) col.identity = parseIdentity(p);
    else if (p.accept('COLLATE')) col.collation = p.anyWord();
    else if (p.accept('ROWGUIDCOL')) col.rowguidcol = true;
    else if (p.accept('SPARSE')) col.sparse = true;
    else if (p.acceptSeq('NOT', 'FOR', 'REPLICATION')) continue;
    else return out;
  }
}

function parenCondition(p: Parser): Expr {
  p.expect('(');
  const e = parseCondition(p);
  p.expect(')');
  return e;
}

function parseIdentity(p: Parser): IdentitySpec {
  p.expect('IDENTITY');
  if (!p.accept('(')) return { seed: 1, increment: 1 };
  const seed = signedNumber(p);
  p.expect(',');
  const increment = signedNumber(p);
  p.expect(')');
  return { seed, increment };
}

function signedNumber(p: Parser): number {
  const negative = p.accept('-');
  if (!negative) p.accept('+');
  const t = p.tok;
  if (t.type !== TokenType.Integer && t.type !== TokenType.Decimal) throw p.error();
  p.next();
  return negative ? -Number(t.value) : Number(t.value);
}

export function parseReferences(p: Parser): ForeignKeyReference {
  p.expect('REFERENCES');
  const table = p.objectName();
  const columns = p.is('(') ? p.identifierList() : [];
  let onDelete: ReferentialAction | undefined;
  let onUpdate: ReferentialAction | undefined;
  while (p.is('ON') && (p.isAt(1, 'DELETE') || p.isAt(1, 'UPDATE'))) {
    p.next();
    const which = p.next().upper;
    const action = referentialAction(p);
    if (which === 'DELETE') onDelete = action;
    else onUpdate = action;
  }
  p.acceptSeq('NOT', 'FOR', 'REPLICATION');
  return { table, columns, ...(onDelete ? { onDelete } : {}), ...(onUpdate ? { onUpdate } : {}) };
}

function referentialAction(p: Parser): ReferentialAction {
  if (p.acceptSeq('NO', 'ACTION')) return 'NO ACTION';
  if (p.accept('CASCADE')) return 'CASCADE';
  if (p.acceptSeq('SET', 'NULL')) return 'SET NULL';
  p.expect('SET');
  p.expect('DEFAULT');
  return 'SET DEFAULT';
}

export function parseTableConstraint(p: Parser): TableConstraint {
  const name = p.accept('CONSTRAINT') ? p.identifier() : undefined;
  const named = name !== undefined ? { name } : {};
  if (p.is('PRIMARY') || p.is('UNIQUE')) {
    const kind = p.next().upper === 'PRIMARY' ? 'primaryKey' : 'unique';
    if (kind === 'primaryKey') p.expect('KEY');
    const clustered = clusteredOption(p);
    const columns = indexColumns(p);
    skipIndexOptions(p);
    return { kind, ...named, columns, ...(clustered !== undefined ? { clustered } : {}) };
  }
  if (p.accept('CHECK')) {
    p.acceptSeq('NOT', 'FOR', 'REPLICATION');
    return { kind: 'check', ...named, expr: parenCondition(p) };
  }
  if (p.accept('FOREIGN')) {
    p.expect('KEY');
    const columns = p.identifierList();
    return { kind: 'foreignKey', ...named, columns, references: parseReferences(p) };
  }
  if (p.accept('DEFAULT')) {
    const expr = parseScalar(p);
    p.expect('FOR');
    return { kind: 'default', ...named, expr, column: p.identifier() };
  }
  throw p.error();
}
