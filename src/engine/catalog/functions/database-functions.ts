// SCHEMA_NAME, SCHEMA_ID, TYPE_NAME, TYPE_ID, DATABASEPROPERTYEX, HAS_DBACCESS.
import { findSchema } from '../../../store/index';
import { SERVER_COLLATION } from '../../../types/collation';
import { typed, type Typed } from '../../../types/typed-value';
import { intVariant, nvarcharVariant } from '../../expressions/variant';
import type { Scope } from '../../interpreter/scope';
import { databaseSecurity } from '../../security/security-context';
import { readCatalog } from '../catalog-reader';
import { systemTypeById, systemTypeByName } from '../type-facts';
import { arity, argInt, argText, INT, SYSNAME, type MetadataFunction } from './arguments';

/** The current user's default schema (dbo for sysadmins and dbo). */
function defaultSchema(scope: Scope): string {
  return databaseSecurity(scope, scope.session.database).defaultSchema;
}

export const SCHEMA_NAME: MetadataFunction = (call, ctx) => {
  arity(call, 0, 1);
  const id = argInt(call, 0, ctx);
  if (id === undefined) return typed(SYSNAME, defaultSchema(ctx.scope));
  if (id === null) return typed(SYSNAME, null);
  const db = ctx.scope.session.database;
  return typed(SYSNAME, readCatalog(ctx.scope, (s) => s.get<{ name: string }>(
    `SELECT name FROM ${s.sqliteSchema(db)}.__msxd_schemas WHERE schema_id = ?`, [id])?.name ?? null) ?? null);
};

export const SCHEMA_ID: MetadataFunction = (call, ctx) => {
  arity(call, 0, 1);
  const name = argText(call, 0, ctx);
  if (name === null) return typed(INT, null);
  const db = ctx.scope.session.database;
  return typed(INT, readCatalog(ctx.scope, (s) => findSchema(s, db, name ?? defaultSchema(ctx.scope))?.schemaId ?? null) ?? null);
};

export const TYPE_NAME: MetadataFunction = (call, ctx) => {
  arity(call, 1, 1);
  const id = argInt(call, 0, ctx);
  return typed(SYSNAME, id === null || id === undefined ? null : systemTypeById(id)?.name ?? null);
};

export const TYPE_ID: MetadataFunction = (call, ctx) => {
  arity(call, 1, 1);
  const name = argText(call, 0, ctx);
  return typed(INT, name ? systemTypeByName(name.replace(/^\[|\]$/g, ''))?.userTypeId ?? null : null);
};

type DbProperty = (databaseId: number, collation: string) => Typed;
const intProp = (n: number): DbProperty => () => intVariant(n);
const textProp = (s: string): DbProperty => () => nvarcharVariant(s);

const DATABASE_PROPERTIES: Readonly<Record<string, DbProperty>> = {
  collation: (_id, collation) => nvarcharVariant(collation), comparisonstyle: intProp(196609), lcid: intProp(SERVER_COLLATION.lcid),
  sqlsortorder: intProp(52), status: textProp('ONLINE'), updateability: textProp('READ_WRITE'), useraccess: textProp('MULTI_USER'),
  recovery: (id) => nvarcharVariant(id === 2 ? 'SIMPLE' : 'FULL'), version: intProp(957), isautoclose: intProp(0),
  isautoshrink: intProp(0), isautocreatestatistics: intProp(1), isautoupdatestatistics: intProp(1), isansinulldefault: intProp(0),
  isansinullsenabled: intProp(0), isansipaddingenabled: intProp(0), isansiwarningsenabled: intProp(0),
  isarithmeticabortenabled: intProp(0), isclosecursorsoncommitenabled: intProp(0), isfulltextenabled: intProp(0),
  isinstandby: intProp(0), islocalcursorsdefault: intProp(0), ismergepublished: intProp(0), isnullconcat: intProp(0),
  isnumericroundabortenabled: intProp(0), isparameterizationforced: intProp(0), isquotedidentifiersenabled: intProp(0),
  ispublished: intProp(0), isrecursivetriggersenabled: intProp(0), issubscribed: intProp(0), issyncwithbackup: intProp(0),
  istornpagedetectionenabled: intProp(0), isverifiedclone: intProp(0), isxtpsupported: intProp(1),
};

export const DATABASEPROPERTYEX: MetadataFunction = (call, ctx) => {
  arity(call, 2, 2);
  const name = argText(call, 0, ctx);
  const prop = argText(call, 1, ctx);
  const info = name ? ctx.scope.engine.store.getDatabase(name) : undefined;
  const f = prop ? DATABASE_PROPERTIES[prop.toLowerCase()] : undefined;
  return info && f ? f(info.databaseId, info.collationName) : nvarcharVariant(null);
};

export const HAS_DBACCESS: MetadataFunction = (call, ctx) => {
  arity(call, 1, 1);
  const name = argText(call, 0, ctx);
  const info = name ? ctx.scope.engine.store.getDatabase(name) : undefined;
  if (!info) return typed(INT, null);
  return typed(INT, databaseSecurity(ctx.scope, info.name).userId === null ? 0 : 1);
};
