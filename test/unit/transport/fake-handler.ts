// A tiny in-test TdsHandler with hand-built tokens (MS-TDS 2.2.7), independent of src/tds/tokens,
// so the transport (framing, TLS, phases, ATTENTION) is tested on its own. Batches answer with a
// DONE; 'sleep N' waits N ms without output; the batch text 'rows N' streams N one-int-column rows (for ATTENTION tests) and 'fail'
// makes the handler throw.
import { createServer, type Server } from 'node:net';
import pino from 'pino';
import type { TdsHandler } from '../../../src/tds/transport/handler';
import type { BulkLoadStream } from '../../../src/tds/transport/bulk-stream';
import type { ResponseWriter } from '../../../src/tds/transport/response-writer';
import { TdsSession, type SessionOptions } from '../../../src/tds/transport/session';
import type { TlsContexts } from '../../../src/tds/transport/tls-contexts';

export function bVarchar(s: string): Buffer {
  const text = Buffer.from(s, 'utf16le');
  return Buffer.concat([Buffer.from([s.length]), text]);
}

function token(type: number, body: Buffer): Buffer {
  const head = Buffer.alloc(3);
  head[0] = type;
  head.writeUInt16LE(body.length, 1);
  return Buffer.concat([head, body]);
}

export function done(status: number, rowCount = 0): Buffer {
  const b = Buffer.alloc(13);
  b[0] = 0xfd; // DONE
  b.writeUInt16LE(status, 1); // Status
  b.writeUInt16LE(0xc1, 3); // CurCmd SELECT
  b.writeBigUInt64LE(BigInt(rowCount), 5); // DoneRowCount (7.2+)
  return b;
}

export function loginAck(): Buffer {
  const version = Buffer.alloc(4);
  version.writeUInt32BE(0x74000004); // TDSVersion, big-endian in LOGINACK
  return token(0xad, Buffer.concat([Buffer.from([1]), version, bVarchar('Microsoft SQL Server'), Buffer.from([16, 0, 0x10, 0x27])]));
}

export function envPacketSize(size: number): Buffer {
  return token(0xe3, Buffer.concat([Buffer.from([4]), bVarchar(String(size)), bVarchar('4096')]));
}

const INT_COLUMN = Buffer.from([
  0x81, 0x01, 0x00, // COLMETADATA, 1 column
  0x00, 0x00, 0x00, 0x00, // UserType
  0x00, 0x00, // Flags
  0x38, // INT4
  0x01, 0x6e, 0x00, // ColName B_VARCHAR "n"
]);

export class FakeHandler implements TdsHandler {
  logins = 0;
  attentions = 0;
  closed = false;
  lastEncrypted: boolean | undefined;
  lastEncryption: string | undefined;

  async onLogin(_login: unknown, conn: { encryptedSession: boolean; encryption: string }, out: ResponseWriter) {
    this.logins++;
    this.lastEncrypted = conn.encryptedSession;
    this.lastEncryption = conn.encryption;
    out.write(envPacketSize(4096));
    out.write(loginAck());
    out.write(done(0));
    out.end();
    return { ok: true as const, tdsVersion: 0x74000004, packetSize: 4096, spid: 55 };
  }

  async onSqlBatch(request: { text: string }, out: ResponseWriter, signal: AbortSignal): Promise<void> {
    const m = /^rows (\d+)$/.exec(request.text);
    if (request.text === 'fail') throw new Error('handler bug');
    const sleep = /^sleep (\d+)$/.exec(request.text);
    if (sleep) {
      // like WAITFOR: no output until done, stops early on ATTENTION
      await new Promise<void>((resolve) => {
        const onAbort = (): void => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        }, Number(sleep[1]));
        signal.addEventListener('abort', onAbort, { once: true });
      });
    }
    if (m) {
      out.write(INT_COLUMN);
      const row = Buffer.alloc(5);
      row[0] = 0xd1;
      for (let i = 0; i < Number(m[1]); i++) {
        if (signal.aborted) return;
        row.writeInt32LE(i, 1);
        out.write(row);
        if (i % 200 === 0) {
          if (out.backlog > 64 * 1024) await out.drain();
          else await new Promise((r) => setImmediate(r));
        }
      }
      out.write(done(0x10, Number(m[1])));
    } else {
      out.write(done(0));
    }
    out.end();
  }

  async onRpc(_r: unknown, out: ResponseWriter): Promise<void> {
    out.write(done(0));
    out.end();
  }

  async onTransactionManager(_r: unknown, out: ResponseWriter): Promise<void> {
    out.write(done(0));
    out.end();
  }

  /** bulk messages: the payload bytes of each, in order, once the last packet arrived */
  bulkPayloads: Buffer[] = [];

  async onBulkLoad(stream: BulkLoadStream, out: ResponseWriter): Promise<void> {
    const parts: Buffer[] = [];
    for (;;) {
      const part = await stream.read();
      parts.push(part.payload);
      if (part.last) break;
    }
    this.bulkPayloads.push(Buffer.concat(parts));
    out.write(done(0));
    out.end();
  }

  onAttention(): void {
    this.attentions++;
  }

  async onReset(_skip: boolean, out: ResponseWriter): Promise<void> {
    out.write(token(0xe3, Buffer.from([18, 0, 0])));
  }

  async onClose(): Promise<void> {
    this.closed = true;
  }
}

export interface FakeServer {
  readonly port: number;
  readonly handlers: FakeHandler[];
  readonly sessions: TdsSession[];
  close(): Promise<void>;
}

export const silentLogger = pino({ level: process.env.FAKE_LOG ?? 'silent' });

export async function startFakeServer(options: { tls?: TlsContexts; forceEncryption?: boolean; loginTimeoutMs?: number; maxMessageSize?: number } = {}): Promise<FakeServer> {
  const handlers: FakeHandler[] = [];
  const sessions: TdsSession[] = [];
  const sessionOptions: SessionOptions = {
    tls: options.tls,
    forceEncryption: options.forceEncryption ?? false,
    loginTimeoutMs: options.loginTimeoutMs ?? 30_000,
    ...(options.maxMessageSize !== undefined ? { maxMessageSize: options.maxMessageSize } : {}),
    logger: silentLogger,
  };
  let id = 1;
  const server: Server = createServer((socket) => {
    const handler = new FakeHandler();
    handlers.push(handler);
    sessions.push(new TdsSession(id++, socket, handler as unknown as TdsHandler, sessionOptions));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    handlers,
    sessions,
    async close() {
      await Promise.all(sessions.map((s) => s.close()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
