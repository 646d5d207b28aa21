// Login through MsxdNode with the real store and engine: the full login response, failures
// (18456 with the same text for an unknown login and a wrong password, 4060 for a missing
// database), TDS version and packet size negotiation, each encryption mode.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { close, login, query, startTestNode, type TestNode } from './node-harness';

let t: TestNode;

before(async () => {
  t = await startTestNode();
});

after(async () => {
  await t.stop();
});

test('sa logs in; the login response carries 5701 and 5703; SELECT 1 works', async () => {
  const r = await login(t.port);
  assert.equal(r.error, undefined);
  const numbers = r.infos.map((m) => m.number);
  assert.ok(numbers.includes(5701), 'Changed database context');
  assert.ok(numbers.includes(5703), 'Changed language setting');
  assert.equal(r.infos.find((m) => m.number === 5701)?.message, "Changed database context to 'master'.");
  const q = await query(r.conn!, 'SELECT 1');
  assert.equal(q.error, undefined);
  assert.deepEqual(q.rows, [[1]]);
  await close(r.conn);
});

test('wrong password and unknown login fail with the same 18456 text', async () => {
  const wrong = await login(t.port, { password: 'nope' });
  const unknown = await login(t.port, { user: 'nobody', password: 'nope' });
  for (const [r, user] of [[wrong, 'sa'], [unknown, 'nobody']] as const) {
    assert.ok(r.error);
    const e = r.errors.find((m) => m.number === 18456);
    assert.ok(e, 'error 18456');
    assert.equal(e.class, 14);
    assert.equal(e.state, 1);
    assert.equal(e.message, `Login failed for user '${user}'.`);
  }
});

test('a database that does not exist: 4060 then 18456', async () => {
  const r = await login(t.port, { database: 'nosuchdb' });
  assert.ok(r.error);
  const e = r.errors.find((m) => m.number === 4060);
  assert.ok(e);
  assert.equal(e.class, 11);
  assert.equal(e.message, 'Cannot open database "nosuchdb" requested by the login. The login failed.');
});

test('the requested packet size is granted and announced', async () => {
  const r = await login(t.port, { packetSize: 8192 });
  assert.equal(r.error, undefined);
  assert.equal(r.packetSize, 8192);
  const q = await query(r.conn!, 'SELECT 1');
  assert.deepEqual(q.rows, [[1]]);
  await close(r.conn);
});

test('older TDS versions are negotiated down (7.2, 7.3B)', async () => {
  for (const tdsVersion of ['7_2', '7_3_B']) {
    const r = await login(t.port, { tdsVersion });
    assert.equal(r.error, undefined, tdsVersion);
    assert.deepEqual((await query(r.conn!, 'SELECT 1')).rows, [[1]]);
    await close(r.conn);
  }
});

test('TLS inside PRELOGIN and TDS 8.0 strict, with the self-signed certificate of the data folder', async () => {
  const ca = readFileSync(path.join(t.dataDir, 'tls', 'cert.pem'), 'utf8');
  const tls = await login(t.port, { encrypt: true });
  assert.equal(tls.error, undefined);
  assert.deepEqual((await query(tls.conn!, 'SELECT 1')).rows, [[1]]);
  await close(tls.conn);
  const strict = await login(t.port, { encrypt: 'strict', ca });
  assert.equal(strict.error, undefined);
  assert.deepEqual((await query(strict.conn!, 'SELECT 1')).rows, [[1]]);
  await close(strict.conn);
});
