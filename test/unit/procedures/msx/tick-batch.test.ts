import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TickBatch } from '../../../../src/procedures/msdb/msx/tick-batch';

test('the keys that join in one turn share one run; each gets its own share', async () => {
  const batch = new TickBatch<string, number>();
  const runs: string[][] = [];
  const run = async (keys: readonly string[]): Promise<ReadonlyMap<string, number>> => {
    runs.push([...keys]);
    return new Map(keys.filter((k) => k !== 'C').map((k) => [k, k.charCodeAt(0)]));
  };
  const answers = await Promise.all(['A', 'B', 'C', 'B'].map((k) => batch.join(k, run)));
  assert.deepEqual(answers, [65, 66, undefined, 66]);
  assert.deepEqual(runs, [['A', 'B', 'C']]);
  assert.deepEqual(batch.stats, { batches: 1, keys: 3 });
});

test('a key that joins after the run started opens the next batch', async () => {
  const batch = new TickBatch<string, string>();
  const runs: string[][] = [];
  let release!: () => void;
  const gate = new Promise<void>((r) => { release = r; });
  const first = batch.join('A', async (keys) => { runs.push([...keys]); await gate; return new Map(keys.map((k) => [k, `1${k}`])); });
  await new Promise((r) => setImmediate(r));
  const second = batch.join('B', async (keys) => { runs.push([...keys]); return new Map(keys.map((k) => [k, `2${k}`])); });
  release();
  assert.deepEqual(await Promise.all([first, second]), ['1A', '2B']);
  assert.deepEqual(runs, [['A'], ['B']]);
});

test('a failed run rejects every member (each then works alone)', async () => {
  const batch = new TickBatch<string, number>();
  const results = await Promise.allSettled(['A', 'B'].map((k) => batch.join(k, () => Promise.reject(new Error('cancelled')))));
  assert.deepEqual(results.map((r) => r.status), ['rejected', 'rejected']);
  assert.equal(await batch.join('C', async (keys) => new Map(keys.map((k) => [k, 1]))), 1);
});

test('with gatherMs, calls of the next milliseconds join the same batch', async () => {
  const batch = new TickBatch<string, number>(30);
  const runs: string[][] = [];
  const run = async (keys: readonly string[]): Promise<ReadonlyMap<string, number>> => {
    runs.push([...keys]);
    return new Map(keys.map((k) => [k, 1]));
  };
  const first = batch.join('A', run);
  await new Promise((r) => setTimeout(r, 5));
  const second = batch.join('B', run);
  assert.deepEqual(await Promise.all([first, second]), [1, 1]);
  assert.deepEqual(runs, [['A', 'B']]);
});
