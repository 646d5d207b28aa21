// OBJECT_ID, OBJECT_NAME, OBJECT_SCHEMA_NAME, OBJECTPROPERTY, COL_LENGTH, COL_NAME, COLUMNPROPERTY
// over the catalogue. Unknown objects, columns and properties give NULL, as in SQL Server.
import type { SqlType } from '../../../types/sql-type';
import { typed } from '../../../types/typed-value';
import type { Scope } from '../../interpreter/scope';
import { readCatalog } from '../catalog-reader';
import { findObjectById, findObjectByText, objectColumns, type ObjectFacts } from '../object-lookup';
import { maxLengthOf, precisionOf, scaleOf } from '../type-facts';
import { arity, argInt, argText, INT, SMALLINT, SYSNAME, type MetadataFunction } from './arguments';

function databaseNameOf(scope: Scope, dbId: number | null | undefined): string | undefined | null {
  if (dbId === undefined) return undefined;
  if (dbId === null) return null;
  return scope.engine.store.listDatabases().find((d) => d.databaseId === dbId)?.name ?? null;
}

export const OBJECT_ID: MetadataFunction = (call, ctx) => {
  arity(call, 1, 2);
  const text = argText(call, 0, ctx);
  const type = argText(call, 1, ctx);
  if (text === null || text === undefined || type === null) return typed(INT, null);
  const o = findObjectByText(ctx.scope, text);
  if (!o || (type !== undefined && o.type.trim().toUpperCase() !== type.trim().toUpperCase())) return typed(INT, null);
  return typed(INT, o.objectId);
};

function byIdArgs(call: Parameters<MetadataFunction>[0], ctx: Parameters<MetadataFunction>[1]): ObjectFacts | undefined {
  arity(call, 1, 2);
  const id = argInt(call, 0, ctx);
  const db = databaseNameOf(ctx.scope, argInt(call, 1, ctx));
  if (id === null || id === undefined || db === null) return undefined;
  return findObjectById(ctx.scope, id, db);
}

export const OBJECT_NAME: MetadataFunction = (call, ctx) => typed(SYSNAME, byIdArgs(call, ctx)?.name ?? null);
export const OBJECT_SCHEMA_NAME: MetadataFunction = (call, ctx) => typed(SYSNAME, byIdArgs(call, ctx)?.schema ?? null);

type Property = (o: ObjectFacts, scope: Scope) => number | null;
const is = (...types: string[]): Property => (o) => (types.includes(o.type.trim()) ? 1 : 0);
const hasChild = (type: string): Property => (o, scope) =>
  (o.type === 'U' ? (findChild(scope, o, type) ? 1 : 0) : null);

function findChild(scope: Scope, o: ObjectFacts, type: string): boolean {
  if (type === 'IDENTITY') return objectColumns(scope, o.database, o.objectId).some((c) => c.identity);
  return readCatalog(scope, (s) => s.get(`SELECT 1 FROM ${s.sqliteSchema(o.database)}.__msxd_objects
    WHERE parent_object_id = ? AND type = ?`, [o.objectId, type])) !== undefined;
}

// IsUserTable is the type alone: msdb's shipped tables (sysjobs) are user tables too, which is
// why SQL Server's own sp_MSforeachtable also filters out the shipped ones itself.
const OBJECT_PROPERTIES: Readonly<Record<string, Property>> = {
  istable: is('U', 'S'), isusertable: is('U'), isview: is('V'),
  isprocedure: is('P'), isscalarfunction: is('FN'), istablefunction: is('IF', 'TF'), isinlinefunction: is('IF'),
  istrigger: is('TR'), isconstraint: is('C', 'D', 'F', 'PK', 'UQ'), isprimarykey: is('PK'), isforeignkey: is('F'),
  ischeckcnst: is('C'), isdefaultcnst: is('D'), isuniquecnst: is('UQ'), isdefault: is('D'),
  ismsshipped: (o) => (o.isMsShipped ? 1 : 0), issystemtable: is('S'), isexecuted: is('P', 'FN', 'IF', 'TF', 'TR'),
  ownerid: (o) => o.ownerId, schemaid: (o) => o.schemaId, isschemabound: () => 0, isencrypted: () => 0,
  execisansinullson: (o) => (['P', 'FN', 'IF', 'TF', 'TR', 'V'].includes(o.type) ? 1 : null),
  execisquotedidenton: (o) => (['P', 'FN', 'IF', 'TF', 'TR', 'V'].includes(o.type) ? 1 : null),
  tablehasidentity: hasChild('IDENTITY'), tablehasprimarykey: hasChild('PK'), tablehasuniquecnst: hasChild('UQ'),
  tablehasforeignkey: hasChild('F'), tablehascheckcnst: hasChild('C'), tablehasdefaultcnst: hasChild('D'),
  isindexed: hasChild('PK'),
};

