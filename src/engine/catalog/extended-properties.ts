// Extended properties (sp_addextendedproperty / sp_updateextendedproperty /
// sp_dropextendedproperty, fn_listextendedproperty): a property's place is named by up to three
// (type, name) levels, as SQL Server's procedures take them, and kept as (class, major_id,
// minor_id) in the database's __msxd_extended_properties (store extended-property-rows.ts). The
// places msxd has: the database (no levels), SCHEMA, USER, SCHEMA + TABLE / VIEW / PROCEDURE /
// FUNCTION, and below a table or view COLUMN, below a table CONSTRAINT.
import { sqlError } from '../../errors/catalog';
import {
  ciKey, decodeValue, deleteExtendedProperty, encodeValue, findDatabasePrincipal, findExtendedProperty, findSchema, listColumns,
  listExtendedProperties, putExtendedProperty, type ExtendedPropertyRow, type PropertyTarget, type SessionStorage,
} from '../../store/index';
import type { SqlValue } from '../../types/values';
import type { Scope } from '../interpreter/scope';
import type { ExtendedPropertyRequest, PropertyLevels } from '../procedure-registry';
import { childObjects, findObject, objectById, type CatalogObject } from '../ddl/catalog-rows';
import { writeDdl } from '../ddl/storage-of';
import { databaseSecurity } from '../security/security-context';
import { readCatalog } from './catalog-reader';

const SQL_VARIANT = { kind: 'sql_variant' } as const;

/** level-1 type words and the catalogue object types they name */
const LEVEL1_TYPES: Readonly<Record<string, readonly string[]>> = {
  TABLE: ['U'], VIEW: ['V'], PROCEDURE: ['P'], FUNCTION: ['FN', 'IF', 'TF'],
};
const CONSTRAINT_TYPES = new Set(['PK', 'UQ', 'F', 'C', 'D']);

const upper = (s: string | null | undefined): string | null => (s === null || s === undefined ? null : s.trim().toUpperCase());

/** The place the levels name, or the level (0-2) where the name fails: 15135 names up to it. */
type Resolved = { readonly target: PropertyTarget } | { readonly failedAt: number };

function resolveTarget(s: SessionStorage, database: string, levels: PropertyLevels): Resolved {
  const [t0, t1, t2] = [upper(levels.level0type), upper(levels.level1type), upper(levels.level2type)];
  const found = (target: PropertyTarget): Resolved => ({ target });
  if (t0 === null) return t1 === null && t2 === null ? found({ class: 0, majorId: 0, minorId: 0 }) : { failedAt: 0 };
  const n0 = levels.level0name ?? '';
  if (t0 === 'USER') {
    const user = t1 === null && t2 === null ? findDatabasePrincipal(s, database, n0) : undefined;
    return user && user.type !== 'R' ? found({ class: 4, majorId: user.principalId, minorId: 0 }) : { failedAt: 0 };
  }
  const schema = t0 === 'SCHEMA' ? findSchema(s, database, n0) : undefined;
  if (!schema) return { failedAt: 0 };
  if (t1 === null) return t2 === null ? found({ class: 3, majorId: schema.schemaId, minorId: 0 }) : { failedAt: 1 };
  const object = findObject(s, s.sqliteSchema(database), schema.name, levels.level1name ?? '');
  if (!object || !(LEVEL1_TYPES[t1] ?? []).includes(object.type)) return { failedAt: 1 };
  if (t2 === null) return found({ class: 1, majorId: object.objectId, minorId: 0 });
  const n2 = ciKey(levels.level2name ?? '');
  if (t2 === 'COLUMN' && (object.type === 'U' || object.type === 'V')) {
    const column = listColumns(s, database, object.objectId).find((c) => ciKey(c.name) === n2);
    if (column) return found({ class: 1, majorId: object.objectId, minorId: column.columnId });
  }
  if (t2 === 'CONSTRAINT' && object.type === 'U') {
    const constraint = childObjects(s, s.sqliteSchema(database), object.objectId).find((c) => CONSTRAINT_TYPES.has(c.type) && ciKey(c.name) === n2);
    if (constraint) return found({ class: 1, majorId: constraint.objectId, minorId: 0 });
  }
  return { failedAt: 2 };
}

/**
 * How SQL Server's messages name the place: its level names joined by dots ('dbo', 'dbo.t',
 * 'dbo.t.id'), 'object specified' for the database; for 15135 the names up to the level that fails.
 */
function placeLabel(levels: PropertyLevels, upTo = 2): string {
  const names = [levels.level0name, levels.level1name, levels.level2name].slice(0, upTo + 1)
    .filter((n): n is string => n !== null && n !== undefined);
  return names.length === 0 ? 'object specified' : names.join('.');
}

/**
 * Who may change a property: sysadmin and db_owner anywhere; the owner of an object's schema on
 * the schema, its objects and their columns. Others get 15135, which SQL Server also answers
 * when the caller cannot see the place.
 */
