// backupDatabase / restoreDatabase: the image holds committed data only, a copy runs beside a
// writer, the swap refuses a database in use (3101) and leaves other sessions' attachments fresh.
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { SqlError } from '../../../src/errors/sql-error';
import { openNodeStore } from '../../../src/store';
import { freshNode, tempDir } from './fresh-node';

const WAIT = { lockTimeoutMs: 1000 };

test('backupDatabase copies committed rows only; restoreDatabase replaces or creates a database', async () => {
  const node = await freshNode();
  const { store } = node;
  await store.createDatabase('src');
  const s = store.openSession({ database: 'src' });
  s.exec(`CREATE TABLE ${s.sqliteSchema('src')}."dbo.t" (id INTEGER PRIMARY KEY)`);
  await s.withWriteLock(() => s.run(`INSERT INTO ${s.sqliteSchema('src')}."dbo.t" VALUES (1), (2)`), WAIT);
  await s.beginTransaction(WAIT);
  s.run(`INSERT INTO ${s.sqliteSchema('src')}."dbo.t" VALUES (3)`);

  const dir = tempDir();
  const image = join(dir, 'src.sqlite');
  const copied = await store.backupDatabase('src');
  assert.ok(copied.pageCount > 0 && copied.data.length === copied.pageCount * copied.pageSize);
  writeFileSync(image, copied.data);
  assert.deepEqual(readdirSync(join(node.dir, 'databases')).filter((f) => f.startsWith('backup-')), [], 'the temporary copy is gone');
  s.commit();

  await assert.rejects(store.restoreDatabase('src', async (p) => copyFileSync(image, p), WAIT), (e: SqlError) => e.number === 3101);
  s.useDatabase('master');
  const restored = await store.restoreDatabase('src', async (p) => copyFileSync(image, p), WAIT);
  assert.equal(restored.name, 'src');
  assert.deepEqual(s.all(`SELECT id FROM ${s.sqliteSchema('src')}."dbo.t" ORDER BY id`), [{ id: 1 }, { id: 2 }]);

  const created = await store.restoreDatabase('copy', async (p) => copyFileSync(image, p), WAIT);
  assert.ok(created.databaseId >= 5);
  assert.deepEqual(s.all(`SELECT count(*) AS n FROM ${s.sqliteSchema('copy')}."dbo.t"`), [{ n: 2 }]);

  const junk = join(dir, 'junk');
  writeFileSync(junk, 'not sqlite');
  await assert.rejects(store.restoreDatabase('junk', async (p) => copyFileSync(junk, p), WAIT));
  assert.equal(store.databaseExists('junk'), false);
  await assert.rejects(store.restoreDatabase('msdb', async (p) => copyFileSync(image, p), WAIT), (e: SqlError) => e.number === 3708);
  s.close();
  await node.dispose();
});

test('images left by a BACKUP or RESTORE that a crash interrupted are removed at the next start', async () => {
  const node = await freshNode();
  await node.store.close();
  const folder = join(node.dir, 'databases');
  const stale = ['backup-0b6f1a52-7c1e-4d3a-9a7e-2f9f0c7f1d11.sqlite', 'restore-0b6f1a52-7c1e-4d3a-9a7e-2f9f0c7f1d12.sqlite',
    'restore-0b6f1a52-7c1e-4d3a-9a7e-2f9f0c7f1d12.sqlite-journal'];
  for (const f of stale) writeFileSync(join(folder, f), 'x');
  writeFileSync(join(folder, 'keep.txt'), 'x');
  const { store } = await openNodeStore(node.dir, {});
  assert.deepEqual(readdirSync(folder).filter((f) => !/^\d+\.sqlite/.test(f)).sort(), ['keep.txt']);
  await store.close();
  rmSync(node.dir, { recursive: true, force: true });
});
