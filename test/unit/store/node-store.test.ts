import assert from 'node:assert/strict';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openNodeStore } from '../../../src/store';
import { SqlError } from '../../../src/errors/sql-error';
import { SA_PASSWORD, freshNode, tempDir } from './fresh-node';

test('first start creates the layout, system databases and sa; second start reuses them', async () => {
  const dir = tempDir();
  try {
    const first = await openNodeStore(dir, { initialSaPassword: SA_PASSWORD });
    assert.equal(first.created, true);
    assert.deepEqual(first.store.listDatabases().map((d) => [d.databaseId, d.name]),
      [[1, 'master'], [2, 'tempdb'], [3, 'model'], [4, 'msdb']]);
    for (const f of ['master.sqlite', 'tempdb.sqlite', 'model.sqlite', 'msdb.sqlite', 'secret.key']) {
      assert.equal(statSync(join(dir, f)).mode & 0o777, 0o600, f);
    }
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    assert.equal(statSync(join(dir, 'secret.key')).size, 32);
    const logins = first.store.listLogins();
    assert.equal(logins.length, 1);
    assert.equal(logins[0]?.name, 'sa');
    assert.equal(logins[0]?.principalId, 1);
    assert.deepEqual(logins[0]?.sid, Buffer.from([1]));
    assert.equal(logins[0]?.isSysadmin, true);
    await first.store.close();

    const second = await openNodeStore(dir, { initialSaPassword: 'ignored' });
    assert.equal(second.created, false);
    assert.deepEqual(await second.store.verifyLogin('sa', SA_PASSWORD),
      { loginName: 'sa', isSysadmin: true, defaultDatabase: 'master' });
    assert.equal(await second.store.verifyLogin('sa', 'ignored'), null);
    await second.store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('first start without a password is refused', async () => {
  const dir = tempDir();
  try {
    await assert.rejects(openNodeStore(dir, {}), /initialSaPassword/);
    assert.equal(existsSync(join(dir, 'master.sqlite')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('tempdb is recreated empty at every start', async () => {
  const node = await freshNode();
  const s = node.store.openSession({ database: 'tempdb' });
  s.exec('CREATE TABLE "tempdb"."dbo.keep" (x INTEGER)');
  s.close();
  await node.store.close();
  const { store } = await openNodeStore(node.dir, {});
  const s2 = store.openSession({ database: 'tempdb' });
  assert.equal(s2.get(`SELECT count(*) AS n FROM "tempdb".sqlite_schema WHERE name = 'dbo.keep'`)?.n, 0);
  await store.close();
  rmSync(node.dir, { recursive: true, force: true });
});

test('databases: create, case-insensitive lookup, ids from 5, duplicate 1801, drop rules', async () => {
  const node = await freshNode();
  const { store } = node;
  const foo = await store.createDatabase('Foo');
  assert.equal(foo.databaseId, 5);
  assert.equal(statSync(foo.file).mode & 0o777, 0o600);
  assert.equal(store.databaseExists('FOO'), true);
  assert.equal(store.databaseExists('bar'), false);
  assert.equal((await store.createDatabase('bar')).databaseId, 6);
  await assert.rejects(store.createDatabase('foo'), (e: SqlError) => e.number === 1801);
  await assert.rejects(store.dropDatabase('msdb'), (e: SqlError) => e.number === 3708);
  const s = store.openSession({ database: 'Foo' });
  await assert.rejects(store.dropDatabase('foo'), (e: SqlError) => e.number === 3702);
  s.useDatabase('master');
  await store.dropDatabase('foo');
  assert.equal(store.databaseExists('Foo'), false);
  assert.equal(existsSync(foo.file), false);
  assert.throws(() => s.useDatabase('Foo'), (e: SqlError) => e.number === 911);
  assert.throws(() => store.openSession({ database: 'nope' }), (e: SqlError) => e.number === 911);
  await node.dispose();
});

test('secrets: AES-GCM round trip, tamper detection, key survives restart', async () => {
  const node = await freshNode();
  const blob = node.store.encryptSecret('p@ss wörd');
  assert.equal(blob.includes(Buffer.from('p@ss')), false);
  assert.notDeepEqual(node.store.encryptSecret('p@ss wörd'), blob);
  assert.equal(node.store.decryptSecret(blob), 'p@ss wörd');
  const tampered = Buffer.from(blob);
  tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
  assert.throws(() => node.store.decryptSecret(tampered));
  await node.store.close();
  const { store } = await openNodeStore(node.dir, {});
  assert.equal(store.decryptSecret(blob), 'p@ss wörd');
  await store.close();
  rmSync(node.dir, { recursive: true, force: true });
});

test('a data folder serves one node at a time', async () => {
  const node = await freshNode();
  await assert.rejects(openNodeStore(node.dir, {}), /in use by another msxd process/);
  await node.store.close();
  const { store } = await openNodeStore(node.dir, {});
  await store.close();
  rmSync(node.dir, { recursive: true, force: true });
});
