import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ciCompare, ciKey } from '../../../src/store';
import type { SqlError } from '../../../src/errors/sql-error';
import { freshNode } from './fresh-node';

test('CI_AS key: case-insensitive, accent-sensitive, trailing spaces ignored', () => {
  assert.equal(ciKey('Abc'), ciKey('aBC'));
  assert.equal(ciKey('abc   '), ciKey('ABC'));
  assert.notEqual(ciKey(' abc'), ciKey('abc'), 'leading spaces count');
  assert.notEqual(ciKey('resume'), ciKey('résumé'));
  assert.equal(ciKey('RÉSUMÉ'), ciKey('résumé'));
  assert.equal(ciKey('ｆｕｌｌ'), ciKey('FULL'), 'width-insensitive');
});

test('CI_AS order: accents only break ties; case never matters', () => {
  const words = ['f', 'É', 'e', 'E ', 'd', 'é', 'ea'];
  const sorted = [...words].sort(ciCompare);
  assert.deepEqual(sorted.map((w) => w.trim().toLowerCase()), ['d', 'e', 'e', 'é', 'é', 'ea', 'f']);
  assert.equal(ciCompare('apple', 'Banana'), -1);
  assert.equal(ciCompare('Zebra', 'apple'), 1);
});

test('msxd_ci_key in SQL: unique index, comparisons, ORDER BY; NULL stays NULL', async () => {
  const node = await freshNode();
  const s = node.store.openSession({ database: 'msdb' });
  s.exec('CREATE TABLE "msdb"."dbo.names" (n TEXT)');
  s.exec('CREATE UNIQUE INDEX "msdb"."names_ci" ON "dbo.names" (msxd_ci_key(n))');
  await s.withWriteLock(() => {
    for (const n of ['beta', 'Alpha', 'ALPHA-2', 'épée']) s.run('INSERT INTO "msdb"."dbo.names" VALUES (?)', [n]);
  }, { lockTimeoutMs: 0 });
  await assert.rejects(s.withWriteLock(() => s.run('INSERT INTO "msdb"."dbo.names" VALUES (?)', ['BETA  ']), { lockTimeoutMs: 0 }), /UNIQUE/);
  assert.deepEqual(s.all('SELECT n FROM "msdb"."dbo.names" WHERE msxd_ci_key(n) = msxd_ci_key(?)', ['ALPHA']), [{ n: 'Alpha' }]);
  assert.deepEqual(s.all('SELECT n FROM "msdb"."dbo.names" ORDER BY msxd_ci_key(n)').map((r) => r.n), ['Alpha', 'ALPHA-2', 'beta', 'épée']);
  assert.deepEqual(s.get('SELECT msxd_ci_key(NULL) AS k, msxd_ci_cmp(\'a\', \'A\') AS c, msxd_dec_cmp(\'10.5\', \'9.75\') AS d'), { k: null, c: 0, d: 1 });
  assert.throws(() => s.run('INSERT INTO "msdb"."nope" VALUES (1)'), (e: SqlError | Error) => /no such table/.test(e.message));
  await node.dispose();
});
