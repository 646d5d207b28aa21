import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { openNodeStore } from '../../../src/store';
import { freshNode } from './fresh-node';
import { runUntilKilled } from '../../helpers/kill9-run';

const ROWS_BEFORE_KILL = 300;
const MAX_RUN_MS = 8000;

test('kill -9 loses no committed transaction', { timeout: 30_000 }, async () => {
  const node = await freshNode();
  await node.store.close();

  const { printed, signal, stderr } = await runUntilKilled(join(__dirname, 'kill9-child'), [node.dir], ROWS_BEFORE_KILL, MAX_RUN_MS);
  assert.equal(signal, 'SIGKILL', `child ended by itself: ${stderr}`);
  assert.ok(printed.length >= 10, `child committed only ${printed.length} rows: ${stderr}`);

  const { store } = await openNodeStore(node.dir, {});
  const s = store.openSession({ database: 'msdb' });
  const ids = new Set(s.all<{ id: number }>('SELECT id FROM "msdb"."dbo.kill9"').map((r) => r.id));
  const missing = printed.filter((id) => !ids.has(id));
  assert.deepEqual(missing, [], `${missing.length} of ${printed.length} committed rows lost`);
  assert.ok(ids.size >= printed.length);
  s.close();
  await store.close();
  await node.dispose();
});
