// The node's shared translation cache (src/engine/sql/shared-translation-cache.ts): LRU by
// statement node, bounded in entries, in size, and in variants per statement; the frame key.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SharedTranslationCache, type SharedEntry } from '../../../src/engine/sql/shared-translation-cache';
import { frameVariablesKey } from '../../../src/engine/sql/shared-translation-key';
import { Frame } from '../../../src/engine/interpreter/frame';

const stamp = { catalogVersion: 0, generation: 0, catalogCommits: 0 };
const entry = (key: string, size = 100): SharedEntry => ({ key, stamp, value: key, views: [], attach: [], size });

test('entries by node and key; the least recently used node goes first', () => {
  const c = new SharedTranslationCache(3, 1_000_000);
  const [a, b, d] = [{}, {}, {}];
  c.set(a, entry('k'));
  c.set(b, entry('k'));
  c.set(d, entry('k'));
  assert.equal(c.get(a, 'k')?.value, 'k');
  assert.equal(c.get(a, 'other'), undefined);
  c.set({}, entry('k'));
  assert.equal(c.count, 3);
  assert.equal(c.get(b, 'k'), undefined, 'b was the least recently used');
  assert.equal(c.get(a, 'k')?.value, 'k');
});

test('the same key replaces; variants per node are bounded; delete forgets one', () => {
  const c = new SharedTranslationCache(100, 1_000_000);
  const n = {};
  c.set(n, entry('k', 10));
  c.set(n, entry('k', 20));
  assert.deepEqual([c.count, c.size], [1, 20]);
  for (let i = 0; i < 12; i++) c.set(n, entry(`v${i}`, 1));
  assert.equal(c.count, 8);
  assert.equal(c.get(n, 'v11')?.value, 'v11');
  assert.equal(c.get(n, 'v0'), undefined);
  c.delete(n, 'v11');
  assert.deepEqual([c.count, c.get(n, 'v11')], [7, undefined]);
});

test('total size is bounded; an entry too large for the cache is not kept', () => {
  const c = new SharedTranslationCache(100, 6400);
  for (let i = 0; i < 10; i++) c.set({}, entry(`k${i}`, 100));
  assert.equal(c.size, 1000);
  c.set({}, entry('huge', 200));
  assert.equal(c.count, 10);
  for (let i = 0; i < 60; i++) c.set({}, entry(`m${i}`, 100));
  assert.ok(c.size <= 6400);
});

test('frame key: names and types of the variables, kept until a variable is declared', () => {
  const f = new Frame('', 0);
  const int = { kind: 'int' } as const;
  assert.equal(frameVariablesKey(f), '');
  f.declare('@a', int, null);
  assert.equal(frameVariablesKey(f), '@a:{"kind":"int"};');
  f.declare('@b', { kind: 'nvarchar', length: 10 }, null);
  assert.equal(frameVariablesKey(f), '@a:{"kind":"int"};@b:{"kind":"nvarchar","length":10};');
  const g = new Frame('', 0);
  g.declare('@a', int, null);
  assert.equal(frameVariablesKey(g), '@a:{"kind":"int"};');
});
