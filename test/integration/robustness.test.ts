// Hostile and broken clients: garbage bytes, impossible packet lengths, truncated or lying LOGIN7
// messages, a client that never finishes its login. Each must cost only its own connection: a
// tedious session opened beforehand keeps working throughout, and the node's memory stays bounded.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { nodeForFile } from '../helpers/node-fixture';
import { rssKb } from '../helpers/proc-stats';
import { login7Payload, packet, PACKET_TYPE, preloginPayload, rawConnect, TOKEN, type RawClient } from '../helpers/tds-bytes';
import { batch, close, connect, ok, scalar, type Session } from '../helpers/tedious-session';

const node = nodeForFile({ name: 'MSXDROBUST' });
const CLOSE_WITHIN_MS = 5000;
/** the node's default login timeout is 30 s (src/server/node.ts); allow some slack */
const LOGIN_TIMEOUT_WITHIN_MS = 45_000;
let witness: Session;
let rssAtStartKb: number | undefined;

before(async () => {
  witness = await connect(await node.ready());
  rssAtStartKb = rssKb(node().pid ?? 0);
});
after(async () => {
  if (witness !== undefined) await close(witness);
});

async function witnessStillWorks(): Promise<void> {
  assert.equal(scalar(ok(await batch(witness, "SELECT N'still here' AS s"))), 'still here');
}

async function assertClosedSoon(client: RawClient, what: string, withinMs = CLOSE_WITHIN_MS): Promise<void> {
  const closed = await Promise.race([client.closed.then(() => true), sleep(withinMs).then(() => false)]);
  client.socket.destroy();
  assert.ok(closed, `${what}: the node did not close the connection within ${withinMs} ms`);
}

async function prelogin(client: RawClient): Promise<void> {
  client.socket.write(packet(PACKET_TYPE.prelogin, preloginPayload()));
  const reply = await client.readMessage(CLOSE_WITHIN_MS);
  assert.equal(reply.type, 0x04, 'PRELOGIN is answered in a tabular-result (0x04) packet');
}

describe('raw TDS clients', () => {
  test('a hand-built PRELOGIN + LOGIN7 logs in (the builders are right)', async () => {
    const client = await rawConnect(node().host, node().port);
    try {
      await prelogin(client);
      client.socket.write(packet(PACKET_TYPE.login7, login7Payload('sa', node().saPassword)));
      const reply = await client.readMessage(CLOSE_WITHIN_MS);
      assert.ok(reply.payload.includes(TOKEN.loginAck), 'LOGINACK token (0xAD) in the login response');
    } finally {
      client.socket.destroy();
    }
  });

  test('garbage bytes instead of PRELOGIN: only that connection closes', async () => {
    const client = await rawConnect(node().host, node().port);
    // random, except the first byte: no TDS packet type and no TLS record (0x16), which would make
    // the node wait, rightly, for the rest of a packet or record the random length promises
    const garbage = randomBytes(4096);
    garbage[0] = 0xee;
    client.socket.write(garbage);
    await assertClosedSoon(client, 'garbage');
    await witnessStillWorks();
  });

  test('a packet length shorter than the header: closed', async () => {
    const client = await rawConnect(node().host, node().port);
    client.socket.write(packet(PACKET_TYPE.prelogin, preloginPayload(), { length: 3 }));
    await assertClosedSoon(client, 'length 3');
    await witnessStillWorks();
  });

  test('a packet length beyond the largest packet size: closed', async () => {
    const client = await rawConnect(node().host, node().port);
    const payload = Buffer.alloc(200, 0x41);
    client.socket.write(packet(PACKET_TYPE.prelogin, payload, { length: 0xffff }));
    client.socket.write(randomBytes(40_000));
    await assertClosedSoon(client, 'length 0xFFFF');
    await witnessStillWorks();
  });

  test('a LOGIN7 cut short (well framed, 40 bytes of body): closed, no login', async () => {
    const client = await rawConnect(node().host, node().port);
    await prelogin(client);
    client.socket.write(packet(PACKET_TYPE.login7, login7Payload('sa', node().saPassword).subarray(0, 40)));
    await assertClosedSoon(client, 'truncated LOGIN7');
    await witnessStillWorks();
  });

  test('a LOGIN7 whose offsets point past its end: closed', async () => {
    const client = await rawConnect(node().host, node().port);
    await prelogin(client);
    const login = login7Payload('sa', node().saPassword);
    login.writeUInt16LE(0xfff0, 40); // ibUserName far beyond the message
    client.socket.write(packet(PACKET_TYPE.login7, login));
    await assertClosedSoon(client, 'LOGIN7 with a wild offset');
    await witnessStillWorks();
  });

  test('a SQL batch before login: closed', async () => {
    const client = await rawConnect(node().host, node().port);
    client.socket.write(packet(PACKET_TYPE.sqlBatch, Buffer.from('SELECT 1', 'utf16le')));
    await assertClosedSoon(client, 'SQL batch before login');
    await witnessStillWorks();
  });

  test('a client that stops half-way through a packet header is dropped at the login timeout', async () => {
    const client = await rawConnect(node().host, node().port);
    client.socket.write(packet(PACKET_TYPE.prelogin, preloginPayload()).subarray(0, 4));
    await sleep(500);
    await witnessStillWorks();
    const other = await connect(node());
    try {
      assert.equal(scalar(ok(await batch(other, 'SELECT 1'))), 1, 'new logins are served while the slow client hangs');
    } finally {
      await close(other);
    }
    await assertClosedSoon(client, 'slow client', LOGIN_TIMEOUT_WITHIN_MS);
  });

  test('500 sessions that log in, query and leave: memory does not keep growing', async () => {
    const cycle = async (n: number): Promise<void> => {
      for (let i = 0; i < n; i++) {
        const s = await connect(node());
        ok(await batch(s, "DECLARE @x nvarchar(100) = N'session'; SELECT @x"));
        await close(s);
      }
    };
    await cycle(100);
    const afterWarmUp = rssKb(node().pid ?? 0);
    await cycle(400);
    const afterwards = rssKb(node().pid ?? 0);
    await witnessStillWorks();
    if (afterWarmUp !== undefined && afterwards !== undefined) {
      assert.ok(afterwards - afterWarmUp < 32 * 1024, `RSS grew from ${afterWarmUp} kB to ${afterwards} kB over 400 sessions`);
    }
  });

  test('300 broken connections later, the node is still well and its memory bounded', async () => {
    const attacks: Array<(c: RawClient) => void> = [
      (c) => c.socket.write(randomBytes(1024)),
      (c) => c.socket.write(packet(PACKET_TYPE.prelogin, Buffer.alloc(10), { length: 2 })),
      (c) => c.socket.write(packet(PACKET_TYPE.login7, randomBytes(300))),
      (c) => c.socket.end(),
    ];
    for (let round = 0; round < 15; round++) {
      const clients = await Promise.all(Array.from({ length: 20 }, () => rawConnect(node().host, node().port)));
      clients.forEach((c, i) => attacks[i % attacks.length]?.(c));
      await Promise.all(clients.map((c) => Promise.race([c.closed, sleep(CLOSE_WITHIN_MS)]).then(() => c.socket.destroy())));
    }
    await witnessStillWorks();
    const rss = rssKb(node().pid ?? 0);
    if (rss !== undefined && rssAtStartKb !== undefined) {
      assert.ok(rss - rssAtStartKb < 64 * 1024, `RSS grew from ${rssAtStartKb} kB to ${rss} kB`);
    }
  });
});