export const OBJECTPROPERTY: MetadataFunction = (call, ctx) => {
  arity(call, 2, 2);
  const id = argInt(call, 0, ctx);
  const prop = argText(call, 1, ctx);
  if (id === null || id === undefined || !prop) return typed(INT, null);
  const f = OBJECT_PROPERTIES[prop.toLowerCase()];
  const o = f ? findObjectById(ctx.scope, id) : undefined;
  return typed(INT, o && f ? f(o, ctx.scope) : null);
};

function columnOf(ctx: Parameters<MetadataFunction>[1], o: ObjectFacts | undefined, name: string | null | undefined) {
  if (!o || name === null || name === undefined) return undefined;
  return objectColumns(ctx.scope, o.database, o.objectId).find((c) => c.name.toLowerCase() === name.toLowerCase());
}

export const COL_LENGTH: MetadataFunction = (call, ctx) => {
  arity(call, 2, 2);
  const table = argText(call, 0, ctx);
  const o = table ? findObjectByText(ctx.scope, table) : undefined;
  const c = columnOf(ctx, o, argText(call, 1, ctx));
  return typed(SMALLINT, c ? maxLengthOf(JSON.parse(c.sqlType) as SqlType) : null);
};

export const COL_NAME: MetadataFunction = (call, ctx) => {
  arity(call, 2, 2);
  const id = argInt(call, 0, ctx);
  const columnId = argInt(call, 1, ctx);
  const o = id === null || id === undefined ? undefined : findObjectById(ctx.scope, id);
  const c = o ? objectColumns(ctx.scope, o.database, o.objectId).find((x) => x.columnId === columnId) : undefined;
  return typed(SYSNAME, c?.name ?? null);
};

type ColumnProperty = (c: NonNullable<ReturnType<typeof columnOf>>, type: SqlType) => number | null;

const COLUMN_PROPERTIES: Readonly<Record<string, ColumnProperty>> = {
  allowsnull: (c) => (c.nullable ? 1 : 0),
  columnid: (c) => c.columnId,
  isidentity: (c) => (c.identity ? 1 : 0),
  iscomputed: (c) => (c.computed ? 1 : 0),
  isrowguidcol: () => 0,
  isfulltextindexed: () => 0,
  precision: (_c, t) => {
    if (t.kind === 'char' || t.kind === 'varchar' || t.kind === 'nchar' || t.kind === 'nvarchar' || t.kind === 'binary' || t.kind === 'varbinary') {
      return t.length === 'max' ? -1 : t.length;
    }
    return precisionOf(t);
  },
  scale: (_c, t) => (['decimal', 'time', 'datetime2', 'datetimeoffset', 'money', 'smallmoney', 'datetime'].includes(t.kind) ? scaleOf(t) : null),
  charmaxlen: (_c, t) => ('length' in t ? (t.length === 'max' ? -1 : t.length) : null),
};

export const COLUMNPROPERTY: MetadataFunction = (call, ctx) => {
  arity(call, 3, 3);
  const id = argInt(call, 0, ctx);
  const prop = argText(call, 2, ctx);
  const f = prop ? COLUMN_PROPERTIES[prop.toLowerCase()] : undefined;
  const o = id === null || id === undefined || !f ? undefined : findObjectById(ctx.scope, id);
  const c = columnOf(ctx, o, argText(call, 1, ctx));
  return typed(INT, c && f ? f(c, JSON.parse(c.sqlType) as SqlType) : null);
};

const MAX: SqlType = { kind: 'nvarchar', length: 'max' };

/** OBJECT_DEFINITION(id): the T-SQL of a module, CHECK or DEFAULT constraint; NULL otherwise. */
export const OBJECT_DEFINITION: MetadataFunction = (call, ctx) => {
  arity(call, 1, 1);
  const id = argInt(call, 0, ctx);
  const o = id === null || id === undefined ? undefined : findObjectById(ctx.scope, id);
  if (!o || !['V', 'P', 'FN', 'IF', 'TF', 'TR', 'C', 'D'].includes(o.type)) return typed(MAX, null);
  return typed(MAX, readCatalog(ctx.scope, (s) => s.get<{ d: string | null }>(
    `SELECT definition AS d FROM ${s.sqliteSchema(o.database)}.__msxd_objects WHERE object_id = ?`, [o.objectId])?.d ?? null) ?? null);
};
