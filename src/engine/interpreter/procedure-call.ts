// Calling a procedure: binding arguments to parameters (SQL Server's rules and messages 119, 201,
// 8143-8146, 8162), the nesting limit, permission, the call itself, and OUTPUT values back.
// Used by EXEC in T-SQL and by RPC requests alike, for TypeScript and T-SQL procedures.
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import { typed, type Typed } from '../../types/typed-value';
import type { SqlValue } from '../../types/values';
import type { ProcedureArgs, ProcedureContext, ProcedureDefinition, ProcedureName, ProcedureParameter } from '../procedure-registry';
import { runTsqlProcedure } from '../routines/run-procedure';
import { findTsqlProcedure, isTsqlProcedure } from '../routines/tsql-procedure';
import { convertForAssignment } from '../statements/assign';
import { Frame } from './frame';
import { executeStatements } from './interpreter';
import { parseCached } from '../parse';
import { RequestRun, withFrame, type Scope } from './scope';
import { CaptureSink } from '../query/exec-capture';
import { ReturnSignal, ScopeAbortSignal } from './signals';
import { keepLineZero } from './error-policy';
import { cloneSetOptions } from '../session/set-options';
import { checkProcedurePermission } from '../security/procedure-permission';
import { enterModule } from '../security/ownership-chain';
import { configureOption } from '../statements/reconfigure';
import { renameObject } from '../ddl/rename-object';
import { findUserMessage, writeUserMessage } from '../statements/user-messages';
import { US_ENGLISH_LANGID } from '../../store/index';
import { changeExtendedProperty } from '../catalog/extended-properties';
import { invalidateTranslations } from '../sql/translation-cache';

export const MAX_NESTING = 32;

/** The return status of a procedure ended by an error rather than RETURN (SQL Server: negative). */
const SCOPE_ABORTED_STATUS = -6;

export interface CallArgument {
  /** '@name' when passed by name */
  readonly name?: string;
  /** undefined = DEFAULT */
  readonly value?: Typed;
  readonly output: boolean;
}

export interface CallOutcome {
  readonly status: number;
  /** OUTPUT parameters the caller asked for, by lower-case parameter name */
  readonly outputs: ReadonlyMap<string, { readonly parameter: ProcedureParameter; readonly value: Typed }>;
}

export async function callProcedure(def: ProcedureDefinition, args: readonly CallArgument[], scope: Scope): Promise<CallOutcome> {
  const nestLevel = scope.frame.nestLevel + 1;
  if (nestLevel > MAX_NESTING) throw sqlError(217, MAX_NESTING);
  checkProcedurePermission(scope, def);
  // Errors raised in a T-SQL procedure name it with its schema (ERROR token, ERROR_PROCEDURE()).
  const reportName = isTsqlProcedure(def) ? `${def.tsql.schema}.${def.name}` : def.name;
  let bound: Map<string, SqlValue>;
  try {
    bound = bind(def, args, scope);
  } catch (e) {
    // Binding happens in the callee before its first line: SQL Server reports "Procedure p, Line 0".
    if (e instanceof SqlError) throw keepLineZero(Object.assign(e, { procName: reportName, lineNumber: 0 }));
    throw e;
  }
  const frame = new Frame(reportName, nestLevel);
  const inner = withFrame(scope, frame);
  const values = new Map<string, SqlValue>();
  for (const p of def.parameters) values.set(p.name.toLowerCase(), bound.get(p.name.toLowerCase()) ?? null);
  const procArgs: ProcedureArgs = {
    get: (name) => typed(param(def, name).type, values.get(name.toLowerCase()) ?? null),
    value: (name) => values.get(name.toLowerCase()) ?? null,
    set: (name, value) => {
      param(def, name);
      values.set(name.toLowerCase(), value);
    },
    supplied: (name) => args.some((a, i) => (a.name ? a.name.toLowerCase() === name.toLowerCase() : def.parameters[i]?.name.toLowerCase() === name.toLowerCase()) && a.value !== undefined),
  };
  let status: number;
  // SET options changed inside a procedure revert when it returns (docs: "SET Statements").
  const callerOptions = cloneSetOptions(scope.session.options);
  const callerContexts = scope.session.contextDepth;
  frame.contextBase = callerContexts;
  // An msdb procedure runs in msdb, as SQL Server's (a module executes in its own database):
  // IS_MEMBER, USER_NAME() and unqualified names in its statements are msdb's, also when it is
  // called as msdb.dbo.sp_x from another database. The context still reports the caller's.
  const callerDatabase = scope.session.database;
  try {
    if (isTsqlProcedure(def)) return finish(def, args, values, await runTsqlProcedure(def, inner, values));
    const context = procedureContext(inner, def);
    if (def.home === 'msdb') scope.session.database = 'msdb';
    const r = await def.run(context, procArgs);
    status = typeof r === 'number' ? r : 0;
  } catch (e) {
    if (e instanceof ReturnSignal) status = e.status ?? 0;
    // A scope-aborting error ended the procedure; it was reported, the caller goes on.
    else if (e instanceof ScopeAbortSignal) status = SCOPE_ABORTED_STATUS;
    else {
      if (e instanceof SqlError && e.procName === '') e.procName = reportName;
      throw e;
    }
  } finally {
    if (!isTsqlProcedure(def)) scope.session.database = callerDatabase;
    scope.session.options = callerOptions;
    scope.session.revertTo(callerContexts);
  }
  return finish(def, args, values, status);
}

