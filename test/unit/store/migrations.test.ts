import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runMigrations } from '../../../src/store';
import { freshNode } from './fresh-node';

test('migrations run once, in order, through apply; edited scripts are refused', async () => {
  const node = await freshNode();
  const dir = join(node.dir, 'sql');
  mkdirSync(dir);
  writeFileSync(join(dir, '0002_seed.sql'), 'INSERT two');
  writeFileSync(join(dir, '0001_tables.sql'), 'CREATE one');
  writeFileSync(join(dir, 'README.md'), 'not a script');
  const s = node.store.openSession({ database: 'msdb' });
  const seen: string[] = [];
  const apply = async (text: string): Promise<void> => { seen.push(text); };
  assert.deepEqual(await runMigrations({ session: s, database: 'msdb', scripts: dir, apply }), [1, 2]);
  assert.deepEqual(seen, ['CREATE one', 'INSERT two']);
  assert.deepEqual(await runMigrations({ session: s, database: 'msdb', scripts: dir, apply }), []);

  writeFileSync(join(dir, '0003_more.sql'), 'ALTER three');
  assert.deepEqual(await runMigrations({ session: s, database: 'msdb', scripts: dir, apply }), [3]);
  assert.deepEqual(s.all('SELECT id, name FROM "msdb".__msxd_migrations ORDER BY id').map((r) => r.name),
    ['0001_tables.sql', '0002_seed.sql', '0003_more.sql']);

  writeFileSync(join(dir, '0001_tables.sql'), 'CREATE one changed');
  await assert.rejects(runMigrations({ session: s, database: 'msdb', scripts: dir, apply }), /append-only/);

  const failing = async (): Promise<void> => { throw new Error('batch failed'); };
  await assert.rejects(runMigrations({ session: s, database: 'master', scripts: [{ id: 1, name: 'x', text: 'bad' }], apply: failing }), /batch failed/);
  assert.equal(s.get<{ n: number }>('SELECT count(*) AS n FROM "master".__msxd_migrations')?.n, 0, 'a failed script is not recorded');
  await node.dispose();
});
