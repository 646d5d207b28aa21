// How EXEC finds procedures written in TypeScript. The engine owns this interface; src/procedures
// fills it (an explicit list) and server/ hands the result to createEngine. The engine itself never
// imports src/procedures (layers, src/README.md).
import type { SqlError } from '../errors/sql-error';
import type { SqlType } from '../types/sql-type';
import type { Typed } from '../types/typed-value';
import type { SqlValue } from '../types/values';
import type { LoggedError } from './error-log';
import type { ResultColumn } from './result-sink';

export interface ProcedureParameter {
  /** with the '@', as SQL Server lists it in sys.parameters */
  readonly name: string;
  readonly type: SqlType;
  /** present = the parameter is optional; its value when the caller omits it (null = NULL) */
  readonly default?: SqlValue;
  readonly output?: boolean;
}

/** Who may run the procedure: everyone (public) or members of sysadmin. */
export type ProcedurePermission = 'public' | 'sysadmin';

/**
 * Where a procedure lives. 'system' procedures (sys schema of the resource database: sp_executesql,
 * sp_server_info, ...) resolve from every database; 'msdb' ones need msdb as the current
 * database or in the name (msdb.dbo.sp_help_job).
 */
export type ProcedureHome = 'system' | 'msdb' | 'master';

export interface ProcedureArgs {
  /** the argument converted to the parameter's type (the default when omitted) */
  get(name: string): Typed;
  value(name: string): SqlValue;
  /** sets an OUTPUT parameter (converted to its declared type on return) */
  set(name: string, value: SqlValue): void;
  /** the caller passed the parameter explicitly (not defaulted) */
  supplied(name: string): boolean;
}

/** What a TypeScript procedure sees of the session that runs it. */
export interface ProcedureContext {
  readonly loginName: string;
  readonly isSysadmin: boolean;
  readonly database: string;
  readonly spid: number;
  readonly signal: AbortSignal;
  /** sends one result set (COLMETADATA, ROWs, DONEINPROC with the count unless NOCOUNT) */
  resultSet(columns: readonly ResultColumn[], rows: Iterable<readonly SqlValue[]>): Promise<void>;
  /** an informational message (severity <= 10), like PRINT */
  info(message: SqlError): void;
  /**
   * runs T-SQL in the caller's session, one procedure level deeper (procedures written as SQL).
   * `params` (name with '@' -> typed value) are variables the text can use, bound as sp_executesql
   * binds its parameters: values kept out of the text let every call share one parsed batch.
   */
  executeSql(text: string, params?: ReadonlyMap<string, Typed>): Promise<void>;
  /**
   * executeSql whose result sets come back here instead of going to the client (messages and
   * errors still go to it): a procedure's own lookups without a round through FOR JSON.
   */
  querySql(text: string, params?: ReadonlyMap<string, Typed>): Promise<QueryResult[]>;
  /**
   * sp_configure's write: sets a server configuration option's configured value (sys.configurations
   * .value; RECONFIGURE or a restart installs it). Throws 15247 unless sysadmin, 574 inside a user
   * transaction, 15129 outside the option's range.
   */
  configure(configurationId: number, value: number): Promise<void>;
  /**
   * sp_rename's write: renames an object, a column or an index of the current database (its
   * catalogue rows and SQLite objects) under the DDL write lock. Throws 15248 when the item is not
   * found, 15335 when the new name is taken.
   */
  rename(request: RenameRequest): Promise<void>;
  /**
   * the node's logged errors after `afterId`, oldest first, and the newest id (error-log.ts; the
   * agent's alerts). Optional: contexts made outside the interpreter (tests) need not offer it.
   */
  loggedErrors?(afterId: number, max: number): { readonly entries: readonly LoggedError[]; readonly newestId: number };
  /** the node's error log as a whole (xp_readerrorlog) and the agent's event-log writes. Optional like loggedErrors. */
  errorLog?: ErrorLogAccess;
  /**
   * sys.messages' user-defined messages (sp_addmessage, sp_altermessage, sp_dropmessage), us_english
   * only; writes go to master under the write lock. Optional like loggedErrors.
   */
  userMessages?: UserMessageAccess;
  /**
   * sp_addextendedproperty / sp_updateextendedproperty / sp_dropextendedproperty's write in the
   * current database (catalog/extended-properties.ts); throws 15135, 15233, 15217. Optional like
   * loggedErrors.
   */
  extendedProperty?(request: ExtendedPropertyRequest): Promise<void>;
  /**
   * sp_recompile: forgets the node's translated statements so the next run of any module
   * translates afresh (translation-cache.ts invalidateTranslations; msxd has no per-object plans).
   * Optional like loggedErrors.
   */
  invalidateTranslations?(): void;
}

