// AST -> T-SQL for DDL, security and server-utility statements.
import type {
  ColumnConstraint, ColumnDef, CreateMode, ForeignKeyReference, IndexColumn, KillStatement, LoginPassword, RoutineParam, Statement,
  TableConstraint, TableDefinition,
} from '../ast';
import { printBackup } from './print-backup';
import { printStatement } from './print';
import { ident, objectName, printExpr, printOptions, printQuery, printType, str } from './print-expr';

const KILL_OPTIONS: Record<KillStatement['option'], string> = {
  none: '', statusOnly: ' WITH STATUSONLY', commit: ' WITH COMMIT', rollback: ' WITH ROLLBACK',
};

function mode(m: CreateMode): string {
  return m === 'create' ? 'CREATE' : m === 'alter' ? 'ALTER' : 'CREATE OR ALTER';
}

function named(name: string | undefined): string {
  return name !== undefined ? `CONSTRAINT ${ident(name)} ` : '';
}

function clustered(c: boolean | undefined): string {
  return c === undefined ? '' : c ? ' CLUSTERED' : ' NONCLUSTERED';
}

function indexColumns(cs: readonly IndexColumn[]): string {
  return `(${cs.map((c) => `${ident(c.name)}${c.desc ? ' DESC' : ''}`).join(', ')})`;
}

function references(r: ForeignKeyReference): string {
  return `REFERENCES ${objectName(r.table)}${r.columns.length ? ` (${r.columns.map(ident).join(', ')})` : ''}` +
    (r.onDelete ? ` ON DELETE ${r.onDelete}` : '') + (r.onUpdate ? ` ON UPDATE ${r.onUpdate}` : '');
}

function columnConstraint(c: ColumnConstraint): string {
  switch (c.kind) {
    case 'primaryKey': return `${named(c.name)}PRIMARY KEY${clustered(c.clustered)}`;
    case 'unique': return `${named(c.name)}UNIQUE${clustered(c.clustered)}`;
    case 'check': return `${named(c.name)}CHECK (${printExpr(c.expr)})`;
    case 'foreignKey': return `${named(c.name)}${references(c.references)}`;
  }
}

function column(c: ColumnDef): string {
  const parts: string[] = [ident(c.name)];
  if (c.computed) {
    parts.push(`AS ${printExpr(c.computed.expr)}`);
    if (c.computed.persisted) parts.push('PERSISTED');
    if (c.computed.persisted && c.nullable === false) parts.push('NOT NULL');
  } else if (c.type) {
    parts.push(printType(c.type));
  }
  if (c.collation !== undefined) parts.push(`COLLATE ${c.collation}`);
  if (c.sparse) parts.push('SPARSE');
  if (c.identity) parts.push(`IDENTITY(${c.identity.seed}, ${c.identity.increment})`);
  if (c.rowguidcol) parts.push('ROWGUIDCOL');
  if (!c.computed && c.nullable !== undefined) parts.push(c.nullable ? 'NULL' : 'NOT NULL');
  if (c.default) parts.push(`${named(c.default.name)}DEFAULT ${printExpr(c.default.expr)}`);
  for (const k of c.constraints) parts.push(columnConstraint(k));
  return parts.join(' ');
}

function tableConstraint(c: TableConstraint): string {
  switch (c.kind) {
    case 'primaryKey': return `${named(c.name)}PRIMARY KEY${clustered(c.clustered)} ${indexColumns(c.columns)}`;
    case 'unique': return `${named(c.name)}UNIQUE${clustered(c.clustered)} ${indexColumns(c.columns)}`;
    case 'check': return `${named(c.name)}CHECK (${printExpr(c.expr)})`;
    case 'foreignKey': return `${named(c.name)}FOREIGN KEY (${c.columns.map(ident).join(', ')}) ${references(c.references)}`;
    case 'default': return `${named(c.name)}DEFAULT ${printExpr(c.expr)} FOR ${ident(c.column)}`;
  }
}

function tableDefinition(d: TableDefinition): string {
  const items = [
    ...d.columns.map(column),
    ...d.constraints.map(tableConstraint),
    ...d.indexes.map((i) => `INDEX ${ident(i.name)}${i.unique ? ' UNIQUE' : ''}${clustered(i.clustered)} ${indexColumns(i.columns)}`),
  ];
  return `(${items.join(', ')})`;
}

function params(ps: readonly RoutineParam[]): string {
  return ps.map((p) => `${p.name} ${printType(p.type)}${p.varying ? ' VARYING' : ''}` +
    `${p.default ? ` = ${printExpr(p.default)}` : ''}${p.output ? ' OUTPUT' : ''}${p.readonly ? ' READONLY' : ''}`).join(', ');
}

function body(statements: readonly Statement[]): string {
  return statements.map((s) => `${printStatement(s)};`).join('\n');
}

