// EXEC ('dynamic sql'): the text is a batch of its own, one nesting level deeper, without the
// caller's variables. A syntax error fails only the EXEC statement; batch-aborting errors inside
// still end the caller's batch.
import type { ExecStringStatement } from '../../tsql/ast';
import { isCharacter } from '../../types/categories';
import { convert } from '../../types/convert';
import { evaluate } from '../expressions/evaluate';
import { unwrapVariant } from '../expressions/variant';
import { Frame } from '../interpreter/frame';
import { executeStatements } from '../interpreter/interpreter';
import { MAX_NESTING } from '../interpreter/procedure-call';
import { withFrame, type Scope } from '../interpreter/scope';
import { ReturnSignal, ScopeAbortSignal } from '../interpreter/signals';
import { parseCached } from '../parse';
import { cloneSetOptions } from '../session/set-options';
import { compileErrors } from '../interpreter/compile-check';
import { sqlError } from '../../errors/catalog';
import { notSupportedExpression } from './not-supported';

export async function executeExecString(stmt: ExecStringStatement, scope: Scope): Promise<void> {
  if (stmt.as || stmt.at) throw notSupportedExpression(stmt.at ? 'EXEC ... AT' : 'EXEC ... AS');
  let text = '';
  for (const part of stmt.parts) {
    const v = unwrapVariant(evaluate(part, { scope }));
    if (v.value === null) continue;
    text += isCharacter(v.type) ? String(v.value) : String(convert(v, { kind: 'nvarchar', length: 'max' }).value);
  }
  await runDynamicSql(text, scope, new Frame('', scope.frame.nestLevel + 1));
}

export async function runDynamicSql(text: string, scope: Scope, frame: Frame): Promise<number> {
  if (frame.nestLevel > MAX_NESTING) throw sqlError(217, MAX_NESTING);
  const batch = parseCached(text, scope.engine);
  const compileFailure = compileErrors(batch.statements, { parameters: [...frame.all()].map((v) => v.name) })[0];
  if (compileFailure) throw compileFailure;
  // SET options changed by dynamic SQL revert when it ends, as a procedure's do.
  const callerOptions = cloneSetOptions(scope.session.options);
  const callerContexts = scope.session.contextDepth;
  frame.contextBase = callerContexts;
  try {
    await executeStatements(batch.statements, withFrame(scope, frame));
  } catch (e) {
    if (e instanceof ReturnSignal) return e.status ?? 0;
    if (e instanceof ScopeAbortSignal) return 0;
    throw e;
  } finally {
    scope.session.options = callerOptions;
    scope.session.revertTo(callerContexts);
  }
  return 0;
}
