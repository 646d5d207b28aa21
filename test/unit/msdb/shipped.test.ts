// is_ms_shipped in msdb: every object the scripts create is flagged (as SQL Server's are), what a
// user creates there is not, and an msdb built before the flag existed gets it at its next start.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rmSync } from 'node:fs';
import { MSDB_SHIPPED_OBJECTS } from '../../../src/msdb/index';
import { ok, openMsdbNode, type MsdbNode } from './msdb-node';

const rows = async (node: MsdbNode, text: string): Promise<unknown[][]> =>
  (await ok(node.sa, text)).resultSets[0]?.rows.map((r) => [...r]) ?? [];

const UNSHIPPED = 'SELECT name FROM sys.objects WHERE is_ms_shipped = 0 ORDER BY name';

test('shipped: a new msdb has no object with is_ms_shipped = 0 (MSDB_SHIPPED_OBJECTS names all the scripts create)', async () => {
  const node = await openMsdbNode({ prefix: 'msxd-shipped-' });
  try {
    assert.deepEqual(await rows(node, UNSHIPPED), []);
    const named = await rows(node, `SELECT COUNT(*) FROM sys.objects WHERE parent_object_id = 0 AND type IN ('U', 'V', 'FN')`);
    assert.deepEqual(named, [[MSDB_SHIPPED_OBJECTS.length]]);
  } finally {
    await node.dispose();
  }
});

test('shipped: an msdb from before the flag gets it at the next start; a user\'s table keeps 0', async () => {
  const first = await openMsdbNode({ prefix: 'msxd-shipped-' });
  try {
    await ok(first.sa, 'CREATE TABLE dbo.mine (id int NOT NULL CONSTRAINT pk_mine PRIMARY KEY)');
    // the state every msdb was left in before: all scripts recorded, no object flagged
    first.raw.run(`UPDATE ${first.raw.sqliteSchema('msdb')}.__msxd_objects SET is_ms_shipped = 0`);
    assert.deepEqual(await rows(first, "SELECT COUNT(*) FROM sys.objects WHERE is_ms_shipped = 1"), [[0]]);
  } finally {
    await first.close();
  }
  const again = await openMsdbNode({ dir: first.dir });
  try {
    assert.deepEqual(again.applied, [], 'no script runs again');
    assert.deepEqual(await rows(again, UNSHIPPED), [['mine'], ['pk_mine']]);
    assert.deepEqual(await rows(again, `SELECT name, is_ms_shipped FROM sys.objects WHERE name IN ('sysjobs', 'sysjobs_view', 'agent_datetime')
      ORDER BY name`), [['agent_datetime', true], ['sysjobs', true], ['sysjobs_view', true]]);
  } finally {
    await again.close();
    rmSync(first.dir, { recursive: true, force: true });
  }
});