function password(p: LoginPassword): string {
  const value = p.hashed && /^0x[0-9a-fA-F]*$/.test(p.value) ? p.value : str(p.value, true);
  return `PASSWORD = ${value}${p.hashed ? ' HASHED' : ''}${p.mustChange ? ' MUST_CHANGE' : ''}`;
}

function withOptions(list: string): string {
  return list ? ` WITH ${list}` : '';
}

function statement(s: Statement): string {
  switch (s.kind) {
    case 'createTable':
      return `CREATE TABLE ${objectName(s.name)} ${tableDefinition(s.definition)}${s.filegroup !== undefined ? ` ON ${ident(s.filegroup)}` : ''}`;
    case 'alterTable': {
      const head = `ALTER TABLE ${objectName(s.name)}${s.withCheck === undefined ? '' : s.withCheck ? ' WITH CHECK' : ' WITH NOCHECK'}`;
      const a = s.action;
      switch (a.kind) {
        case 'add': return `${head} ADD ${[...a.columns.map(column), ...a.constraints.map(tableConstraint)].join(', ')}`;
        case 'drop':
          return `${head} DROP ${a.items.map((i) => `${i.kind.toUpperCase()} ${i.ifExists ? 'IF EXISTS ' : ''}${ident(i.name)}`).join(', ')}`;
        case 'alterColumn': return `${head} ALTER COLUMN ${column(a.column)}`;
        case 'checkConstraints':
          return `${head} ${a.enable ? 'CHECK' : 'NOCHECK'} CONSTRAINT ${a.names === 'all' ? 'ALL' : a.names.map(ident).join(', ')}`;
      }
      break;
    }
    case 'createIndex':
      return `CREATE${s.unique ? ' UNIQUE' : ''}${clustered(s.clustered)} INDEX ${ident(s.name)} ON ${objectName(s.table)} ${indexColumns(s.columns)}` +
        (s.include.length ? ` INCLUDE (${s.include.map(ident).join(', ')})` : '') + (s.where ? ` WHERE ${printExpr(s.where)}` : '') +
        (s.options.length ? ` WITH (${printOptions(s.options)})` : '');
    case 'dropIndex':
      return `DROP INDEX ${s.ifExists ? 'IF EXISTS ' : ''}${s.indexes.map((i) => `${ident(i.name)} ON ${objectName(i.table)}`).join(', ')}`;
    case 'createView':
      return `${mode(s.mode)} VIEW ${objectName(s.name)}${s.columns.length ? ` (${s.columns.map(ident).join(', ')})` : ''}` +
        `${withOptions(s.options.join(', '))} AS ${printQuery(s.query)}${s.checkOption ? ' WITH CHECK OPTION' : ''}`;
    case 'createProcedure':
      return `${mode(s.mode)} PROCEDURE ${objectName(s.name)}${s.params.length ? ` ${params(s.params)}` : ''}` +
        `${withOptions(s.options.join(', '))}\nAS\n${body(s.body)}`;
    case 'createFunction': {
      const head = `${mode(s.mode)} FUNCTION ${objectName(s.name)}(${params(s.params)})`;
      const opts = withOptions(s.options.join(', '));
      const r = s.returns;
      switch (r.kind) {
        case 'scalar': return `${head} RETURNS ${printType(r.type)}${opts} AS\nBEGIN\n${body(r.body)}\nEND`;
        case 'inlineTable': return `${head} RETURNS TABLE${opts} AS RETURN ${printQuery(r.query)}`;
        case 'multiStatementTable':
          return `${head} RETURNS ${r.variable} TABLE ${tableDefinition(r.definition)}${opts} AS\nBEGIN\n${body(r.body)}\nEND`;
      }
      break;
    }
    case 'drop':
      return `DROP ${s.objectType} ${s.ifExists ? 'IF EXISTS ' : ''}${s.names.map(objectName).join(', ')}`;
    case 'createDatabase':
      return `CREATE DATABASE ${ident(s.name)}${s.collation !== undefined ? ` COLLATE ${s.collation}` : ''}${withOptions(printOptions(s.options))}`;
    case 'alterDatabase': {
      const head = `ALTER DATABASE ${s.name !== undefined ? ident(s.name) : 'CURRENT'}`;
      const a = s.action;
      switch (a.kind) {
        case 'set': return `${head} SET ${printOptions(a.options)}${a.termination ? ` WITH ${a.termination}` : ''}`;
        case 'modifyName': return `${head} MODIFY NAME = ${ident(a.newName)}`;
        case 'collate': return `${head} COLLATE ${a.collation}`;
      }
      break;
    }
    case 'createLogin':
      if (s.windows) return `CREATE LOGIN ${ident(s.name)} FROM WINDOWS${withOptions(printOptions(s.options))}`;
      return `CREATE LOGIN ${ident(s.name)} WITH ${[...(s.password ? [password(s.password)] : []), ...(s.options.length ? [printOptions(s.options)] : [])].join(', ')}`;
    case 'alterLogin': {
      const head = `ALTER LOGIN ${ident(s.name)}`;
      const a = s.action;
      switch (a.kind) {
        case 'enable': return `${head} ENABLE`;
        case 'disable': return `${head} DISABLE`;
        case 'addCredential': return `${head} ADD CREDENTIAL ${ident(a.credential)}`;
        case 'dropCredential': return `${head} DROP CREDENTIAL ${ident(a.credential)}`;
        case 'with': {
          const parts = [
            ...(a.password ? [password(a.password)] : []),
            ...(a.oldPassword !== undefined ? [`OLD_PASSWORD = ${str(a.oldPassword, true)}`] : []),
            ...(a.options.length ? [printOptions(a.options)] : []),
          ];
          return `${head} WITH ${parts.join(', ')}`;
        }
      }
      break;
    }
    case 'createUser':
      return `${s.mode === 'create' ? 'CREATE' : 'ALTER'} USER ${ident(s.name)}` +
        (s.login !== undefined ? ` FOR LOGIN ${ident(s.login)}` : '') + (s.withoutLogin ? ' WITHOUT LOGIN' : '') +
        withOptions(printOptions(s.options));
    case 'createRole':
      return `CREATE ${s.server ? 'SERVER ' : ''}ROLE ${ident(s.name)}${s.authorization !== undefined ? ` AUTHORIZATION ${ident(s.authorization)}` : ''}`;
    case 'alterRole': {
      const head = `ALTER ${s.server ? 'SERVER ' : ''}ROLE ${ident(s.name)}`;
      const a = s.action;
      if (a.kind === 'rename') return `${head} WITH NAME = ${ident(a.newName)}`;
      return `${head} ${a.kind === 'addMember' ? 'ADD' : 'DROP'} MEMBER ${principal(a.member)}`;
    }
    case 'createSchema':
      return `CREATE SCHEMA ${ident(s.name)}${s.authorization !== undefined ? ` AUTHORIZATION ${ident(s.authorization)}` : ''}`;
    case 'grant':
    case 'deny':
    case 'revoke': {
      let out = `${s.kind.toUpperCase()}${s.grantOptionFor ? ' GRANT OPTION FOR' : ''} ${s.permissions.join(', ')}`;
      if (s.on) {
        out += ` ON ${s.on.class !== undefined ? `${s.on.class}::` : ''}${objectName(s.on.name)}`;
        if (s.on.columns.length) out += ` (${s.on.columns.map(ident).join(', ')})`;
      }
      out += ` ${s.kind === 'revoke' ? 'FROM' : 'TO'} ${s.principals.map(principal).join(', ')}`;
      if (s.withGrantOption) out += ' WITH GRANT OPTION';
      if (s.cascade) out += ' CASCADE';
      if (s.as !== undefined) out += ` AS ${principal(s.as)}`;
      return out;
    }
    case 'createCredential':
      return `${s.mode === 'create' ? 'CREATE' : 'ALTER'} CREDENTIAL ${ident(s.name)} WITH IDENTITY = ${str(s.identity, true)}` +
        (s.secret !== undefined ? `, SECRET = ${str(s.secret, true)}` : '');
    case 'dbcc':
      return `DBCC ${s.command}${s.args.length ? `(${s.args.map((e) => printExpr(e)).join(', ')})` : ''}` +
        (s.options.length ? ` WITH ${s.options.join(', ')}` : '');
    case 'simpleCommand': return s.command;
    case 'reconfigure': return s.override ? 'RECONFIGURE WITH OVERRIDE' : 'RECONFIGURE';
    case 'kill':
      return `KILL ${s.target.kind === 'session' ? String(s.target.sessionId) : str(s.target.uow)}${KILL_OPTIONS[s.option]}`;
    case 'backup':
    case 'restore': return printBackup(s);
    case 'updateStatistics':
      return `UPDATE STATISTICS ${objectName(s.table)}${s.statistics.length ? ` (${s.statistics.map(ident).join(', ')})` : ''}` +
        (s.options.length ? ` WITH ${s.options.join(', ')}` : '');
    case 'alterIndex': return `ALTER INDEX ${s.index === null ? 'ALL' : ident(s.index)} ON ${objectName(s.table)} ${s.action.toUpperCase()}`;
    default:
      break;
  }
  throw new Error(`unprintable statement ${s.kind}`);
}

function principal(name: string): string {
  return name.toUpperCase() === 'PUBLIC' ? name : ident(name);
}

export const printDdl = { statement, tableDefinition };
