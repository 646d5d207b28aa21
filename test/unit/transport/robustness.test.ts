// Malformed input ends that connection only (with a log line), while another session keeps
// working: garbage before PRELOGIN, bad and huge declared lengths, truncated LOGIN7, oversized
// messages, a client that never logs in, requests sent without waiting for the response.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { login7Payload, packet, preloginPayload, rawConnect, type RawClient } from '../../helpers/tds-bytes';
import { startFakeServer, type FakeServer } from './fake-handler';
import { close, connect, exec } from './tedious-client';
import type { Connection } from 'tedious';

let server: FakeServer;
let bystander: Connection;

before(async () => {
  server = await startFakeServer({ loginTimeoutMs: 300, maxMessageSize: 64 * 1024 });
  bystander = await connect(server.port);
});

after(async () => {
  await close(bystander);
  await server.close();
});

async function assertClosedAndOthersWork(client: RawClient): Promise<void> {
  await Promise.race([
    client.closed,
    new Promise((_, reject) => setTimeout(() => reject(new Error('connection was not closed')), 3000)),
  ]);
  assert.equal((await exec(bystander, 'rows 3')).rows, 3, 'the other session still works');
}

async function loggedIn(): Promise<RawClient> {
  const client = await rawConnect('127.0.0.1', server.port);
  client.socket.write(packet(0x12, preloginPayload()));
  await client.readMessage(2000);
  client.socket.write(packet(0x10, login7Payload('sa', 'x')));
  const login = await client.readMessage(2000);
  assert.ok(login.payload.includes(0xad));
  return client;
}

test('garbage before PRELOGIN (an HTTP request)', async () => {
  const client = await rawConnect('127.0.0.1', server.port);
  client.socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  await assertClosedAndOthersWork(client);
});

test('packet length shorter than its header', async () => {
  const client = await rawConnect('127.0.0.1', server.port);
  client.socket.write(packet(0x12, preloginPayload(), { length: 4 }));
  await assertClosedAndOthersWork(client);
});

test('huge declared packet length', async () => {
  const client = await rawConnect('127.0.0.1', server.port);
  client.socket.write(packet(0x12, Buffer.alloc(16), { length: 0xffff }));
  await assertClosedAndOthersWork(client);
});

test('truncated LOGIN7 (offsets point past the end)', async () => {
  const client = await rawConnect('127.0.0.1', server.port);
  client.socket.write(packet(0x12, preloginPayload()));
  await client.readMessage(2000);
  client.socket.write(packet(0x10, login7Payload('sa', 'x').subarray(0, 100)));
  await assertClosedAndOthersWork(client);
});

test('SQL batch before login', async () => {
  const client = await rawConnect('127.0.0.1', server.port);
  client.socket.write(packet(0x12, preloginPayload()));
  await client.readMessage(2000);
  client.socket.write(packet(0x01, Buffer.from('select 1', 'utf16le')));
  await assertClosedAndOthersWork(client);
});

test('a message larger than the limit (many packets without EOM)', async () => {
  const client = await loggedIn();
  const chunk = packet(0x01, Buffer.alloc(4000), { status: 0 });
  for (let i = 0; i < 20; i++) client.socket.write(chunk);
  await assertClosedAndOthersWork(client);
});

test('a client that never logs in is dropped after the login timeout', async () => {
  const client = await rawConnect('127.0.0.1', server.port);
  client.socket.write(packet(0x12, preloginPayload()));
  await client.readMessage(2000);
  const started = Date.now();
  await assertClosedAndOthersWork(client);
  assert.ok(Date.now() - started >= 200, 'not before the timeout');
});

test('a handler failure closes only that connection', async () => {
  const conn = await connect(server.port);
  const r = await exec(conn, 'fail');
  assert.ok(r.error, 'the request fails');
  assert.equal((await exec(bystander, 'rows 2')).rows, 2);
  await close(conn);
});
