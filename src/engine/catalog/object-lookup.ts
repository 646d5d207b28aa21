// Finding catalogue objects for metadata functions: by '[db.][schema.]name' text (the user's
// default schema, then dbo, for one-part names; #temp tables in the session, ##global ones in
// tempdb) and by id. Objects without catalogue rows answer too: system views and procedures
// (system-objects.ts) and msdb's TypeScript procedures (database-procedures.ts), looked up only
// when the catalogue has nothing, so a stored object's lookup costs what it did.
import { ciKey, type SessionStorage } from '../../store/index';
import type { Scope } from '../interpreter/scope';
import type { ProcedureRegistry } from '../procedure-registry';
import { findTempTable } from '../sql/local-tables';
import { readCatalog } from './catalog-reader';
import { databaseProcedureById, findDatabaseProcedure, type DatabaseProcedure } from './database-procedures';
import { parseNameText, type NameParts } from './object-name-text';
import { findSystemObject, findSystemProcedure, systemObjectById, type SystemObject } from './system-objects';

/** A system object seen from `database` (system objects exist in every database). */
function systemFacts(database: string, o: SystemObject): ObjectFacts {
  return {
    database, objectId: o.objectId, schemaId: o.schemaId, schema: o.schema, name: o.name, type: o.type, parentObjectId: 0,
    isMsShipped: true, ownerId: o.schemaId,
  };
}

/** One of the database's TypeScript procedures: a dbo object (schema 1, owned by dbo, principal 1). */
function procedureFacts(database: string, p: DatabaseProcedure): ObjectFacts {
  return {
    database, objectId: p.objectId, schemaId: 1, schema: 'dbo', name: p.name, type: p.type, parentObjectId: 0,
    isMsShipped: true, ownerId: 1,
  };
}

/** What a name the catalogue does not hold may still mean: a procedure of the database, then a system procedure. */
function uncatalogued(procedures: ProcedureRegistry, database: string, parts: NameParts): ObjectFacts | undefined {
  const schema = parts.schema?.toLowerCase();
  const own = schema === undefined || schema === 'dbo' ? findDatabaseProcedure(procedures, database, parts.name) : undefined;
  if (own) return procedureFacts(database, own);
  const system = schema === undefined ? findSystemProcedure(procedures, parts.name) : undefined;
  return system ? systemFacts(database, system) : undefined;
}

export interface ObjectFacts {
  readonly database: string;
  readonly objectId: number;
  readonly schemaId: number;
  readonly schema: string;
  readonly name: string;
  /** sys.objects.type without padding: U, V, P, FN, PK ... */
  readonly type: string;
  readonly parentObjectId: number;
  readonly isMsShipped: boolean;
  /** owner of the object's schema */
  readonly ownerId: number;
}

interface Raw {
  object_id: number; schema_id: number; schema_name: string; name: string; type: string; parent_object_id: number;
  is_ms_shipped: number; principal_id: number;
}

const SELECT = `SELECT o.object_id, o.schema_id, sc.name AS schema_name, o.name, o.type, o.parent_object_id, o.is_ms_shipped, sc.principal_id`;

function toFacts(database: string, r: Raw | undefined): ObjectFacts | undefined {
  if (!r) return undefined;
  return {
    database, objectId: r.object_id, schemaId: r.schema_id, schema: r.schema_name, name: r.name, type: r.type,
    parentObjectId: r.parent_object_id, isMsShipped: r.is_ms_shipped !== 0, ownerId: r.principal_id,
  };
}

function inSchema(s: SessionStorage, database: string, schema: string, name: string): ObjectFacts | undefined {
  const db = s.sqliteSchema(database);
  return toFacts(database, s.get<Raw>(`${SELECT} FROM ${db}.__msxd_objects o JOIN ${db}.__msxd_schemas sc ON sc.schema_id = o.schema_id
    WHERE sc.name_key = ? AND o.name_key = ? AND o.type <> 'IX' ORDER BY o.parent_object_id LIMIT 1`, [ciKey(schema), ciKey(name)]));
}

/** OBJECT_ID's resolution; undefined when nothing matches (or the database does not exist). */
export function findObjectByText(scope: Scope, text: string): ObjectFacts | undefined {
  const parts = parseNameText(text);
  if (!parts) return undefined;
  if (parts.name.startsWith('#') && !parts.name.startsWith('##')) {
    const t = findTempTable(scope.session, parts.name);
    return t ? {
      database: 'tempdb', objectId: t.objectId, schemaId: 1, schema: 'dbo', name: t.name, type: 'U', parentObjectId: 0,
      isMsShipped: false, ownerId: 1,
    } : undefined;
  }
  // ##global temporary tables are tempdb's, whatever the database the text names (as for FROM).
  const database = parts.name.startsWith('##') ? 'tempdb' : parts.database ?? scope.session.database;
  const info = scope.engine.store.getDatabase(database);
  if (!info) return undefined;
  const procedures = scope.engine.procedures;
  const system = parts.schema === undefined ? undefined : findSystemObject(procedures, parts.schema, parts.name);
  if (system) return systemFacts(info.name, system);
  return readCatalog(scope, (s) => inSchema(s, info.name, parts.schema ?? 'dbo', parts.name))
    ?? uncatalogued(procedures, info.name, parts);
}

export function findObjectById(scope: Scope, objectId: number, database?: string): ObjectFacts | undefined {
  const info = scope.engine.store.getDatabase(database ?? scope.session.database);
  if (!info) return undefined;
  const procedures = scope.engine.procedures;
  const system = systemObjectById(procedures, objectId);
  if (system) return systemFacts(info.name, system);
  const stored = readCatalog(scope, (s) => {
    const db = s.sqliteSchema(info.name);
    return toFacts(info.name, s.get<Raw>(`${SELECT} FROM ${db}.__msxd_objects o JOIN ${db}.__msxd_schemas sc ON sc.schema_id = o.schema_id
      WHERE o.object_id = ?`, [objectId]));
  });
  if (stored) return stored;
  const own = databaseProcedureById(procedures, info.name, objectId);
  return own ? procedureFacts(info.name, own) : undefined;
}

export interface ColumnFacts {
  readonly columnId: number;
  readonly name: string;
  readonly sqlType: string;
  readonly nullable: boolean;
  readonly identity: boolean;
  readonly computed: boolean;
}

export function objectColumns(scope: Scope, database: string, objectId: number): ColumnFacts[] {
  const system = systemObjectById(scope.engine.procedures, objectId);
  if (system) {
    return system.columns.map((c, i) => ({
      columnId: i + 1, name: c.name, sqlType: JSON.stringify(c.type), nullable: c.nullable, identity: false, computed: false,
    }));
  }
  return readCatalog(scope, (s) => s.all<{ column_id: number; name: string; sql_type: string; is_nullable: number; is_identity: number; computed_definition: string | null }>(
    `SELECT column_id, name, sql_type, is_nullable, is_identity, computed_definition FROM ${s.sqliteSchema(database)}.__msxd_columns
      WHERE object_id = ? ORDER BY column_id`, [objectId]).map((r) => ({
    columnId: r.column_id, name: r.name, sqlType: r.sql_type, nullable: r.is_nullable !== 0, identity: r.is_identity !== 0,
    computed: r.computed_definition !== null,
  }))) ?? [];
}