function finish(def: ProcedureDefinition, args: readonly CallArgument[], values: ReadonlyMap<string, SqlValue>, status: number): CallOutcome {
  const outputs = new Map<string, { parameter: ProcedureParameter; value: Typed }>();
  args.forEach((a, i) => {
    if (!a.output) return;
    const p = a.name ? def.parameters.find((q) => q.name.toLowerCase() === a.name!.toLowerCase()) : def.parameters[i];
    if (!p) return;
    outputs.set(p.name.toLowerCase(), { parameter: p, value: typed(p.type, values.get(p.name.toLowerCase()) ?? null) });
  });
  return { status, outputs };
}

/**
 * The procedure EXEC/RPC means, in SQL Server's order: a name starting with sp_ is looked up among
 * the system procedures first, then in the named/current database, then in master; any other name
 * is a T-SQL procedure of the named/current database (schema dbo by default) before a system one.
 */
export function findProcedure(name: ProcedureName, scope: Scope): ProcedureDefinition | undefined {
  const registry = scope.engine.procedures;
  const database = scope.session.database;
  const system = name.name.toLowerCase().startsWith('sp_');
  if (system) {
    const d = registry.find(name, database);
    if (d) return d;
  }
  const own = findTsqlProcedure(scope, name);
  if (own) return own;
  if (!system) return registry.find(name, database);
  return name.database ? undefined : findTsqlProcedure(scope, { ...name, database: 'master' });
}

function param(def: ProcedureDefinition, name: string): ProcedureParameter {
  const p = def.parameters.find((q) => q.name.toLowerCase() === name.toLowerCase());
  if (!p) throw new Error(`procedure ${def.name} has no parameter ${name}`);
  return p;
}

function bind(def: ProcedureDefinition, args: readonly CallArgument[], scope: Scope): Map<string, SqlValue> {
  const out = new Map<string, SqlValue>();
  const seen = new Set<string>();
  if (def.parameters.length === 0 && args.length > 0) throw sqlErrorWithState(8146, 2, def.name);
  let named = false;
  args.forEach((a, i) => {
    let p: ProcedureParameter | undefined;
    if (a.name) {
      named = true;
      p = def.parameters.find((q) => q.name.toLowerCase() === a.name!.toLowerCase());
      if (!p) throw sqlError(8145, a.name, def.name);
    } else {
      if (named) throw sqlError(119, i + 1);
      p = def.parameters[i];
      if (!p) throw sqlErrorWithState(8144, 2, def.name);
    }
    const key = p.name.toLowerCase();
    if (seen.has(key)) throw sqlError(8143, p.name);
    seen.add(key);
    if (a.output && !p.output) throw sqlErrorWithState(8162, 2, p.name);
    if (a.value !== undefined) out.set(key, convertForAssignment(a.value, p.type, scope));
  });
  for (const p of def.parameters) {
    const key = p.name.toLowerCase();
    if (out.has(key)) continue;
    if (!('default' in p)) throw sqlErrorWithState(201, 4, def.name, p.name);
    out.set(key, p.default ?? null);
  }
  return out;
}

