// ResponseWriter over a real TCP socket: a response longer than a packet is corked and leaves in
// order, the cork is always released (at the end of the message, on ATTENTION, every 64 KiB).
import assert from 'node:assert/strict';
import net from 'node:net';
import { test } from 'node:test';
import { PACKET_STATUS } from '../../../src/tds/constants';
import { MessageReader } from '../../../src/tds/framing/message-reader';
import { Channel } from '../../../src/tds/transport/channel';
import { ResponseWriter } from '../../../src/tds/transport/response-writer';

interface Pair {
  readonly out: ResponseWriter;
  readonly server: net.Socket;
  /** resolves with everything the client received once `bytes` have arrived */
  received(bytes: number): Promise<Buffer>;
  close(): void;
}

async function pair(): Promise<Pair> {
  const listener = net.createServer();
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const { port } = listener.address() as net.AddressInfo;
  const accepted = new Promise<net.Socket>((resolve) => listener.once('connection', resolve));
  const client = net.connect(port, '127.0.0.1');
  const server = await accepted;
  const chunks: Buffer[] = [];
  let total = 0;
  let waiter: { bytes: number; resolve: (b: Buffer) => void } | undefined;
  client.on('data', (c: Buffer) => {
    chunks.push(c);
    total += c.length;
    if (waiter && total >= waiter.bytes) waiter.resolve(Buffer.concat(chunks));
  });
  const channel = new Channel(server, { onBytes: () => undefined, onFailure: () => undefined });
  const out = new ResponseWriter(channel, () => undefined);
  out.setPacketSize(512);
  return {
    out,
    server,
    received: (bytes) => new Promise((resolve) => {
      if (total >= bytes) resolve(Buffer.concat(chunks));
      else waiter = { bytes, resolve };
    }),
    close: () => {
      client.destroy();
      server.destroy();
      listener.close();
    },
  };
}

test('a multi-packet response is corked while written and arrives whole and in order', async () => {
  const p = await pair();
  try {
    const tokens = Array.from({ length: 30 }, (_, i) => Buffer.alloc(100, i));
    for (const t of tokens) {
      p.out.write(t);
      if (t[0]! >= 6) assert.equal(p.server.writableCorked, 1, 'corked once the response outgrew a packet');
    }
    p.out.end();
    assert.equal(p.server.writableCorked, 0, 'the end of the message releases the cork');
    const wire = await p.received(3000 + 6 * 8);
    const messages = new MessageReader().push(wire);
    assert.equal(messages.length, 1);
    assert.deepEqual(messages[0]!.payload, Buffer.concat(tokens));
  } finally {
    p.close();
  }
});

test('a one-packet response is never corked; an acknowledged ATTENTION releases the cork', async () => {
  const p = await pair();
  try {
    p.out.write(Buffer.alloc(100));
    assert.equal(p.server.writableCorked, 0);
    p.out.end();
    p.out.beginResponse();
    p.out.write(Buffer.alloc(600));
    assert.equal(p.server.writableCorked, 1);
    p.out.startDiscarding();
    p.out.acknowledge(Buffer.from([0xfd, 0x20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    assert.equal(p.server.writableCorked, 0);
    const wire = await p.received(108 + 608 + 21);
    const messages = new MessageReader().push(wire);
    assert.deepEqual(messages.map((m) => m.payload.length), [100, 600, 13]);
    assert.equal(messages[2]!.status & PACKET_STATUS.EOM, PACKET_STATUS.EOM);
  } finally {
    p.close();
  }
});

test('a large response is sent in corked batches, not held whole', async () => {
  const p = await pair();
  try {
    const token = Buffer.alloc(1000, 1);
    for (let i = 0; i < 200; i++) p.out.write(token);
    assert.ok(p.server.writableLength < 200_000, `${p.server.writableLength} bytes held back`);
    assert.equal(p.server.writableCorked, 1);
    p.out.end();
    assert.equal(p.server.writableCorked, 0);
    const packets = Math.ceil(200_000 / 504);
    const wire = await p.received(200_000 + packets * 8);
    assert.equal(new MessageReader().push(wire)[0]!.payload.length, 200_000);
  } finally {
    p.close();
  }
});
