// FROM names -> ResolvedSource (README "Table-source resolver"): CTE, #temp, table variable,
// system view (registered SQL, or the interpreter's JS views inlined as VALUES), catalogue table,
// catalogue view (its stored CREATE VIEW parsed and inlined), else 208.
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import { encodeValue } from '../../store/storage-types';
import { quoteIdent } from '../../store/sqlite-names';
import type { SessionStorage } from '../../store/api';
import type { ObjectName } from '../../tsql/ast';
import { findObject } from '../ddl/catalog-rows';
import { sessionTempTables } from '../ddl/temp-tables';
import { parseCached } from '../parse';
import { notSupportedExpression } from '../statements/not-supported';
import { findSystemView, isCompatibilityView } from '../system-views';
import { catalogTable } from './catalog-cache';
import { findTableVariable, findTempTable } from './local-tables';
import { NameScope } from './name-scope';
import type { IdentitySpec, ResolvedSource, SourceColumn } from './source-types';
import { findRegisteredSystemView, type SystemViewContext } from './system-view-registry';
import { assertNestedOrderBy, checkNames, translateQuery } from './translate-query';
import type { TxContext } from './tx-context';
import { loadWritableTable } from './writable-table';

const SYSTEM_SCHEMAS = new Set(['sys', 'information_schema']);

export function displayName(n: ObjectName): string {
  return [n.server, n.database, n.schema, n.name].filter((p) => p !== undefined).join('.');
}

export function storageOf(c: { scope: TxContext['scope'] }): SessionStorage {
  const s = c.scope.session.storage;
  if (!s) throw notSupportedExpression('tables (this engine runs without a store session)');
  return s;
}

export function resolveTableVariable(name: string, c: TxContext): ResolvedSource {
  const t = findTableVariable(c.scope.frame, name);
  if (!t) throw sqlError(1087, name);
  c.params.schemas.add('"temp"');
  c.params.sessionBound = true;
  return { kind: 'tableVariable', from: t.sqliteName, columns: toSourceColumns(t.columns), target: t, displayName: name };
}

export function resolveNamed(name: ObjectName, c: TxContext, forWrite = false): ResolvedSource {
  if (name.server) throw notSupportedExpression(`linked server ${name.server}`);
  const one = !name.schema && !name.database;
  if (one) {
    const cte = c.names.findCte(name.name);
    if (cte) return { kind: 'cte', from: quoteIdent(cte.name), columns: cte.columns, displayName: cte.name };
  }
  if (name.name.startsWith('#') && !name.name.startsWith('##')) {
    const t = findTempTable(c.scope.session, name.name);
    if (!t) throw sqlErrorWithState(208, 0, name.name);
    c.params.schemas.add('"temp"');
    c.params.sessionBound = true;
    return { kind: 'temp', from: t.sqliteName, columns: toSourceColumns(t.columns), target: t, displayName: name.name };
  }
  // ##global temporary tables live in tempdb's catalogue, whatever the current database.
  const global = name.name.startsWith('##');
  const schema = global ? 'dbo' : name.schema ?? 'dbo';
  const database = global ? 'tempdb' : name.database ?? c.database;
  if (SYSTEM_SCHEMAS.has(schema.toLowerCase())) {
    const sys = systemView(name, schema, database, c);
    if (sys) return sys;
  }
  const s = storageOf(c);
  const found = catalogTable(s, database, schema, name.name, c.scope);
  if (found) {
    const { table, columns } = found;
    c.params.schemas.add(s.sqliteSchema(database));
    c.params.databases.add(database);
    const read = { object: { kind: 'table' as const, database, schema: table.schema, name: table.name, objectId: table.objectId }, columns: new Set<string>() };
    if (!forWrite) c.params.reads.push(read);
    return {
      read,
      kind: 'table', from: table.sqliteName, columns: toSourceColumns(columns), displayName: `${table.schema}.${table.name}`,
      ...(forWrite ? { target: loadWritableTable(s, database, table, columns) } : {}),
    };
  }
  const view = findObject(s, s.sqliteSchema(database), schema, name.name);
  if (view && view.type === 'V' && view.definition) {
    const db = s.sqliteSchema(database);
    const modified = s.get<{ m: unknown }>(`SELECT modify_date AS m FROM ${db}.__msxd_objects WHERE object_id = ?`, [view.objectId])?.m;
    c.params.views.push({ schema: db, objectId: view.objectId, modified });
    c.params.databases.add(database);
    return inlineView(view.definition, database, `${view.schema}.${view.name}`, view.objectId, c);
  }
  if (schema.toLowerCase() === 'dbo' && isCompatibilityView(name.name)) {
    const compat = systemView(name, 'sys', database, c);
    if (compat) return compat;
  }
  throw sqlError(208, displayName(name));
}

