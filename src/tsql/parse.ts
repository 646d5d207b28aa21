// The front end's public entry points. Pure functions of the text, so callers may cache results
// per batch text.
import { sqlError } from '../errors/catalog';
import type { Batch, Expr } from './ast';
import { parseAny } from './parser/expressions';
import { Parser } from './parser/parser';
import { parseBatchStatements } from './parser/statements';

/** Parses one batch (SQL_BATCH text, sp_executesql text, EXEC('...') text). Throws SqlError. */
export function parseBatch(text: string): Batch {
  return guardDepth(() => {
    const p = new Parser(text);
    const statements = parseBatchStatements(p);
    if (!p.atEof) throw p.error();
    return { statements };
  });
}

/** Parses a standalone expression or condition (column defaults, tests). Throws SqlError. */
export function parseExpression(text: string): Expr {
  return guardDepth(() => {
    const p = new Parser(text);
    const e = parseAny(p);
    if (!p.atEof) throw p.error();
    return e;
  });
}

/**
 * Recursive descent on absurdly nested input exhausts the JS stack; SQL Server answers such
 * input with 191, so the RangeError becomes that SqlError.
 */
function guardDepth<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof RangeError) {
      const err = sqlError(191);
      err.lineNumber = 1;
      throw err;
    }
    throw e;
  }
}
