// What every DML statement shares: its target table, the permission hook, statement atomicity
// under the store's write lock (a savepoint inside an open transaction), DONE and @@ROWCOUNT.
import { sqlError } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type { LockWait, SessionStorage } from '../../store/api';
import type { DmlTarget, TableSource } from '../../tsql/ast';
import type { DoneCommand } from '../result-sink';
import type { Scope } from '../interpreter/scope';
import { NameScope } from '../sql/name-scope';
import { Params } from '../sql/params';
import { checkObjectPermission, type ObjectPermission } from '../sql/permissions';
import { resolveNamed, resolveTableVariable, storageOf } from '../sql/resolve-source';
import { withRuntimeScope } from '../sql/runtime-context';
import { TRANSLATOR_FUNCTIONS_REGISTERED } from '../sql/sqlite-functions';
import type { ResolvedSource, WritableTable } from '../sql/source-types';
import type { TxContext } from '../sql/tx-context';
import { notSupportedExpression } from '../statements/not-supported';
import { cachedByCatalog } from './target-cache';

void TRANSLATOR_FUNCTIONS_REGISTERED;

export function dmlContext(scope: Scope): TxContext {
  return { scope, params: new Params(), names: new NameScope(), database: scope.session.database, allowAggregates: false };
}

export interface Target {
  readonly table: WritableTable;
  readonly source: ResolvedSource;
  /** the name the statement uses for it (alias or table name) */
  readonly exposed: string;
}

/**
 * UPDATE a SET ... FROM t AS a / DELETE a FROM t AS a: a one-part target naming an alias of the
 * FROM clause means that aliased table.
 */
export function aliasedTarget(t: DmlTarget, from: readonly TableSource[]): { target: DmlTarget; exposed: string } | undefined {
  if (t.kind !== 'table' || t.name.schema || t.name.database) return undefined;
  const alias = t.name.name.toLowerCase();
  const find = (s: TableSource): { target: DmlTarget; exposed: string } | undefined => {
    switch (s.kind) {
      case 'table': return s.alias?.toLowerCase() === alias ? { target: { kind: 'table', name: s.name, hints: s.hints }, exposed: s.alias } : undefined;
      case 'tableVariable': return s.alias?.toLowerCase() === alias ? { target: { kind: 'tableVariable', name: s.name }, exposed: s.alias } : undefined;
      case 'join': return find(s.left) ?? find(s.right);
      default: return undefined;
    }
  };
  for (const s of from) {
    const hit = find(s);
    if (hit) return hit;
  }
  return undefined;
}

export function resolveTarget(t: DmlTarget, c: TxContext, permission: ObjectPermission, from: readonly TableSource[] = []): Target {
  const aliased = aliasedTarget(t, from);
  if (aliased) return { ...resolveTarget(aliased.target, c, permission), exposed: aliased.exposed };
  const source = t.kind === 'tableVariable' ? resolveTableVariable(t.name, c)
    : t.name.name.startsWith('#') && !t.name.name.startsWith('##') ? resolveNamed(t.name, c, true)
      : cachedByCatalog(c.scope, 'target', t.name, () => resolveNamed(t.name, c, true));
  if (!source.target) {
    if (source.kind === 'view') throw notSupportedExpression(`${permission} through a view`);
    throw sqlError(4405, source.displayName);
  }
  const table = source.target;
  checkObjectPermission(c.scope, {
    database: table.database, schema: table.schema, name: table.name, objectId: table.objectId, kind: 'table',
  }, permission);
  return { table, source, exposed: t.kind === 'tableVariable' ? t.name : t.name.name };
}

export function lockWait(scope: Scope): LockWait {
  return { lockTimeoutMs: scope.session.options.lockTimeout, signal: scope.run.signal, onWait: scope.session.activity.onLockWait };
}

/** Errors after which SQL Server adds the informational 3621 "The statement has been terminated." */
const TERMINATING = new Set([515, 547, 2601, 2627, 2628, 8152]);

/** runs `write` atomically; reports DONE with the count and sets @@ROWCOUNT */
export async function runDml(scope: Scope, command: DoneCommand, write: (s: SessionStorage) => number, after?: () => Promise<void>,
  line = 0): Promise<void> {
  const s = storageOf({ scope });
  let n: number;
  try {
    n = await s.withWriteLock(() => withRuntimeScope(scope, () => write(s)), lockWait(scope));
  } catch (e) {
    if (e instanceof SqlError && TERMINATING.has(e.number) && scope.run.tryDepth === 0 && !scope.session.xactAbort) {
      reportTerminated(e, scope, command, line);
      return;
    }
    throw e;
  }
  if (after) await after();
  finishDml(scope, command, n);
}

/**
 * A constraint failure outside TRY (XACT_ABORT OFF) ends only the statement: the error, then
 * 3621, then DONE with the error flag; the batch goes on (interpreter error-policy rules).
 */
function reportTerminated(e: SqlError, scope: Scope, command: DoneCommand, line: number): void {
  const { session, run, frame } = scope;
  if (e.lineNumber === 0) e.lineNumber = line;
  if (e.procName === '') e.procName = frame.procName;
  session.lastError = e.number;
  session.rowCount = 0;
  run.sink.message(e);
  const info = sqlError(3621);
  info.lineNumber = e.lineNumber;
  info.procName = e.procName;
  run.sink.message(info);
  run.sink.statementDone({ command, error: true, inProc: frame.inProc });
}

export function finishDml(scope: Scope, command: DoneCommand, n: number): void {
  const { session, run, frame } = scope;
  session.rowCount = n;
  session.lastError = 0;
  run.sink.statementDone({ command, ...(session.nocount ? {} : { rowCount: n }), inProc: frame.inProc });
}
