// Bounded fuzzing: random token-level mutations of valid batches must either parse or fail with
// a SqlError, never throw anything else and never hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqlError } from '../../../src/errors/sql-error';
import { parseBatch } from '../../../src/tsql/parse';
import { printBatch } from '../../../src/tsql/print/print';
import { CORPUS } from './corpus';

/** Deterministic PRNG (mulberry32) so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = ['(', ')', ',', ';', "'", '[', ']', '"', '/*', '--', '\n', 'SELECT', 'FROM', 'WHERE', 'END', 'BEGIN', 'CASE',
  'WITH', 'AS', 'ON', 'JOIN', '@x', '@@', '$', '0x', '1e', '.', '*', '=', 'N\'', 'NOT', 'IN', 'IS', 'NULL', 'EXEC', 'GO', '::', '-'];

function mutate(text: string, r: () => number): string {
  const words = text.split(/(\s+)/);
  const n = 1 + Math.floor(r() * 3);
  for (let k = 0; k < n; k++) {
    const i = Math.floor(r() * words.length);
    const op = Math.floor(r() * 4);
    if (op === 0) words.splice(i, 1);
    else if (op === 1) words.splice(i, 0, ` ${SNIPPETS[Math.floor(r() * SNIPPETS.length)]!} `);
    else if (op === 2) words[i] = SNIPPETS[Math.floor(r() * SNIPPETS.length)]!;
    else {
      const j = Math.floor(r() * words.length);
      [words[i], words[j]] = [words[j]!, words[i]!];
    }
  }
  let out = words.join('');
  if (r() < 0.2) out = out.slice(0, Math.floor(r() * out.length));
  return out;
}

test('2,000 random mutations of valid batches: only SqlError (a hang would hit the test timeout)', () => {
  const r = rng(20261201);
  let parsed = 0;
  for (let i = 0; i < 2000; i++) {
    const seed = CORPUS[Math.floor(r() * CORPUS.length)]!;
    const text = mutate(seed, r);
    try {
      const batch = parseBatch(text);
      parsed++;
      // Whatever parses must also print and re-parse.
      parseBatch(printBatch(batch));
    } catch (e) {
      if (!(e instanceof SqlError)) assert.fail(`non-SqlError ${String(e)} for input:\n${text}`);
      assert.ok(e.lineNumber >= 1, `error without a line number for:\n${text}`);
    }
  }
  assert.ok(parsed > 100, `too few mutations parsed (${parsed}); the fuzzer is not exercising the parser`);
});

test('deep nesting does not hang or overflow into a non-SqlError', () => {
  const deep = `SELECT ${'('.repeat(200)}1${')'.repeat(200)}`;
  assert.equal(parseBatch(deep).statements.length, 1);
  for (const text of ['(', `SELECT ${'('.repeat(500)}`, 'IF 1=1 '.repeat(300), `${'BEGIN '.repeat(300)}SELECT 1`]) {
    try {
      parseBatch(text);
    } catch (e) {
      assert.ok(e instanceof SqlError, `non-SqlError for ${text.slice(0, 40)}`);
    }
  }
});

test('nesting deeper than the stack allows is 191, not a crash', () => {
  assert.throws(() => parseBatch(`SELECT ${'('.repeat(100_000)}1${')'.repeat(100_000)}`), (e: SqlError) => e instanceof SqlError && e.number === 191);
});
