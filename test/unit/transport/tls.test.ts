// Encryption modes end to end with a real client (tedious 19): clear, TLS inside PRELOGIN,
// TDS 8.0 strict, login-only (raw client: no installed client does it), forced encryption.
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, test } from 'node:test';
import { createSelfSigned } from '../../../src/server/certificate';
import { MessageReader } from '../../../src/tds/framing/message-reader';
import { createTlsContexts, type TlsContexts } from '../../../src/tds/transport/tls-contexts';
import { login7Payload, packet } from '../../helpers/tds-bytes';
import { startFakeServer, type FakeServer } from './fake-handler';
import { close, connect, exec } from './tedious-client';
const MessageIO = require('tedious/lib/message-io') as new (s: net.Socket, size: number, debug: unknown) => {
  sendMessage(type: number, data?: Buffer): void;
  readMessage(): Promise<AsyncIterable<Buffer>>;
  startTls(details: object, host: string, trust: boolean): Promise<void>;
  securePair?: { encrypted: NodeJS.ReadWriteStream };
};
const Debug = require('tedious/lib/debug') as new () => unknown;

let tls: TlsContexts;
let ca: string;
let server: FakeServer;
let forced: FakeServer;

before(async () => {
  const { certPem, keyPem } = await createSelfSigned('TLSTEST');
  tls = createTlsContexts(certPem, keyPem);
  ca = certPem;
  server = await startFakeServer({ tls });
  forced = await startFakeServer({ tls, forceEncryption: true });
});

after(async () => {
  await server.close();
  await forced.close();
});

test('clear session (tedious encrypt:false sends NOT_SUP)', async () => {
  const conn = await connect(server.port, { encrypt: false });
  const h = server.handlers.at(-1)!;
  assert.equal(h.lastEncryption, 'none');
  assert.equal(h.lastEncrypted, false);
  assert.equal((await exec(conn, 'rows 5')).rows, 5);
  await close(conn);
});

test('full TLS inside PRELOGIN (encrypt:true), multi-packet results', async () => {
  const conn = await connect(server.port, { encrypt: true });
  const h = server.handlers.at(-1)!;
  assert.equal(h.lastEncryption, 'full');
  assert.equal(h.lastEncrypted, true);
  const r = await exec(conn, 'rows 5000');
  assert.equal(r.error, undefined);
  assert.equal(r.rows, 5000);
  await close(conn);
});

test('TDS 8.0 strict: TLS first with ALPN tds/8.0, PRELOGIN inside TLS', async () => {
  const conn = await connect(server.port, { encrypt: 'strict', ca });
  const h = server.handlers.at(-1)!;
  assert.equal(h.lastEncryption, 'strict');
  assert.equal(h.lastEncrypted, true);
  assert.equal((await exec(conn, 'rows 3000')).rows, 3000);
  await close(conn);
});

test('forced encryption: a client that cannot encrypt is refused, one that can is served', async () => {
  await assert.rejects(connect(forced.port, { encrypt: false }), /requires encryption/);
  const conn = await connect(forced.port, { encrypt: true });
  assert.equal(forced.handlers.at(-1)!.lastEncryption, 'full');
  await close(conn);
});

test('forced encryption: LOGIN7 without PRELOGIN (jTDS ssl=off) is closed', async () => {
  const socket = net.connect(forced.port, '127.0.0.1');
  await new Promise((r) => socket.once('connect', r));
  socket.write(packet(0x10, login7Payload('sa', 'x')));
  await new Promise((r) => socket.once('close', r));
});

test('LOGIN7 without PRELOGIN (jTDS ssl=off) is accepted in clear', async () => {
  const socket = net.connect(server.port, '127.0.0.1');
  await new Promise((r) => socket.once('connect', r));
  const reader = new MessageReader();
  const reply = new Promise<Buffer>((resolve) => socket.on('data', (c) => {
    for (const m of reader.push(c)) resolve(m.payload);
  }));
  socket.write(packet(0x10, login7Payload('sa', 'x')));
  const payload = await reply;
  assert.ok(payload.includes(0xad), 'LOGINACK token');
  socket.destroy();
});

/** PRELOGIN with ENCRYPTION = OFF: what go-mssqldb, FreeTDS and SqlClient Encrypt=false send */
function preloginOff(): Buffer {
  const version = Buffer.from([0x10, 0, 0, 0, 0, 0]);
  const table = Buffer.alloc(11);
  table[0] = 0x00; // VERSION
  table.writeUInt16BE(11, 1);
  table.writeUInt16BE(6, 3);
  table[5] = 0x01; // ENCRYPTION
  table.writeUInt16BE(17, 6);
  table.writeUInt16BE(1, 8);
  table[10] = 0xff;
  return Buffer.concat([table, version, Buffer.from([0x00])]);
}

test('login-only encryption: LOGIN7 inside TLS, then clear both ways', async () => {
  const socket = net.connect(server.port, '127.0.0.1');
  await new Promise((r) => socket.once('connect', r));
  const io = new MessageIO(socket, 4096, new Debug());
  io.sendMessage(0x12, preloginOff());
  const parts: Buffer[] = [];
  for await (const chunk of await io.readMessage()) parts.push(chunk);
  const reply = Buffer.concat(parts);
  const encOffset = reply.readUInt16BE(6);
  assert.equal(reply[encOffset], 0x00, 'server answers ENCRYPT_OFF');

  await io.startTls({}, 'localhost', true);
  io.sendMessage(0x10, login7Payload('sa', 'x'));
  // From here the server answers in clear: read the raw socket ourselves.
  socket.unpipe(io.securePair!.encrypted as unknown as NodeJS.WritableStream);
  socket.removeAllListeners('data');
  const reader = new MessageReader();
  const messages: Buffer[] = [];
  let wake: (() => void) | undefined;
  socket.on('data', (c: Buffer) => {
    for (const m of reader.push(c)) messages.push(m.payload);
    wake?.();
  });
  socket.resume();
  const next = async (): Promise<Buffer> => {
    while (messages.length === 0) await new Promise<void>((r) => (wake = r));
    return messages.shift()!;
  };
  const login = await next();
  assert.ok(login.includes(0xad), 'LOGINACK in clear');
  const h = server.handlers.at(-1)!;
  assert.equal(h.lastEncryption, 'loginOnly');
  assert.equal(h.lastEncrypted, false);
  // a clear SQL batch now works: ALL_HEADERS (22 bytes) + text
  const headers = Buffer.alloc(22);
  headers.writeUInt32LE(22, 0);
  headers.writeUInt32LE(18, 4);
  headers.writeUInt16LE(2, 8);
  headers.writeUInt32LE(1, 18);
  socket.write(packet(0x01, Buffer.concat([headers, Buffer.from('rows 2', 'utf16le')])));
  const batch = await next();
  assert.equal(batch[batch.length - 13], 0xfd, 'ends with DONE');
  socket.destroy();
});
