// Parsed msdb scripts for the tests: every batch of every script, and helpers over the AST.
import { msdbScripts, splitBatches } from '../../../src/msdb/index';
import type { MigrationScript } from '../../../src/store/index';
import { parseBatch, type Batch, type Expr, type Statement } from '../../../src/tsql/index';

export interface ParsedBatch {
  readonly script: MigrationScript;
  readonly index: number;
  readonly text: string;
  readonly batch: Batch;
}

export function parsedBatches(): ParsedBatch[] {
  return msdbScripts().flatMap((script) => splitBatches(script.text).map((text, index) => ({ script, index, text, batch: parseBatch(text) })));
}

/** Every statement with the IF conditions that guard it (outermost first). */
export function* walk(statements: readonly Statement[], guards: readonly Expr[] = []): Generator<{ stmt: Statement; guards: readonly Expr[] }> {
  for (const stmt of statements) {
    yield { stmt, guards };
    if (stmt.kind === 'block') yield* walk(stmt.statements, guards);
    if (stmt.kind === 'if') {
      yield* walk([stmt.then], [...guards, stmt.condition]);
      if (stmt.else) yield* walk([stmt.else], guards);
    }
  }
}

/** The literal text of a constant expression (string or number), else undefined. */
export function literalText(e: Expr | undefined): string | number | undefined {
  if (!e) return undefined;
  if (e.kind === 'literal') return e.form === 'string' ? e.text : Number(e.text);
  if (e.kind === 'unary' && e.op === '-' && e.operand.kind === 'literal') return -Number(e.operand.text);
  return undefined;
}
