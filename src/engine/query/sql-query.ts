// Runs a SELECT query through the translator on the session's store connection and decodes the
// rows into typed values (the shape run-query.ts returns).
import type { SessionStorage } from '../../store/api';
import { decodeValue } from '../../store/storage-types';
import type { Query } from '../../tsql/ast';
import type { SqlType } from '../../types/sql-type';
import type { Typed } from '../../types/typed-value';
import type { SqlValue } from '../../types/values';
import type { Scope } from '../interpreter/scope';
import { NameScope } from '../sql/name-scope';
import { bindSlots, Params, type Slot } from '../sql/params';
import { withRuntimeScope } from '../sql/runtime-context';
import { checkReads, type ObjectRead } from '../sql/permissions';
import { precomputeUdfs, type UdfSite } from '../sql/udf-sites';
import { storageOf } from '../sql/resolve-source';
import { TRANSLATOR_FUNCTIONS_REGISTERED } from '../sql/sqlite-functions';
import { translateQuery, type OutputColumn } from '../sql/translate-query';
import { cachedTranslation, type Translated } from '../sql/translation-cache';
import type { QueryColumn, QueryResult } from './run-query';
import type { WritableTable } from '../sql/source-types';

void TRANSLATOR_FUNCTIONS_REGISTERED;

export interface PreparedQuery {
  readonly sql: string;
  readonly slots: readonly Slot[];
  readonly columns: readonly OutputColumn[];
  readonly reads: readonly ObjectRead[];
  readonly udfSites: readonly UdfSite[];
  /** some output column may hold an integer beyond 2^53 (bigint, money, decimal, datetime...):
   *  the rows are read with every integer as a bigint (allBig), else as numbers (all) */
  readonly wideIntegers: boolean;
  /** how to read the rows as arrays, found at the first run; null: read them as objects */
  reading: ArrayReading | null | undefined;
}

interface ArrayReading {
  /** where each output column is in SQLite's row array: its name's last position among the
   *  statement's columns, as an object's property would be */
  readonly positions: readonly number[];
  /** the statement's columns are exactly the output columns, in order */
  readonly inOrder: boolean;
}

// Output kinds whose stored value decodes the same from a number as from a bigint: integers that
// always fit a double (int and smaller, date days, time ticks), floats, and text, whose integers
// could only differ beyond 2^53. Reading them without safe integers spares a BigInt per integer
// column per row (a TOP 100 scan of six int columns made 600).
const NARROW_KINDS: ReadonlySet<SqlType['kind']> = new Set([
  'bit', 'tinyint', 'smallint', 'int', 'real', 'float', 'date', 'time',
  'char', 'varchar', 'nchar', 'nvarchar', 'text', 'ntext', 'uniqueidentifier',
]);

function translate(query: Query, scope: Scope, tableFunctions: ReadonlyMap<object, WritableTable> | undefined): Translated<PreparedQuery> {
  const params = new Params();
  const q = translateQuery(query, {
    scope, params, names: new NameScope(), database: scope.session.database, allowAggregates: true, tableFunctions,
  });
  return {
    value: {
      sql: q.sql, slots: params.slots, columns: q.columns, reads: params.reads, udfSites: params.udfSites,
      wideIntegers: q.columns.some((c) => !NARROW_KINDS.has(c.type.kind)),
      reading: undefined,
    },
    cacheable: !params.volatile, sessionBound: params.sessionBound, schemas: params.schemas, databases: params.databases, views: params.views,
  };
}

/** Translates (cached) and checks the SELECT permissions of what the query reads, at every call. */
export function prepareQuery(query: Query, scope: Scope, tableFunctions?: ReadonlyMap<object, WritableTable>): PreparedQuery {
  // The thunk is an anonymous argument: a named local closure costs a name assignment per call
  // under tsx (keepNames), on every execution of a cached text.
  const prepared = tableFunctions && tableFunctions.size > 0 ? translate(query, scope, tableFunctions).value
    : cachedTranslation(query, scope, () => translate(query, scope, undefined));
  // Here rather than at execution: SQL Server refuses (229/230) before sending COLMETADATA.
  checkReads(scope, prepared.reads);
  return prepared;
}