function mayChange(scope: Scope, s: SessionStorage, database: string, target: PropertyTarget): boolean {
  const sec = databaseSecurity(scope, database);
  if (scope.session.isSysadmin || sec.isDbOwner) return true;
  const db = s.sqliteSchema(database);
  const schemaId = target.class === 3 ? target.majorId : target.class === 1 ? objectById(s, db, target.majorId)?.schemaId : undefined;
  if (schemaId === undefined || sec.userId === null) return false;
  const owner = s.get<{ principal_id: number }>(`SELECT principal_id FROM ${db}.__msxd_schemas WHERE schema_id = ?`, [schemaId]);
  return owner?.principal_id === sec.userId;
}

export async function changeExtendedProperty(scope: Scope, request: ExtendedPropertyRequest): Promise<void> {
  const database = scope.session.database;
  await writeDdl(scope, (s) => {
    const resolved = resolveTarget(s, database, request.levels);
    if ('failedAt' in resolved) throw sqlError(15135, placeLabel(request.levels, resolved.failedAt));
    const { target } = resolved;
    if (!mayChange(scope, s, database, target)) throw sqlError(15135, placeLabel(request.levels));
    const existing = findExtendedProperty(s, database, target, request.name);
    switch (request.action) {
      case 'add':
        if (existing) throw sqlError(15233, request.name, placeLabel(request.levels));
        putExtendedProperty(s, database, target, request.name, encodedValue(request.value));
        return;
      case 'update':
        if (!existing) throw sqlError(15217, request.name, placeLabel(request.levels));
        putExtendedProperty(s, database, target, existing.name, encodedValue(request.value));
        return;
      case 'drop':
        if (!existing) throw sqlError(15217, request.name, placeLabel(request.levels));
        deleteExtendedProperty(s, database, target, request.name);
        return;
      default: {
        const never: never = request.action;
        throw new Error(`unknown extended property action ${String(never)}`);
      }
    }
  });
}

function encodedValue(v: SqlValue): string | null {
  return v === null ? null : String(encodeValue(SQL_VARIANT, v));
}

/** [objtype, objname, name, value]: fn_listextendedproperty's row */
export type ListedProperty = readonly [string | null, string | null, string, SqlValue];

/** A stored property's place as levels: [[type, name] ...], outermost first. */
function placeOf(s: SessionStorage, database: string, row: ExtendedPropertyRow): [string, string][] | undefined {
  const db = s.sqliteSchema(database);
  switch (row.class) {
    case 0: return [];
    case 3: {
      const name = s.get<{ name: string }>(`SELECT name FROM ${db}.__msxd_schemas WHERE schema_id = ?`, [row.majorId])?.name;
      return name === undefined ? undefined : [['SCHEMA', name]];
    }
    case 4: {
      const name = s.get<{ name: string }>(`SELECT name FROM ${db}.__msxd_principals WHERE principal_id = ?`, [row.majorId])?.name;
      return name === undefined ? undefined : [['USER', name]];
    }
    case 1: {
      const object = objectById(s, db, row.majorId);
      if (!object) return undefined;
      if (object.parentObjectId !== 0) {
        const parent = objectById(s, db, object.parentObjectId);
        return parent ? [['SCHEMA', parent.schema], [levelWord(parent), parent.name], ['CONSTRAINT', object.name]] : undefined;
      }
      const place: [string, string][] = [['SCHEMA', object.schema], [levelWord(object), object.name]];
      if (row.minorId === 0) return place;
      const column = listColumns(s, database, object.objectId).find((c) => c.columnId === row.minorId);
      return column ? [...place, ['COLUMN', column.name]] : undefined;
    }
    default: return undefined;
  }
}

function levelWord(o: CatalogObject): string {
  return Object.entries(LEVEL1_TYPES).find(([, types]) => types.includes(o.type))?.[0] ?? 'TABLE';
}

/**
 * fn_listextendedproperty(name, level0type, level0name, level1type, level1name, level2type,
 * level2name): the properties at the deepest level given a type; a NULL name there lists every
 * place of that type, a NULL property name every property.
 */
export function listPropertiesAt(scope: Scope, name: string | null, levels: readonly (string | null)[]): ListedProperty[] {
  const database = scope.session.database;
  const asked: [string, string | null][] = [];
  for (let i = 0; i < 3; i++) {
    const type = upper(levels[i * 2]);
    if (type === null) break;
    asked.push([type, levels[i * 2 + 1] ?? null]);
  }
  return readCatalog(scope, (s) => listExtendedProperties(s, database).flatMap((row): ListedProperty[] => {
    if (name !== null && ciKey(name) !== ciKey(row.name)) return [];
    const place = placeOf(s, database, row);
    if (!place || place.length !== asked.length) return [];
    const fits = place.every(([type, objName], i) => {
      const [askedType, askedName] = asked[i]!;
      const last = i === asked.length - 1;
      return type === askedType && ((last && askedName === null) || (askedName !== null && ciKey(askedName) === ciKey(objName)));
    });
    if (!fits) return [];
    const [objtype, objname] = place.length === 0 ? [null, null] : place[place.length - 1]!;
    return [[objtype, objname, row.name, row.value === null ? null : decodeValue(SQL_VARIANT, row.value)]];
  })) ?? [];
}
