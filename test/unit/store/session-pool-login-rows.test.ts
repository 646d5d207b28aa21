import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freshNode } from './fresh-node';

const NOW = { lockTimeoutMs: 0 };
const PASSWORD = 'Cache!Pass1';

test('the cached login row follows every change of master, through the store or a session', async () => {
  const node = await freshNode();
  const { store } = node;
  await store.createLogin('cached', PASSWORD);
  const sysadmin = async (): Promise<boolean | undefined> => {
    const c = await store.checkLogin('CACHED', PASSWORD);
    return c.kind === 'ok' ? c.login.isSysadmin : undefined;
  };
  assert.equal(await sysadmin(), false);
  assert.equal(await sysadmin(), false, 'served from the cache');

  // server role membership written by a session (ALTER SERVER ROLE runs on the session's connection)
  const s = store.openSession({ database: 'master' });
  const m = s.sqliteSchema('master');
  const id = s.get<{ id: number }>(`SELECT principal_id AS id FROM ${m}.__msxd_server_principals WHERE name = 'cached'`)?.id;
  await s.withWriteLock(() => s.run(`INSERT INTO ${m}.__msxd_server_role_members (role_principal_id, member_principal_id) VALUES (3, ?)`, [id]), NOW);
  assert.equal(await sysadmin(), true);

  // a change inside a session transaction is seen only once committed
  await s.beginTransaction(NOW);
  s.run(`UPDATE ${m}.__msxd_server_principals SET is_disabled = 1 WHERE principal_id = ?`, [id]);
  assert.equal(await sysadmin(), true, 'uncommitted: still enabled');
  s.commit();
  assert.deepEqual(await store.checkLogin('cached', PASSWORD), { kind: 'disabled', loginName: 'cached' });
  s.close();

  // through the store's own connection
  await store.setLoginDisabled('cached', false);
  assert.equal(await sysadmin(), true);
  await store.changePassword('cached', 'Other!Pass2');
  assert.deepEqual(await store.checkLogin('cached', PASSWORD), { kind: 'badCredentials' });
  await store.dropLogin('cached');
  assert.deepEqual(await store.checkLogin('cached', 'Other!Pass2'), { kind: 'badCredentials' });
  await node.dispose();
});
