import assert from 'node:assert/strict';
import { createHook } from 'node:async_hooks';
import { test } from 'node:test';
import type { SqlError } from '../../../src/errors/sql-error';
import { SA_PASSWORD, freshNode } from './fresh-node';

/**
 * `fn`'s result and the scrypt derivations it started (crypto.scrypt's async resources): whether
 * a check paid the slow hash is counted, not timed, so a loaded machine cannot fail the test.
 */
async function scrypts<T>(fn: () => Promise<T>): Promise<[T, number]> {
  let n = 0;
  const hook = createHook({ init(_id, type) { if (type === 'SCRYPTREQUEST') n++; } }).enable();
  try {
    return [await fn(), n];
  } finally {
    hook.disable();
  }
}

test('sa: right password, name case-insensitive, wrong password, unknown login', async () => {
  const node = await freshNode();
  const { store } = node;
  assert.deepEqual(await store.verifyLogin('SA', SA_PASSWORD), { loginName: 'sa', isSysadmin: true, defaultDatabase: 'master' });
  assert.equal(await store.verifyLogin('sa', SA_PASSWORD.toLowerCase()), null);
  assert.equal(await store.verifyLogin('sa', ''), null);
  assert.equal(await store.verifyLogin('nobody', SA_PASSWORD), null);
  await node.dispose();
});

test('failures pay the slow hash (no fast path reveals a wrong password or an unknown name)', async () => {
  const node = await freshNode();
  const { store } = node;
  const [first, slow] = await scrypts(() => store.verifyLogin('sa', SA_PASSWORD));
  const [again, cached] = await scrypts(() => store.verifyLogin('sa', SA_PASSWORD));
  const [wrong, wrongHashes] = await scrypts(() => store.verifyLogin('sa', 'not it'));
  const [unknown, unknownHashes] = await scrypts(() => store.verifyLogin('ghost', 'not it'));
  assert.equal(first?.loginName, 'sa');
  assert.equal(again?.loginName, 'sa');
  assert.equal(wrong, null);
  assert.equal(unknown, null);
  assert.equal(slow, 1, 'the first verify derives once');
  assert.equal(cached, 0, 'a cached verify derives nothing');
  assert.equal(wrongHashes, 1, 'a wrong password pays the slow hash');
  // the first unknown name also hashes the dummy it verifies against
  assert.ok(unknownHashes >= 1, `an unknown login derived ${unknownHashes} times`);
  const [, unknownAgain] = await scrypts(() => store.verifyLogin('ghost', 'not it'));
  assert.equal(unknownAgain, 1, 'an unknown login pays the slow hash every time');
  await node.dispose();
});

test('a verified credential is cached; a changed password or a drop invalidates it', async () => {
  const node = await freshNode();
  const { store } = node;
  const created = await store.createLogin('agent', 'first-Pass1', { defaultDatabase: 'msdb' });
  assert.equal(created.principalId, 256);
  assert.equal(created.sid.length, 16);
  assert.equal(created.isSysadmin, false);
  assert.deepEqual(await store.verifyLogin('agent', 'first-Pass1'), { loginName: 'agent', isSysadmin: false, defaultDatabase: 'msdb' });
  const [hit, hashes] = await scrypts(() => store.verifyLogin('AGENT', 'first-Pass1'));
  assert.equal(hit?.loginName, 'agent');
  assert.equal(hashes, 0, 'a cache hit derives nothing');

  await store.changePassword('agent', 'second-Pass2');
  assert.equal(await store.verifyLogin('agent', 'first-Pass1'), null);
  assert.equal((await store.verifyLogin('agent', 'second-Pass2'))?.loginName, 'agent');

  await store.setLoginDisabled('agent', true);
  assert.equal(await store.verifyLogin('agent', 'second-Pass2'), null, 'disabled while cached');
  await store.setLoginDisabled('agent', false);
  assert.equal((await store.verifyLogin('agent', 'second-Pass2'))?.loginName, 'agent');

  await store.dropLogin('agent');
  assert.equal(await store.verifyLogin('agent', 'second-Pass2'), null);
  await store.createLogin('agent', 'second-Pass2');
  assert.equal((await store.verifyLogin('agent', 'second-Pass2'))?.defaultDatabase, 'master', 'a re-created login is a new login');
  await node.dispose();
});

test('checkLogin: a disabled login is told apart only with the right password (cached or not)', async () => {
  const node = await freshNode();
  const { store } = node;
  await store.createLogin('off', 'Right!pass1', { disabled: true });
  assert.deepEqual(await store.checkLogin('off', 'Wrong!pass1'), { kind: 'badCredentials' });
  assert.deepEqual(await store.checkLogin('OFF', 'Right!pass1'), { kind: 'disabled', loginName: 'off' });
  const [cached, hashes] = await scrypts(() => store.checkLogin('off', 'Right!pass1'));
  assert.deepEqual(cached, { kind: 'disabled', loginName: 'off' });
  assert.equal(hashes, 0, 'a cached check derives nothing');
  assert.equal(await store.verifyLogin('off', 'Right!pass1'), null);
  assert.deepEqual(await store.checkLogin('nobody', 'Right!pass1'), { kind: 'badCredentials' });

  await store.setLoginDisabled('off', false);
  assert.deepEqual(await store.checkLogin('off', 'Right!pass1'),
    { kind: 'ok', login: { loginName: 'off', isSysadmin: false, defaultDatabase: 'master' } });
  await store.setLoginDisabled('off', true);
  assert.deepEqual(await store.checkLogin('off', 'Right!pass1'), { kind: 'disabled', loginName: 'off' }, 'disabled while cached');
  await store.changePassword('off', 'Next!pass2');
  assert.deepEqual(await store.checkLogin('off', 'Right!pass1'), { kind: 'badCredentials' }, 'old password after a change');
  await node.dispose();
});

test('login errors: duplicate 15025, unknown 15007; sysadmin membership', async () => {
  const node = await freshNode();
  const { store } = node;
  await assert.rejects(store.createLogin('SA', 'x'), (e: SqlError) => e.number === 15025 && e.message === "The server principal 'SA' already exists.");
  await assert.rejects(store.changePassword('nobody', 'x'), (e: SqlError) => e.number === 15007);
  await store.createLogin('admin2', 'Adm1n!pass', { sysadmin: true });
  assert.equal((await store.verifyLogin('admin2', 'Adm1n!pass'))?.isSysadmin, true);
  await node.dispose();
});

test('CREATE LOGIN through a session joins its transaction (rolled back: no login)', async () => {
  const node = await freshNode();
  const { store } = node;
  const s = store.openSession({ database: 'master' });
  await s.beginTransaction({ lockTimeoutMs: 1000 });
  await store.createLogin('temp_login', 'Temp!pass1', {}, { session: s });
  assert.equal(s.get<{ n: number }>(`SELECT count(*) AS n FROM "master".__msxd_server_principals WHERE name = 'temp_login'`)?.n, 1);
  s.rollback();
  assert.equal(await store.verifyLogin('temp_login', 'Temp!pass1'), null);
  assert.deepEqual(store.listLogins().map((l) => l.name), ['sa']);
  await node.dispose();
});

test('the stored hash is scrypt with salt, never the password', async () => {
  const node = await freshNode();
  const s = node.store.openSession({ database: 'master' });
  const row = s.get<{ password_hash: string }>(`SELECT password_hash FROM "master".__msxd_server_principals WHERE name = 'sa'`);
  assert.match(row?.password_hash ?? '', /^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
  assert.equal(row?.password_hash.includes(SA_PASSWORD), false);
  await node.dispose();
});