/** Where an extended property is: SQL Server's @level0type ... @level2name, NULL when absent. */
export interface PropertyLevels {
  readonly level0type: string | null;
  readonly level0name: string | null;
  readonly level1type: string | null;
  readonly level1name: string | null;
  readonly level2type: string | null;
  readonly level2name: string | null;
}

export interface ExtendedPropertyRequest {
  readonly action: 'add' | 'update' | 'drop';
  readonly name: string;
  readonly value: SqlValue;
  readonly levels: PropertyLevels;
}

export interface ErrorLogAccess {
  entries(): readonly LoggedError[];
  /** an event SQL Server Agent writes to the application log (source SQLSERVERAGENT) */
  writeAgentEvent(event: AgentLogEvent): void;
}

export interface AgentLogEvent {
  /** the Windows event id (208: a job outcome) */
  readonly eventId: number;
  /** EVENTLOG_ERROR_TYPE 1, EVENTLOG_WARNING_TYPE 2, EVENTLOG_INFORMATION_TYPE 4 */
  readonly eventType: number;
  readonly text: string;
}

export interface UserMessage {
  readonly id: number;
  readonly severity: number;
  readonly logged: boolean;
  readonly text: string;
}

export interface UserMessageAccess {
  find(id: number): UserMessage | undefined;
  save(message: UserMessage): Promise<void>;
  setLogged(id: number, logged: boolean): Promise<void>;
  drop(id: number): Promise<void>;
}

/** What sp_rename renames; `schema` undefined means dbo. */
export type RenameRequest =
  | { readonly kind: 'object'; readonly schema?: string; readonly name: string; readonly newName: string }
  | { readonly kind: 'column' | 'index'; readonly schema?: string; readonly table: string; readonly item: string; readonly newName: string };

/** one result set captured by ProcedureContext.querySql */
export interface QueryResult {
  readonly columns: readonly ResultColumn[];
  readonly rows: readonly (readonly SqlValue[])[];
  /** the count of the SELECT's DONE; absent under SET NOCOUNT ON (sp_send_dbmail's "(n rows affected)") */
  readonly rowCount?: number;
}

export interface ProcedureDefinition {
  readonly name: string;
  readonly home: ProcedureHome;
  readonly parameters: readonly ProcedureParameter[];
  readonly permission: ProcedurePermission;
  /**
   * SQL Server has it as an extended stored procedure (a DLL entry point: xp_instance_regread):
   * the catalogue shows type X, EXTENDED_STORED_PROCEDURE, instead of P, SQL_STORED_PROCEDURE.
   */
  readonly extended?: boolean;
  /** resolves to the return status (0 when undefined) */
  run(ctx: ProcedureContext, args: ProcedureArgs): Promise<number | void> | number | void;
}

/** A procedure name as written: up to database.schema.name (server names are not supported). */
export interface ProcedureName {
  readonly database?: string;
  readonly schema?: string;
  readonly name: string;
}

export interface ProcedureRegistry {
  /** currentDatabase decides what a one- or two-part name means */
  find(name: ProcedureName, currentDatabase: string): ProcedureDefinition | undefined;
  /** every definition, for the catalogue (the procedures are objects: sys.all_objects, OBJECT_ID) */
  all(): readonly ProcedureDefinition[];
}

export const EMPTY_PROCEDURE_REGISTRY: ProcedureRegistry = { find: () => undefined, all: () => [] };
