// System views (sys.*, INFORMATION_SCHEMA.*) computed by SQLite over the __msxd_* catalogue
// tables. The catalog-views engineer registers each one here; the table-source resolver inlines
// `sql(ctx)` as a derived table, so WHERE/JOIN/ORDER BY over them run in SQLite like any table.
import type { SqlType } from '../../types/sql-type';
import type { ProcedureRegistry } from '../procedure-registry';
import type { WritableTable } from './source-types';

/** One of the session's #temp tables, with the dates sys.objects shows (store datetime ticks). */
export interface SessionTempTable {
  readonly table: WritableTable;
  readonly created: bigint;
  readonly modified: bigint;
}

export interface SystemViewContext {
  /** the T-SQL database the view is read in (`msdb.sys.objects` -> 'msdb', else current) */
  readonly database: string;
  /** quoted SQLite schema of that database, e.g. `"msdb"`: prefix every __msxd_* table with it */
  readonly sqliteSchema: string;
  /** quoted SQLite schema of master (server-level views: sys.databases, sys.server_principals) */
  readonly masterSchema: string;
  /** session facts some views filter on */
  readonly spid: number;
  readonly loginName: string;
  readonly isSysadmin: boolean;
  /** the session's #temp tables (tempdb's views list them); reading it binds the translation too */
  readonly tempTables: readonly SessionTempTable[];
  /**
   * the node's TypeScript procedures, which are objects too (sys.all_objects; msdb's in msdb's
   * sys.objects). The same for every session of the engine, so reading it keeps the translation shared.
   */
  readonly procedures: ProcedureRegistry;
  /** binds a value (store encoding) as a statement parameter; returns its placeholder (`@p3`) */
  bind(value: null | number | bigint | string | Buffer): string;
}

export interface SystemViewColumn {
  readonly name: string;
  readonly type: SqlType;
  readonly nullable: boolean;
}

export interface SystemViewDefinition {
  /** 'sys' or 'INFORMATION_SCHEMA' (matched case-insensitively) */
  readonly schema: string;
  readonly name: string;
  readonly columns: readonly SystemViewColumn[];
  /**
   * A SQLite SELECT returning exactly `columns`, in order, each value in the store's encoding of
   * its SqlType (store `encodeValue`: bit 0/1, datetime as ticks, strings as TEXT ...). Values
   * from the session go in through `ctx.bind(value)` (never pasted into the text).
   */
  sql(ctx: SystemViewContext): string;
}

const views = new Map<string, SystemViewDefinition>();

const key = (schema: string, name: string): string => `${schema.toLowerCase()}.${name.toLowerCase()}`;

export function registerSystemView(def: SystemViewDefinition): void {
  views.set(key(def.schema, def.name), def);
}

export function findRegisteredSystemView(schema: string, name: string): SystemViewDefinition | undefined {
  return views.get(key(schema, name));
}

export function registeredSystemViews(): IterableIterator<SystemViewDefinition> {
  return views.values();
}
