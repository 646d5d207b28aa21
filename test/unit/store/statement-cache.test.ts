import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { StatementCache } from '../../../src/store/statement-cache';

test('statements are reused by SQL text and the least recently used is evicted', () => {
  const db = new Database(':memory:');
  const cache = new StatementCache(db, 2);
  const a = cache.get('SELECT 1');
  assert.equal(cache.get('SELECT 1'), a);
  cache.get('SELECT 2');
  cache.get('SELECT 1');
  cache.get('SELECT 3');
  assert.equal(cache.size, 2);
  assert.equal(cache.get('SELECT 1'), a, 'recently used survives');
  assert.notEqual(cache.get('SELECT 2'), undefined);
  db.close();
});