function toSourceColumns(cols: readonly { name: string; type: SourceColumn['type']; nullable: boolean; identity: IdentitySpec | null }[]): SourceColumn[] {
  return cols.map((col) => ({
    name: col.name, type: col.type, nullable: col.nullable, ...(col.identity ? { identity: true, identitySpec: col.identity } : {}),
  }));
}

function inlineView(definition: string, database: string, display: string, objectId: number, c: TxContext): ResolvedSource {
  const stmt = parseCached(definition, c.scope.engine).statements[0];
  if (!stmt || stmt.kind !== 'createView') throw sqlError(50000, `msxd: the stored definition of view ${display} is not a CREATE VIEW`);
  assertNestedOrderBy(stmt.query);
  const [schema = 'dbo', name = display] = display.split('.');
  // A view's names resolve in its own database and see nothing of the referencing query. Its
  // own reads are not checked (ownership chaining: every object here is dbo's).
  const mark = c.params.reads.length;
  const q = translateQuery(stmt.query, { ...c, database, names: new NameScope(), aliases: undefined, allowAggregates: true },
    stmt.columns.length > 0 ? stmt.columns : undefined);
  c.params.reads.length = mark;
  const read = { object: { kind: 'view' as const, database, schema, name, objectId }, columns: new Set<string>() };
  c.params.reads.push(read);
  const names = stmt.columns.length > 0 ? stmt.columns : q.columns.map((col) => col.name);
  checkNames(names, display);
  const sql = stmt.columns.length > 0 ? q.sql
    : `SELECT ${q.columns.map((col, i) => `${quoteIdent(col.outName)} AS ${quoteIdent(names[i]!)}`).join(', ')} FROM (${q.sql})`;
  return { read, kind: 'view', from: `(${sql})`, columns: q.columns.map((col, i) => ({ name: names[i]!, type: col.type, nullable: col.nullable })), displayName: display };
}

function systemView(name: ObjectName, schema: string, database: string, c: TxContext): ResolvedSource | undefined {
  const def = findRegisteredSystemView(schema, name.name);
  const session = c.scope.session;
  if (def) {
    const s = storageOf(c);
    // A view that reads a session fact binds it as a fixed value: that translation is this
    // session's alone. The databases it names must be attached wherever the text runs.
    const bound = <T>(v: T): T => {
      c.params.sessionBound = true;
      return v;
    };
    c.params.databases.add(database).add('master');
    const ctx: SystemViewContext = {
      database, sqliteSchema: s.sqliteSchema(database), masterSchema: s.sqliteSchema('master'),
      get spid() { return bound(session.login.spid); },
      get loginName() { return bound(session.login.loginName); },
      get isSysadmin() { return bound(session.isSysadmin); },
      // Valid for this session until its localGeneration moves (every #temp CREATE, DROP, ALTER
      // and ROLLBACK moves it): translation-cache.ts re-translates the text then.
      get tempTables() { return bound(sessionTempTables(session)); },
      procedures: c.scope.engine.procedures,
      bind: (v) => c.params.fixed(v),
    };
    return { kind: 'systemView', from: `(${def.sql(ctx)})`, columns: def.columns, displayName: `${def.schema}.${def.name}` };
  }
  const js = findSystemView({ ...name, schema });
  if (!js) return undefined;
  // The interpreter's JS views: their rows are computed now and inlined as VALUES parameters.
  const rows = [...js.rows(c.scope)];
  const cols = js.columns.map((col, i) => `${quoteIdent(col.name)}`).map((q, i) => `column${i + 1} AS ${q}`);
  c.params.volatile = true;
  const values = rows.map((r) => `(${r.map((v, i) => c.params.fixed(encodeValue(js.columns[i]!.type, v))).join(', ')})`);
  const from = rows.length > 0
    ? `(SELECT ${cols.join(', ')} FROM (VALUES ${values.join(', ')}))`
    : `(SELECT ${js.columns.map((col) => `NULL AS ${quoteIdent(col.name)}`).join(', ')} WHERE 0)`;
  return { kind: 'systemView', from, columns: js.columns, displayName: js.name };
}
