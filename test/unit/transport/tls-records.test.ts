// TDS 7.x TLS after the handshake: the Channel seals and opens AES-GCM records itself
// (tls12-records.ts). End to end with tedious for each kind of suite (the GCM ones taken over,
// others left to the TLSSocket), then the record layer alone: splits, tampering, alerts.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { Connection, Request } from 'tedious';
import { createSelfSigned } from '../../../src/server/certificate';
import { createTlsContexts } from '../../../src/tds/transport/tls-contexts';
import { deriveGcmKeys, gcmSuite, type GcmKeys } from '../../../src/tds/transport/tls12-keys';
import { Tls12GcmRecords, type RecordEvents } from '../../../src/tds/transport/tls12-records';
import { startFakeServer, type FakeServer } from './fake-handler';
import { close } from './tedious-client';

let server: FakeServer;
/** records opened by any Tls12GcmRecords of this process (the fake server runs in it) */
let opened = 0;

before(async () => {
  const { certPem, keyPem } = await createSelfSigned('TLSRECORDS');
  server = await startFakeServer({ tls: createTlsContexts(certPem, keyPem) });
  const feed = Tls12GcmRecords.prototype.feed;
  Tls12GcmRecords.prototype.feed = function (this: Tls12GcmRecords, chunk: Buffer): void {
    const before = this.opened;
    feed.call(this, chunk);
    opened += this.opened - before;
  };
});

after(async () => {
  await server.close();
});

function connectWith(port: number, ciphers: string, packetSize: number): Promise<Connection> {
  const conn = new Connection({
    server: '127.0.0.1',
    authentication: { type: 'default', options: { userName: 'sa', password: 'x' } },
    options: { port, encrypt: true, trustServerCertificate: true, packetSize, connectTimeout: 5_000, requestTimeout: 15_000, cryptoCredentialsDetails: { ciphers } },
  });
  return new Promise((resolve, reject) => {
    conn.once('connect', (err) => (err ? reject(err) : resolve(conn)));
    conn.on('error', () => undefined);
    conn.connect();
  });
}

/** a batch: the fake server answers 'rows N' with N rows, any other text with DONE */
function batch(conn: Connection, text: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let n = 0;
    const request = new Request(text, (error) => (error ? reject(error) : resolve(n)));
    request.on('row', () => n++);
    conn.execSqlBatch(request);
  });
}

for (const [ciphers, takenOver] of [
  ['ECDHE-ECDSA-AES128-GCM-SHA256', true],
  ['ECDHE-ECDSA-AES256-GCM-SHA384', true],
  ['ECDHE-ECDSA-CHACHA20-POLY1305', false],
  ['ECDHE-ECDSA-AES128-SHA256', false],
] as const) {
  test(`full TLS with ${ciphers}: ${takenOver ? 'records sealed by the Channel' : 'records left to the TLSSocket'}`, async () => {
    for (const packetSize of [4096, 16383]) {
      const before = opened;
      const conn = await connectWith(server.port, ciphers, packetSize);
      const h = server.handlers.at(-1)!;
      assert.equal(h.lastEncryption, 'full');
      assert.equal(h.lastEncrypted, true);
      assert.equal(await batch(conn, 'rows 3000'), 3000);
      // a request of many packets, arriving in several reads
      assert.equal(await batch(conn, `-- ${'x'.repeat(100_000)}`), 0);
      assert.equal(await batch(conn, 'rows 1'), 1);
      await close(conn);
      assert.equal(opened > before, takenOver, `packet size ${packetSize}`);
    }
  });
}

/** the client's side of `keys`: what it seals, the server's Tls12GcmRecords opens */
function mirror(keys: GcmKeys): GcmKeys {
  return { suite: keys.suite, clientKey: keys.serverKey, serverKey: keys.clientKey, clientSalt: keys.serverSalt, serverSalt: keys.clientSalt };
}

function collector(): RecordEvents & { data: Buffer[]; closed: boolean; errors: Error[] } {
  const c = {
    data: [] as Buffer[], closed: false, errors: [] as Error[],
    onData: (p: Buffer) => c.data.push(Buffer.from(p)),
    onClose: () => { c.closed = true; },
    onFailure: (e: Error) => c.errors.push(e),
  };
  return c;
}

const keys = deriveGcmKeys(gcmSuite('TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256')!, randomBytes(48), randomBytes(32), randomBytes(32));

test('records: sealed by one side, opened by the other, whatever the read boundaries', () => {
  const messages = [Buffer.from('first'), randomBytes(16384), randomBytes(40_000), Buffer.from('last')];
  for (const step of [1, 7, 1000, 100_000]) {
    const c = collector();
    const server = new Tls12GcmRecords(keys, c);
    // a fresh client per pass: sequence numbers start again at 1
    const again = new Tls12GcmRecords(mirror(keys), collector());
    const bytes = Buffer.concat(messages.map((m) => again.seal(m)));
    for (let at = 0; at < bytes.length; at += step) server.feed(bytes.subarray(at, at + step));
    assert.deepEqual(c.errors, []);
    assert.deepEqual(Buffer.concat(c.data), Buffer.concat(messages), `read ${step} bytes at a time`);
    assert.equal(server.opened, 1 + 1 + 3 + 1, '2^14 plaintext bytes per record at most');
  }
});

test('records: a tampered record, a record out of sequence and a malformed header end the session; close_notify is a close', () => {
  const seal = (n: number): Buffer[] => {
    const client = new Tls12GcmRecords(mirror(keys), collector());
    return Array.from({ length: n }, (_, i) => client.seal(Buffer.from(`message ${i}`)));
  };
  const tampered = seal(1)[0]!;
  tampered.writeUInt8(tampered.readUInt8(tampered.length - 20) ^ 1, tampered.length - 20);
  const replay = seal(2);
  for (const [label, bytes] of [['tampered', tampered], ['out of sequence', replay[1]!]] as const) {
    const c = collector();
    new Tls12GcmRecords(keys, c).feed(bytes);
    assert.equal(c.errors.length, 1, label);
    assert.match(c.errors[0]!.message, /bad_record_mac/);
    assert.equal(c.data.length, 0);
  }
  const server = new Tls12GcmRecords(mirror(keys), collector());
  const notify = server.closeNotify();
  const c = collector();
  new Tls12GcmRecords(keys, c).feed(notify);
  assert.equal(c.closed, true);
  assert.deepEqual(c.errors, []);
  const malformed = collector();
  new Tls12GcmRecords(keys, malformed).feed(Buffer.from([23, 3, 1, 0, 40, ...randomBytes(40)]));
  assert.match(malformed.errors[0]!.message, /malformed TLS record/);
});
