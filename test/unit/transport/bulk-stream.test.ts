// BULK_LOAD messages through the session (MS-TDS 2.2.6.1): handed to the handler packet by packet,
// so a message far larger than maxMessageSize is accepted; the connection serves requests after
// it; a continuation packet without its start closes the connection. BulkLoadStream's flow
// signal (the session pauses the socket while the handler lags).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { encodePackets } from '../../../src/tds/framing/packet-writer';
import { BulkLoadStream } from '../../../src/tds/transport/bulk-stream';
import { login7Payload, packet, preloginPayload, rawConnect, type RawClient } from '../../helpers/tds-bytes';
import { startFakeServer, type FakeServer } from './fake-handler';

const BULK_LOAD = 0x07;
const SQL_BATCH = 0x01;
const TOKEN_DONE = 0xfd;

let server: FakeServer;

before(async () => {
  server = await startFakeServer({ maxMessageSize: 64 * 1024 });
});

after(async () => {
  await server.close();
});

/** MS-TDS 2.2.6.7: ALL_HEADERS (a transaction descriptor header, no transaction) and the text */
function batchPayload(text: string): Buffer {
  const headers = Buffer.alloc(22);
  headers.writeUInt32LE(22, 0); //  TotalLength
  headers.writeUInt32LE(18, 4); //  HeaderLength
  headers.writeUInt16LE(2, 8); //   HeaderType: transaction descriptor
  headers.writeUInt32LE(1, 18); //  OutstandingRequestCount (descriptor bytes 10-17 stay 0)
  return Buffer.concat([headers, Buffer.from(text, 'utf16le')]);
}

async function loggedIn(): Promise<RawClient> {
  const client = await rawConnect('127.0.0.1', server.port);
  client.socket.write(packet(0x12, preloginPayload()));
  await client.readMessage(2000);
  client.socket.write(packet(0x10, login7Payload('sa', 'x')));
  await client.readMessage(2000);
  return client;
}

test('a 1 MiB bulk message (16x maxMessageSize) reaches the handler whole, in order; the session goes on', async () => {
  const client = await loggedIn();
  const handler = server.handlers.at(-1)!;
  const payload = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < payload.length; i++) payload[i] = (i * 31) & 0xff;
  client.socket.write(encodePackets(BULK_LOAD, payload, 4096));
  const response = await client.readMessage(5000);
  assert.equal(response.payload[0], TOKEN_DONE);
  assert.equal(handler.bulkPayloads.length, 1);
  assert.ok(handler.bulkPayloads[0]!.equals(payload));
  client.socket.write(packet(SQL_BATCH, batchPayload('rows 2')));
  const next = await client.readMessage(2000);
  assert.ok(next.payload.length > 0);
  client.socket.destroy();
});

test('a bulk message sent right behind its batch (not waiting for the response) waits its turn, twice', async () => {
  const client = await loggedIn();
  const handler = server.handlers.at(-1)!;
  for (const fill of [0x11, 0x22]) {
    const payload = Buffer.alloc(10_000, fill);
    client.socket.write(Buffer.concat([packet(SQL_BATCH, batchPayload('rows 1')), encodePackets(BULK_LOAD, payload, 4096)]));
    await client.readMessage(5000);
    const response = await client.readMessage(5000);
    assert.equal(response.payload[0], TOKEN_DONE);
    assert.ok(handler.bulkPayloads.at(-1)!.equals(payload));
  }
  assert.equal(handler.bulkPayloads.length, 2);
  client.socket.destroy();
});

test('a SQL batch packet inside an unfinished bulk message closes the connection', async () => {
  const client = await loggedIn();
  const first = encodePackets(BULK_LOAD, Buffer.alloc(6000), 4096).subarray(0, 4096);
  client.socket.write(Buffer.concat([first, packet(SQL_BATCH, batchPayload('rows 1'))]));
  await Promise.race([client.closed, new Promise((_, reject) => setTimeout(() => reject(new Error('not closed')), 3000))]);
});

test('BulkLoadStream: full past its mark, flow signalled when it drains; a failure rejects the waiting read', async () => {
  let flows = 0;
  const stream = new BulkLoadStream(() => flows++);
  for (let i = 0; i < 80; i++) stream.push({ payload: Buffer.alloc(4096), last: false, ignored: false });
  assert.equal(stream.full, true);
  assert.equal(flows, 16);
  let read = 0;
  while (stream.full) {
    await stream.read();
    read++;
  }
  assert.equal(flows, 17);
  assert.equal(read, 80 - 64);
  stream.push({ payload: Buffer.from('end'), last: true, ignored: false });
  stream.push({ payload: Buffer.from('after the end'), last: false, ignored: false });
  for (let i = read; i < 80; i++) await stream.read();
  assert.deepEqual(await stream.read(), { payload: Buffer.from('end'), last: true, ignored: false });
  const pending = new BulkLoadStream(() => {});
  const waiting = pending.read();
  pending.fail(new Error('gone'));
  await assert.rejects(waiting, /gone/);
});
