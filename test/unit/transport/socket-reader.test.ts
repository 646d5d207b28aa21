// socket-reader.ts over real TCP sockets: an accepted socket moved onto `onread` still reads,
// writes, pauses, resumes and closes like the socket it replaces, and its reads are views of one
// buffer shared by all connections (so every consumer must copy what it keeps).
import assert from 'node:assert/strict';
import net from 'node:net';
import { test } from 'node:test';
import { adoptAcceptedSocket, readSocket } from '../../../src/tds/transport/socket-reader';

interface Accepted {
  readonly server: net.Server;
  readonly client: net.Socket;
  readonly socket: net.Socket;
  readonly chunks: Buffer[];
  /** the ArrayBuffer of every chunk delivered */
  readonly memories: ArrayBufferLike[];
}

async function listen(): Promise<net.Server> {
  const server = net.createServer({ pauseOnConnect: true });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function accept(server: net.Server): Promise<Accepted> {
  const { port } = server.address() as net.AddressInfo;
  const accepted = new Promise<net.Socket>((resolve) => server.once('connection', resolve));
  const client = net.connect(port, '127.0.0.1');
  await new Promise<void>((resolve) => client.once('connect', resolve));
  const socket = adoptAcceptedSocket(await accepted);
  const chunks: Buffer[] = [];
  const memories: ArrayBufferLike[] = [];
  readSocket(socket, (chunk) => {
    chunks.push(Buffer.from(chunk));
    memories.push(chunk.buffer);
  });
  return { server, client, socket, chunks, memories };
}

function waitFor(cond: () => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = (): void => {
      if (cond()) resolve();
      else if (Date.now() - started > 5000) reject(new Error(`timed out waiting for ${what}`));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

const received = (a: Accepted): string => Buffer.concat(a.chunks).toString();

test('an adopted socket reads, writes and knows its peer', async () => {
  const server = await listen();
  const a = await accept(server);
  try {
    assert.equal(a.socket.remoteAddress, '127.0.0.1');
    assert.equal(a.socket.remotePort, a.client.localPort);
    a.client.write('hello');
    await waitFor(() => received(a) === 'hello', 'hello');
    const back: Buffer[] = [];
    a.client.on('data', (c: Buffer) => back.push(c));
    a.socket.write('world');
    await waitFor(() => Buffer.concat(back).toString() === 'world', 'world');
  } finally {
    a.client.destroy();
    a.socket.destroy();
    server.close();
  }
});

test('pause() stops delivery until resume(); the bytes sent meanwhile arrive after it', async () => {
  const server = await listen();
  const a = await accept(server);
  try {
    a.socket.pause();
    a.client.write('during pause');
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(received(a), '', 'nothing delivered while paused');
    a.socket.resume();
    await waitFor(() => received(a) === 'during pause', 'the bytes after resume');
  } finally {
    a.client.destroy();
    a.socket.destroy();
    server.close();
  }
});

test('the client closing ends the adopted socket with close, and the server can close', async () => {
  const server = await listen();
  const a = await accept(server);
  const closed = new Promise<void>((resolve) => a.socket.once('close', () => resolve()));
  a.client.end();
  await closed;
  assert.equal(a.socket.destroyed, true);
  await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
});

test('reads of two connections are views of one shared buffer, valid only during the call', async () => {
  const server = await listen();
  const a = await accept(server);
  const b = await accept(server);
  try {
    a.client.write('first');
    await waitFor(() => received(a) === 'first', 'first');
    b.client.write('second');
    await waitFor(() => received(b) === 'second', 'second');
    assert.equal(a.memories[0], b.memories[0], 'one ArrayBuffer for both connections');
  } finally {
    for (const x of [a, b]) {
      x.client.destroy();
      x.socket.destroy();
    }
    server.close();
  }
});

test('a socket that was not adopted is read through data events', async () => {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const accepted = new Promise<net.Socket>((resolve) => server.once('connection', resolve));
  const client = net.connect(port, '127.0.0.1');
  const socket = await accepted;
  const chunks: Buffer[] = [];
  const stop = readSocket(socket, (c) => chunks.push(Buffer.from(c)));
  try {
    client.write('plain');
    await waitFor(() => Buffer.concat(chunks).toString() === 'plain', 'plain');
    stop();
    assert.equal(socket.listenerCount('data'), 0);
  } finally {
    client.destroy();
    socket.destroy();
    server.close();
  }
});
