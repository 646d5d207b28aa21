// Shared helpers for the T-SQL front-end tests: AST comparison without positions, the
// parse -> print -> parse round trip, and expected-error assertions.
import assert from 'node:assert/strict';
import { SqlError } from '../../../src/errors/sql-error';
import type { Batch, Expr, Statement } from '../../../src/tsql/ast';
import { parseBatch, parseExpression } from '../../../src/tsql/parse';
import { printBatch } from '../../../src/tsql/print/print';

/** Deep copy without `line` and `sourceText` (they legitimately change when text is reprinted). */
export function strip<T>(node: T): T {
  if (Array.isArray(node)) return node.map(strip) as T;
  if (node && typeof node === 'object' && !(node instanceof Buffer)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) if (k !== 'line' && k !== 'sourceText') out[k] = strip(v);
    return out as T;
  }
  return node;
}

/** Parses, prints, re-parses; asserts both trees match and returns the first. */
export function roundTrip(sql: string): Batch {
  const first = parseBatch(sql);
  const printed = printBatch(first);
  let second: Batch;
  try {
    second = parseBatch(printed);
  } catch (e) {
    assert.fail(`reprinted text does not parse: ${(e as Error).message}\n--- original\n${sql}\n--- printed\n${printed}`);
  }
  assert.deepStrictEqual(strip(second), strip(first), `round trip changed the tree\n--- printed\n${printed}`);
  return first;
}

export function one(sql: string): Statement {
  const b = roundTrip(sql);
  assert.equal(b.statements.length, 1, `expected one statement in: ${sql}`);
  return b.statements[0]!;
}

export function expr(sql: string): Expr {
  return strip(parseExpression(sql));
}

/** Asserts parseBatch fails with the given number, message and line. */
export function syntaxError(sql: string, number: number, message: string, line = 1): SqlError {
  try {
    parseBatch(sql);
  } catch (e) {
    assert.ok(e instanceof SqlError, `expected SqlError, got ${String(e)}`);
    assert.equal(e.message, message);
    assert.equal(e.number, number);
    assert.equal(e.lineNumber, line);
    return e;
  }
  assert.fail(`expected a syntax error for: ${sql}`);
}
