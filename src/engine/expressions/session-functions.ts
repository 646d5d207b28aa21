// Built-in functions whose answer depends on the session or the server rather than on their
// arguments: identity of the login, current database, error state inside CATCH, SERVERPROPERTY...
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import { chainsTo } from '../security/ownership-chain';
import { liveSessions } from '../security/session-registry';
import type { FunctionCall } from '../../tsql/ast';
import type { SqlType } from '../../types/sql-type';
import { typed, type Typed } from '../../types/typed-value';
import { cursorStatus } from '../interpreter/cursors';
import type { Scope } from '../interpreter/scope';
import type { EvalContext } from './eval-context';
import { evaluate } from './evaluate';
import { connectionProperty, serverProperty } from './server-properties';
import { scopeIdentityOf } from '../query/scope-identity';
import { SqlDecimal } from '../../types/values';
import { unwrapVariant } from './variant';

/** dbo: msdb's system procedures run as its modules (interpreter/procedure-call.ts) */
const DBO_PRINCIPAL_ID = 1;
const NUMERIC38: SqlType = { kind: 'decimal', precision: 38, scale: 0, numeric: true };
import { currentUserName, metadataFunction } from '../catalog/functions/index';

const INT: SqlType = { kind: 'int' };
const SMALLINT: SqlType = { kind: 'smallint' };
const NVARCHAR128: SqlType = { kind: 'nvarchar', length: 128 };

/** The fixed database ids of the system databases (sys.databases). */
const SYSTEM_DATABASE_IDS: Readonly<Record<string, number>> = { master: 1, tempdb: 2, model: 3, msdb: 4 };

/** sysadmins are dbo in every database; other logins get their own name until users exist. */
export function userName(scope: Scope): string {
  return currentUserName(scope) ?? (scope.session.isSysadmin ? 'dbo' : scope.session.login.loginName);
}

function databaseId(name: string, scope: Scope): number | null {
  const sys = SYSTEM_DATABASE_IDS[name.toLowerCase()];
  if (sys !== undefined) return sys;
  return scope.engine.store.getDatabase(name)?.databaseId ?? null;
}

function databaseName(id: number, scope: Scope): string | null {
  for (const [name, sysId] of Object.entries(SYSTEM_DATABASE_IDS)) if (sysId === id) return name;
  return scope.engine.store.listDatabases().find((d) => d.databaseId === id)?.name ?? null;
}

function stringArg(call: FunctionCall, i: number, ctx: EvalContext): string | null {
  const a = call.args[i];
  if (!a) return null;
  const v = unwrapVariant(evaluate(a, ctx)).value;
  return v === null ? null : String(v);
}

function arity(call: FunctionCall, min: number, max: number): void {
  const n = call.args.length;
  if (n < min || n > max) {
    if (min === max) throw sqlError(174, call.name.name.toLowerCase(), min);
    throw sqlError(189, call.name.name.toLowerCase(), min, max);
  }
}

type SessionFunction = (call: FunctionCall, ctx: EvalContext) => Typed;

const loginName: SessionFunction = (call, ctx) => {
  arity(call, 0, 1);
  if (call.args.length === 1) {
    const v = evaluate(call.args[0]!, ctx).value;
    // Only the caller's own login can be looked up until sys.server_principals exists.
    if (v !== null && typeof v !== 'string') return typed(NVARCHAR128, null);
  }
  return typed(NVARCHAR128, ctx.scope.session.login.loginName);
};

const catchInfo = (pick: (e: NonNullable<ReturnType<() => Scope['run']['currentError']>>) => Typed, type: SqlType): SessionFunction =>
  (call, ctx) => {
    arity(call, 0, 0);
    const e = ctx.scope.run.currentError;
    return e ? pick(e) : typed(type, null);
  };

