// EXEC [@rc =] proc [args]: a TypeScript procedure from the registry, or one of the engine's own
// (sp_executesql & co.). OUTPUT arguments are written back to the caller's variables. At batch
// level the client gets RETURNSTATUS and DONEPROC, as SQL Server sends them for EXEC in a batch.
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import type { ExecStatement, ObjectName } from '../../tsql/ast';
import { isCharacter } from '../../types/categories';
import { typed, type Typed } from '../../types/typed-value';
import { evaluate } from '../expressions/evaluate';
import { unwrapVariant } from '../expressions/variant';
import { inNamedDatabase } from '../interpreter/named-database';
import { callProcedure, findProcedure, type CallArgument } from '../interpreter/procedure-call';
import type { Scope } from '../interpreter/scope';
import type { ProcedureName } from '../procedure-registry';
import { findEngineProcedure } from '../rpc/engine-procedures';
import { assignVariable } from './assign';
import { notSupportedExpression } from './not-supported';

export async function executeExec(stmt: ExecStatement, scope: Scope): Promise<void> {
  const name = procedureName(stmt, scope);
  const args: CallArgument[] = stmt.args.map((a) => {
    if (a.output && a.value.kind !== 'variable') throw sqlError(179);
    return {
      ...(a.name ? { name: a.name } : {}),
      ...(a.value.kind === 'default' ? {} : { value: evaluate(a.value, { scope }) }),
      output: a.output,
    };
  });
  const outputs = new Map<number, Typed>();
  let status: number;
  const special = findEngineProcedure(name);
  if (special) {
    const outcome = await inNamedDatabase(name, undefined, scope, async () => special.run(args, scope));
    status = outcome.status;
    for (const [i, v] of outcome.outputs) outputs.set(i, v);
  } else {
    const def = findProcedure(name, scope);
    if (!def) throw sqlErrorWithState(2812, 62, [name.database, name.schema, name.name].filter((p) => p).join('.'));
    const outcome = await inNamedDatabase(name, def, scope, () => callProcedure(def, args, scope));
    status = outcome.status;
    stmt.args.forEach((a, i) => {
      const p = a.name ? a.name.toLowerCase() : def.parameters[i]?.name.toLowerCase();
      const out = p ? outcome.outputs.get(p) : undefined;
      if (out) outputs.set(i, out.value);
    });
  }
  stmt.args.forEach((a, i) => {
    const out = outputs.get(i);
    if (a.output && a.value.kind === 'variable' && out) assignVariable(scope.frame.get(a.value.name), '=', out, scope);
  });
  if (stmt.returnVariable) {
    assignVariable(scope.frame.get(stmt.returnVariable), '=', typed({ kind: 'int' }, status), scope);
  }
  scope.session.lastError = 0;
  if (!scope.frame.inProc) {
    scope.run.sink.returnStatus(status);
    scope.run.sink.procedureDone({});
  }
}

function procedureName(stmt: ExecStatement, scope: Scope): ProcedureName {
  if (stmt.procedure.kind === 'variable') {
    const v = unwrapVariant(evaluate({ kind: 'variable', line: stmt.line, name: stmt.procedure.name }, { scope }));
    if (v.value === null || !isCharacter(v.type)) throw sqlError(8199);
    return splitName(String(v.value));
  }
  return fromObjectName(stmt.procedure.name);
}

function fromObjectName(n: ObjectName): ProcedureName {
  if (n.server) throw notSupportedExpression('EXEC on a linked server');
  return { ...(n.database ? { database: n.database } : {}), ...(n.schema ? { schema: n.schema } : {}), name: n.name };
}

/** 'msdb.dbo.sp_x' held in a variable; brackets are removed. */
function splitName(text: string): ProcedureName {
  const parts = text.split('.').map((p) => p.trim().replace(/^\[(.*)\]$/, '$1'));
  const name = parts.pop() ?? '';
  const schema = parts.pop();
  const database = parts.pop();
  return { ...(database ? { database } : {}), ...(schema ? { schema } : {}), name };
}