export function runSqlQuery(query: Query, scope: Scope, limit = Infinity, tableFunctions?: ReadonlyMap<object, WritableTable>): QueryResult {
  const p = prepareQuery(query, scope, tableFunctions);
  const rows = executePrepared(p, scope, limit);
  const columns: QueryColumn[] = p.columns.map((c) => ({
    name: c.name, type: c.type, nullable: c.nullable, ...(c.identity ? { identity: true } : {}), ...(c.identitySpec ? { identitySpec: c.identitySpec } : {}),
  }));
  return { columns, rows };
}

export function executePrepared(p: PreparedQuery, scope: Scope, limit = Infinity): Typed[][] {
  const s = storageOf({ scope });
  // No user-function sites (the usual case): no probe, no result map.
  const udfs = p.udfSites.length === 0 ? undefined : precomputeUdfs(p.udfSites, p.slots, scope);
  return withRuntimeScope(scope, () => readTyped(p, s, bindSlots(p.slots, scope), limit), udfs);
}

/**
 * executePrepared for rows that are only sent (a SELECT's result): the values alone, decoded in
 * place in the arrays SQLite returned when their columns are the output columns in order.
 */
export function executePreparedValues(p: PreparedQuery, scope: Scope, limit = Infinity): SqlValue[][] {
  const s = storageOf({ scope });
  const udfs = p.udfSites.length === 0 ? undefined : precomputeUdfs(p.udfSites, p.slots, scope);
  return withRuntimeScope(scope, () => {
    const params = bindSlots(p.slots, scope);
    const reading = readingFor(p, s);
    if (reading === null || !reading.inOrder) return readTyped(p, s, params, limit).map((row) => row.map((t) => t.value));
    const raw = s.allArrays(p.sql, params, p.wideIntegers);
    if (raw.length > limit) raw.length = limit;
    const columns = p.columns;
    for (const r of raw) {
      for (let j = 0; j < columns.length; j++) r[j] = decodeValue(columns[j]!.type, r[j]);
    }
    return raw as SqlValue[][];
  }, udfs);
}

/** the rows read and decoded as typed values, as arrays when SQLite describes the statement (run within its runtime scope) */
function readTyped(p: PreparedQuery, s: SessionStorage, params: ReturnType<typeof bindSlots>, limit: number): Typed[][] {
  const reading = readingFor(p, s);
  if (reading !== null) return decodeArrays(p.columns, reading.positions, s.allArrays(p.sql, params, p.wideIntegers), limit);
  const raw = p.wideIntegers ? s.allBig<Record<string, unknown>>(p.sql, params) : s.all<Record<string, unknown>>(p.sql, params);
  return decodeRows(p.columns, raw, limit);
}

/** how the query's rows are read, found once per prepared query */
function readingFor(p: PreparedQuery, s: SessionStorage): ArrayReading | null {
  return p.reading === undefined ? (p.reading = readingOf(p, s)) : p.reading;
}

function readingOf(p: PreparedQuery, s: SessionStorage): ArrayReading | null {
  let names: string[];
  try {
    names = s.columns(p.sql).map((c) => c.name);
  } catch {
    // not a statement SQLite describes: reading it as objects raises whatever it raises
    return null;
  }
  const positions = p.columns.map((c) => names.lastIndexOf(c.outName));
  if (positions.includes(-1)) return null;
  return { positions, inOrder: names.length === positions.length && positions.every((at, i) => at === i) };
}

function decodeArrays(columns: readonly OutputColumn[], positions: readonly number[], raw: readonly unknown[][], limit: number): Typed[][] {
  const n = Math.min(raw.length, limit);
  const width = columns.length;
  const out: Typed[][] = new Array<Typed[]>(n);
  for (let i = 0; i < n; i++) {
    const r = raw[i]!;
    const row: Typed[] = new Array<Typed>(width);
    for (let j = 0; j < width; j++) {
      const c = columns[j]!;
      row[j] = { type: c.type, value: decodeValue(c.type, r[positions[j]!]) };
    }
    out[i] = row;
  }
  return out;
}

function decodeRows(columns: readonly OutputColumn[], raw: readonly Record<string, unknown>[], limit: number): Typed[][] {
  const n = Math.min(raw.length, limit);
  const width = columns.length;
  const out: Typed[][] = new Array<Typed[]>(n);
  for (let i = 0; i < n; i++) {
    const r = raw[i]!;
    const row: Typed[] = new Array<Typed>(width);
    for (let j = 0; j < width; j++) {
      const c = columns[j]!;
      row[j] = { type: c.type, value: decodeValue(c.type, r[c.outName]) };
    }
    out[i] = row;
  }
  return out;
}
