// RPC requests (MS-TDS 2.2.6.6): a named procedure or a special one (sp_executesql, sp_prepare...)
// called with decoded parameters. Response order as SQL Server: the procedure's own tokens
// (DONEINPROC per statement), RETURNSTATUS, RETURNVALUE per OUTPUT parameter, DONEPROC.
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type { Typed } from '../../types/typed-value';
import type { RpcCall } from '../api';
import { callProcedure, findProcedure, type CallArgument } from '../interpreter/procedure-call';
import { inNamedDatabase } from '../interpreter/named-database';
import type { Scope } from '../interpreter/scope';
import { BatchAbortSignal, isSignal } from '../interpreter/signals';
import type { ProcedureName } from '../procedure-registry';
import { findEngineProcedure } from './engine-procedures';

/**
 * The call's promise; when the procedure completed synchronously (sp_executesql of a point query)
 * its tokens are already written and the promise is an already settled one: no async frame.
 */
export function executeRpc(call: RpcCall, scope: Scope): Promise<void> {
  const args: CallArgument[] = call.params.map(toArgument);
  let outcome: CallOutcome | Promise<CallOutcome>;
  try {
    outcome = startCall(call, args, scope);
  } catch (e) {
    return settle(call, scope, () => failure(e, scope));
  }
  if (outcome instanceof Promise) {
    return outcome.then((o) => finish(call, scope, o), (e: unknown) => finish(call, scope, failure(e, scope)));
  }
  finish(call, scope, outcome);
  return DONE;
}

/** status and OUTPUT values by parameter index; undefined: the call failed (reported already) */
type CallOutcome = { readonly status: number; readonly outputs: ReadonlyMap<number, Typed> } | undefined;

const DONE: Promise<void> = Promise.resolve();

function startCall(call: RpcCall, args: readonly CallArgument[], scope: Scope): CallOutcome | Promise<CallOutcome> {
  const name = splitRpcName(call.procedure);
  const special = findEngineProcedure(name);
  if (special) {
    // Without a database in the name there is nothing to switch: no wrapper, no closure.
    return name.database === undefined ? special.run(args, scope)
      : inNamedDatabase(name, undefined, scope, async () => special.run(args, scope));
  }
  const def = findProcedure(name, scope);
  if (!def) throw sqlErrorWithState(2812, 62, call.procedure);
  return inNamedDatabase(name, def, scope, () => callProcedure(def, args, scope)).then((outcome) => {
    const byIndex = new Map<number, Typed>();
    call.params.forEach((p, i) => {
      const key = p.name ? p.name.toLowerCase() : def.parameters[i]?.name.toLowerCase();
      const out = key ? outcome.outputs.get(key) : undefined;
      if (out) byIndex.set(i, out.value);
    });
    return { status: outcome.status, outputs: byIndex };
  });
}

/** A failure of the call: reported here (undefined returned); signals other than batch abort go on. */
function failure(e: unknown, scope: Scope): CallOutcome {
  if (e instanceof BatchAbortSignal) return undefined;
  if (isSignal(e)) throw e;
  const err = e instanceof SqlError ? e : sqlError(50000, `msxd internal error: ${String(e)}`);
  scope.session.lastError = err.number;
  if (err.lineNumber === 0) err.lineNumber = 1;
  scope.run.sink.message(err);
  return undefined;
}

/** finish with what `outcome` gives; a signal it throws becomes the rejection, as an async function's would */
function settle(call: RpcCall, scope: Scope, outcome: () => CallOutcome): Promise<void> {
  try {
    finish(call, scope, outcome());
    return DONE;
  } catch (e) {
    return Promise.reject(e);
  }
}

/** RETURNSTATUS (not after a failure), RETURNVALUE per OUTPUT parameter, DONEPROC. */
function finish(call: RpcCall, scope: Scope, outcome: CallOutcome): void {
  const { run } = scope;
  if (run.signal.aborted) return;
  const failed = outcome === undefined;
  const outputs = outcome === undefined ? NO_OUTPUTS : outcome.outputs;
  if (!failed) run.sink.returnStatus(outcome.status);
  for (let i = 0; i < call.params.length; i++) {
    const p = call.params[i] as RpcCall['params'][number];
    if (!p.output) continue;
    const v = outputs.get(i) ?? { type: p.type, value: failed ? null : p.value };
    run.sink.outputParam({ ordinal: i, name: p.name, type: v.type, value: v.value });
  }
  run.sink.procedureDone(failed ? FAILED : SUCCEEDED);
}

const NO_OUTPUTS: ReadonlyMap<number, Typed> = new Map();
const FAILED = { error: true } as const;
const SUCCEEDED = {} as const;

function toArgument(p: RpcCall['params'][number]): CallArgument {
  const arg: { name?: string; value?: Typed; output: boolean } = { output: p.output };
  if (p.name) arg.name = p.name;
  if (!p.useDefault) arg.value = { type: p.type, value: p.value };
  return arg;
}

/** 'msdb.dbo.sp_help_job', '[sys].[sp_executesql]' -> parts (a server part is refused by lookup). */
function splitRpcName(text: string): ProcedureName {
  // The common case (a ProcID's well-known name, or a bare procedure name) needs no splitting.
  if (!text.includes('.') && !text.includes('[') && text.trim() === text) return { name: text };
  const parts = text.split('.').map((p) => p.trim().replace(/^\[(.*)\]$/, '$1'));
  const name = parts.pop() ?? '';
  const schema = parts.pop();
  const database = parts.pop();
  return { ...(database ? { database } : {}), ...(schema ? { schema } : {}), name };
}