const FUNCTIONS: Readonly<Record<string, SessionFunction>> = {
  SERVERPROPERTY: (call, ctx) => {
    arity(call, 1, 1);
    return serverProperty(stringArg(call, 0, ctx), ctx.scope);
  },
  CONNECTIONPROPERTY: (call, ctx) => {
    arity(call, 1, 1);
    return connectionProperty(stringArg(call, 0, ctx), ctx.scope);
  },
  DB_NAME: (call, ctx) => {
    arity(call, 0, 1);
    if (call.args.length === 0) return typed(NVARCHAR128, ctx.scope.session.database);
    const v = unwrapVariant(evaluate(call.args[0]!, ctx)).value;
    return typed(NVARCHAR128, v === null ? null : databaseName(Number(v), ctx.scope));
  },
  DB_ID: (call, ctx) => {
    arity(call, 0, 1);
    const name = call.args.length === 0 ? ctx.scope.session.database : stringArg(call, 0, ctx);
    return typed(INT, name === null ? null : databaseId(name, ctx.scope));
  },
  ROWCOUNT_BIG: (call, ctx) => {
    arity(call, 0, 0);
    return typed({ kind: 'bigint' }, BigInt(ctx.scope.session.rowCount));
  },
  SUSER_SNAME: loginName,
  SUSER_NAME: loginName,
  ORIGINAL_LOGIN: (call, ctx) => {
    arity(call, 0, 0);
    return typed(NVARCHAR128, ctx.scope.session.originalLogin.loginName);
  },
  USER_NAME: (call, ctx) => {
    arity(call, 0, 1);
    return typed(NVARCHAR128, userName(ctx.scope));
  },
  USER_ID: (call, ctx) => {
    arity(call, 0, 1);
    return typed(INT, ctx.scope.session.isSysadmin ? 1 : null);
  },
  APP_NAME: (call, ctx) => {
    arity(call, 0, 0);
    return typed(NVARCHAR128, ctx.scope.session.login.programName);
  },
  // PROGRAM_NAME() is APP_NAME()'s older name (nchar(128) in SQL Server; nvarchar here, which
  // clients read the same way)
  PROGRAM_NAME: (call, ctx) => {
    arity(call, 0, 0);
    return typed(NVARCHAR128, ctx.scope.session.login.programName);
  },
  HOST_NAME: (call, ctx) => {
    arity(call, 0, 0);
    return typed(NVARCHAR128, ctx.scope.session.login.hostName);
  },
  IS_SRVROLEMEMBER: (call, ctx) => {
    arity(call, 1, 2);
    const role = stringArg(call, 0, ctx);
    if (role === null) return typed(INT, null);
    const r = role.toLowerCase();
    if (r === 'public') return typed(INT, 1);
    const known = ['sysadmin', 'securityadmin', 'serveradmin', 'setupadmin', 'processadmin', 'diskadmin', 'dbcreator', 'bulkadmin'];
    if (!known.includes(r)) return typed(INT, null);
    // sysadmin implies the other fixed roles' permissions, but membership is reported only for sysadmin.
    return typed(INT, r === 'sysadmin' && ctx.scope.session.isSysadmin ? 1 : 0);
  },
  IS_MEMBER: (call, ctx) => {
    arity(call, 1, 1);
    const role = stringArg(call, 0, ctx);
    if (role === null) return typed(INT, null);
    const r = role.toLowerCase();
    if (r === 'public') return typed(INT, 1);
    if (r === 'db_owner') return typed(INT, ctx.scope.session.isSysadmin ? 1 : 0);
    return typed(INT, 0);
  },
  ERROR_NUMBER: catchInfo((e) => typed(INT, e.number), INT),
  ERROR_MESSAGE: catchInfo((e) => typed({ kind: 'nvarchar', length: 4000 }, e.message), { kind: 'nvarchar', length: 4000 }),
  ERROR_SEVERITY: catchInfo((e) => typed(INT, e.severity), INT),
  ERROR_STATE: catchInfo((e) => typed(INT, e.state), INT),
  ERROR_LINE: catchInfo((e) => typed(INT, e.lineNumber), INT),
  ERROR_PROCEDURE: catchInfo((e) => typed(NVARCHAR128, e.procName === '' ? null : e.procName), NVARCHAR128),
  CURSOR_STATUS: (call, ctx) => {
    arity(call, 2, 2);
    const source = stringArg(call, 0, ctx);
    const name = stringArg(call, 1, ctx);
    if (source === null || name === null) return typed(SMALLINT, null);
    return typed(SMALLINT, cursorStatus(source, name, ctx.scope));
  },
  XACT_STATE: (call, ctx) => {
    arity(call, 0, 0);
    return typed(SMALLINT, ctx.scope.session.transactions.xactState);
  },
  // msxd-internal, for msdb's system procedures only (SQL Server's xp_sqlagent_notify asks the
  // service itself): how many live sessions of this node have this program name, whoever they
  // belong to. The Agent keeps a 'SQLAgent - Job Manager' session while it runs.
  MSXD_PROGRAM_SESSIONS: (call, ctx) => {
    arity(call, 1, 1);
    if (!chainsTo(ctx.scope.frame, 'msdb', DBO_PRINCIPAL_ID)) throw sqlErrorWithState(195, 10, call.name.name, 'built-in function name');
    const name = evaluate(call.args[0]!, ctx).value;
    if (name === null || name === undefined) return typed(INT, null);
    const wanted = String(name).toLowerCase();
    return typed(INT, liveSessions(ctx.scope.engine).filter((s) => s.login.programName.toLowerCase() === wanted).length);
  },
  // The last identity inserted by this module (batch, procedure, dynamic SQL): inserts made by a
  // procedure or trigger it calls change @@IDENTITY, not the caller's SCOPE_IDENTITY().
  SCOPE_IDENTITY: (call, ctx) => {
    arity(call, 0, 0);
    const id = scopeIdentityOf(ctx.scope.frame);
    return typed(NUMERIC38, id === null ? null : new SqlDecimal(id, 0));
  },
  // Objects arrive with the catalogue; until then no name resolves.
  OBJECT_ID: (call) => {
    arity(call, 1, 2);
    return typed(INT, null);
  },
};

export function sessionFunction(name: string, call: FunctionCall, ctx: EvalContext): Typed | undefined {
  const metadata = metadataFunction(name, call, ctx);
  if (metadata) return metadata;
  const f = FUNCTIONS[name];
  return f ? f(call, ctx) : undefined;
}
