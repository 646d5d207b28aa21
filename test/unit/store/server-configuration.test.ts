// master's __msxd_configurations: seeded from CONFIGURATION_OPTIONS, configured values kept across
// restarts and installed by them (dynamic or not), static columns refreshed, a data folder made
// before the table existed gets it at its next start.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import {
  CONFIGURATION_OPTIONS, findConfiguration, installDynamicValues, listConfigurations, openNodeStore, setConfiguredValue,
} from '../../../src/store';
import { freshNode } from './fresh-node';

const USER_CONNECTIONS = 103;
const COST_THRESHOLD = 1538;

function onMaster(dir: string, sql: string): void {
  const db = new Database(join(dir, 'master.sqlite'));
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

test('every option is seeded at its default, configured and running', async () => {
  const node = await freshNode();
  const s = node.store.openSession({ database: 'master' });
  const rows = listConfigurations(s);
  assert.equal(rows.length, CONFIGURATION_OPTIONS.length);
  for (const o of CONFIGURATION_OPTIONS) {
    assert.deepEqual(rows.find((r) => r.id === o.id), {
      id: o.id, name: o.name, value: o.defaultValue, valueInUse: o.defaultValue, minimum: o.minimum, maximum: o.maximum,
      dynamic: o.dynamic, advanced: o.advanced,
    });
  }
  s.close();
  await node.dispose();
});

test('RECONFIGURE installs dynamic options only; a restart installs every configured value', async () => {
  const node = await freshNode();
  let s = node.store.openSession({ database: 'master' });
  await s.withWriteLock(() => {
    setConfiguredValue(s, USER_CONNECTIONS, 42);
    setConfiguredValue(s, COST_THRESHOLD, 17);
    installDynamicValues(s);
  }, { lockTimeoutMs: 1000 });
  assert.deepEqual([findConfiguration(s, USER_CONNECTIONS)?.valueInUse, findConfiguration(s, COST_THRESHOLD)?.valueInUse], [0, 17]);
  s.close();
  await node.store.close();

  onMaster(node.dir, "UPDATE __msxd_configurations SET description = 'stale', maximum = 1 WHERE configuration_id = 103");
  const reopened = await openNodeStore(node.dir, {});
  s = reopened.store.openSession({ database: 'master' });
  const row = findConfiguration(s, USER_CONNECTIONS);
  assert.deepEqual([row?.value, row?.valueInUse, row?.maximum], [42, 42, 32767]);
  assert.equal(s.get<{ d: string }>('SELECT description AS d FROM "master".__msxd_configurations WHERE configuration_id = 103')?.d,
    'Number of user connections allowed');
  s.close();
  await reopened.store.close();
  rmSync(node.dir, { recursive: true, force: true });
});

test('a data folder without the table gets it, at the defaults, at its next start', async () => {
  const node = await freshNode();
  await node.store.close();
  onMaster(node.dir, 'DROP TABLE __msxd_configurations');
  const reopened = await openNodeStore(node.dir, {});
  const s = reopened.store.openSession({ database: 'master' });
  assert.equal(findConfiguration(s, COST_THRESHOLD)?.value, 5);
  await reopened.store.setRunningConfiguration(16384, 1);
  assert.deepEqual([findConfiguration(s, 16384)?.value, findConfiguration(s, 16384)?.valueInUse], [1, 1]);
  s.close();
  await reopened.store.close();
  rmSync(node.dir, { recursive: true, force: true });
});