/** dbo's principal_id in every database (msdb's shipped objects belong to it) */
const DBO_PRINCIPAL_ID = 1;

function procedureContext(scope: Scope, def: ProcedureDefinition): ProcedureContext {
  const { session, run, frame } = scope;
  return {
    loginName: session.login.loginName,
    isSysadmin: session.isSysadmin,
    database: session.database,
    spid: session.login.spid,
    signal: run.signal,
    async resultSet(columns, rows) {
      run.sink.columns(columns);
      let n = 0;
      for (const r of rows) {
        run.sink.row(r);
        if (++n % 256 === 0) await run.sink.drain();
      }
      session.rowCount = n;
      run.sink.statementDone({ command: 'select', ...(session.nocount ? {} : { rowCount: n }), inProc: frame.inProc });
    },
    info(message) {
      run.sink.message(message);
    },
    executeSql: (text, params) => runSql(scope, def, text, params),
    async querySql(text, params) {
      const sink = new CaptureSink(run.sink);
      const captureRun = new RequestRun(sink, run.signal);
      captureRun.tryDepth = run.tryDepth;
      captureRun.catchStack.push(...run.catchStack);
      await runSql({ ...scope, run: captureRun }, def, text, params);
      return sink.sets;
    },
    configure: (configurationId, value) => configureOption(scope, configurationId, value),
    rename: (request) => renameObject(scope, request),
    loggedErrors: (afterId, max) => ({ entries: scope.engine.errorLog.after(afterId, max, true), newestId: scope.engine.errorLog.newestId }),
    errorLog: {
      entries: () => scope.engine.errorLog.all(),
      writeAgentEvent: (event) => {
        scope.engine.errorLog.record({
          number: event.eventId, severity: event.eventType, state: 0, text: event.text, database: session.database,
          loginName: session.login.loginName, spid: session.login.spid, loggedAt: scope.engine.now(), source: 'SQLSERVERAGENT',
        });
        scope.engine.logger.warn({ source: 'SQLSERVERAGENT', eventId: event.eventId, eventType: event.eventType }, event.text);
      },
    },
    userMessages: {
      find: (id) => findUserMessage(scope, id),
      save: (m) => writeUserMessage(scope, { kind: 'save', row: { ...m, languageId: US_ENGLISH_LANGID } }),
      setLogged: (id, logged) => writeUserMessage(scope, { kind: 'log', id, logged }),
      drop: (id) => writeUserMessage(scope, { kind: 'drop', id }),
    },
    extendedProperty: (request) => changeExtendedProperty(scope, request),
    invalidateTranslations,
  };
}

async function runSql(scope: Scope, def: ProcedureDefinition, text: string, params: ReadonlyMap<string, Typed> | undefined): Promise<void> {
  const batch = parseCached(text, scope.engine);
  const inner = withFrame(scope, new Frame(scope.frame.procName, scope.frame.nestLevel));
  for (const [name, v] of params ?? []) inner.frame.declare(name, v.type, null).value = v.value;
  // msdb's system procedures are dbo's modules in SQL Server, so their statements reach msdb's
  // dbo tables through the ownership chain (a TargetServersRole login runs sp_enlist_tsx, which
  // writes systargetservers, without any permission on the table itself).
  if (def.home === 'msdb') enterModule(inner.frame, 'msdb', DBO_PRINCIPAL_ID);
  try {
    await executeStatements(batch.statements, inner);
  } catch (e) {
    if (!(e instanceof ReturnSignal)) throw e;
  }
}
