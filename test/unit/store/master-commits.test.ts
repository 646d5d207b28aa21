import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ciKey } from '../../../src/store/collation-key';
import { catalogCommitCount, commitCount, masterCommitCount } from '../../../src/store/commit-count';
import { freshNode } from './fresh-node';

const NOW = { lockTimeoutMs: 0 };

test('only commits that may write master move the count listDatabases checks', async () => {
  const node = await freshNode();
  const { store } = node;
  await store.createDatabase('mc_data');
  const s = store.openSession({ database: 'mc_data' });
  s.exec(`CREATE TABLE ${s.sqliteSchema('mc_data')}."dbo.t" (id INTEGER PRIMARY KEY, v INTEGER)`);

  const before = { all: commitCount(), catalog: catalogCommitCount(), master: masterCommitCount() };
  s.run(`INSERT INTO ${s.sqliteSchema('mc_data')}."dbo.t" (id, v) VALUES (1, 1)`);
  s.run(`UPDATE ${s.sqliteSchema('mc_data')}."dbo.t" SET v = 2 WHERE id = ?`, [1]);
  assert.equal(commitCount(), before.all + 2);
  assert.equal(masterCommitCount(), before.master, 'data commits of a user database: master untouched');

  // a write naming master's schema counts, though it is no DDL (no catalogue commit)
  const m = s.sqliteSchema('master');
  s.run(`UPDATE ${m}.__msxd_server_principals SET modify_date = modify_date WHERE principal_id = 1`);
  assert.equal(masterCommitCount(), before.master + 1);
  assert.equal(catalogCommitCount(), before.catalog);

  // DDL and the store's own master writes count too
  s.exec(`CREATE TABLE ${s.sqliteSchema('mc_data')}."dbo.u" (id INTEGER)`);
  assert.equal(masterCommitCount(), before.master + 2);
  await store.createLogin('mc_login', 'Mc!Passw0rd1');
  assert.equal(masterCommitCount(), before.master + 3);
  s.close();
  await node.dispose();
});

test('a database renamed by a session\'s raw write is seen by the next lookup, even across data commits', async () => {
  const node = await freshNode();
  const { store } = node;
  const info = await store.createDatabase('mc_old');
  assert.equal(store.listDatabases().some((d) => d.name === 'mc_old'), true);

  const writer = store.openSession({ database: 'master' });
  const other = store.openSession({ database: 'mc_old' });
  const o = other.sqliteSchema('mc_old');
  other.exec(`CREATE TABLE ${o}."dbo.t" (id INTEGER PRIMARY KEY, v INTEGER)`);
  assert.ok(store.getDatabase('mc_old'));

  // the master write commits inside a transaction, after which only data commits happen
  await writer.beginTransaction(NOW);
  const m = writer.sqliteSchema('master');
  writer.run(`UPDATE ${m}.__msxd_databases SET name = 'mc_new', name_key = ? WHERE database_id = ?`,
    [ciKey('mc_new'), info.databaseId]);
  writer.commit();
  other.run(`INSERT INTO ${o}."dbo.t" (id, v) VALUES (1, 1)`);
  assert.equal(store.getDatabase('mc_old'), undefined);
  assert.equal(store.getDatabase('MC_NEW')?.databaseId, info.databaseId);

  // a rolled-back master write changes nothing and costs at most one check
  await writer.beginTransaction(NOW);
  writer.run(`UPDATE ${m}.__msxd_databases SET name = 'mc_gone', name_key = ? WHERE database_id = ?`,
    [ciKey('mc_gone'), info.databaseId]);
  writer.rollback();
  assert.equal(store.getDatabase('mc_new')?.databaseId, info.databaseId);
  writer.close();
  other.close();
  await node.dispose();
});
