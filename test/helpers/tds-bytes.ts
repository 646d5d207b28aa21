// Hand-built client messages for the robustness tests: a PRELOGIN and a LOGIN7 written from the
// spec (MS-TDS 2.2.6.5 PRELOGIN, 2.2.6.4 LOGIN7), independently of src/tds, so they can be cut,
// corrupted and mis-framed at will. A raw login with them must succeed first, which proves the
// builders right before the tests break them on purpose.
import net from 'node:net';

/** MS-TDS 2.2.3.1.1 packet types used here */
export const PACKET_TYPE = { sqlBatch: 0x01, login7: 0x10, prelogin: 0x12 } as const;
const STATUS_EOM = 0x01;
const HEADER_LENGTH = 8;

/** MS-TDS 2.2.3.1 packet header + payload, one packet, EOM set */
export function packet(type: number, payload: Buffer, opts: { length?: number; status?: number } = {}): Buffer {
  const header = Buffer.alloc(HEADER_LENGTH);
  header.writeUInt8(type, 0);
  header.writeUInt8(opts.status ?? STATUS_EOM, 1);
  header.writeUInt16BE(opts.length ?? HEADER_LENGTH + payload.length, 2);
  header.writeUInt16BE(0, 4); // SPID
  header.writeUInt8(1, 6); // PacketID
  header.writeUInt8(0, 7); // Window
  return Buffer.concat([header, payload]);
}

/** MS-TDS 2.2.6.5 PRELOGIN with ENCRYPTION = NOT_SUP (0x02), so the session stays in clear text */
export function preloginPayload(): Buffer {
  const options: Array<[token: number, data: Buffer]> = [
    [0x00, Buffer.from([0x10, 0x00, 0x00, 0x00, 0x00, 0x00])], // VERSION: 16.0.0, subbuild 0
    [0x01, Buffer.from([0x02])], // ENCRYPTION: ENCRYPT_NOT_SUP
    [0x02, Buffer.from([0x00])], // INSTOPT: default instance
    [0x03, Buffer.from([0x00, 0x00, 0x00, 0x00])], // THREADID
    [0x04, Buffer.from([0x00])], // MARS off
  ];
  const tableLength = options.length * 5 + 1;
  const table = Buffer.alloc(tableLength);
  let offset = tableLength;
  options.forEach(([token, data], i) => {
    table.writeUInt8(token, i * 5);
    table.writeUInt16BE(offset, i * 5 + 1);
    table.writeUInt16BE(data.length, i * 5 + 3);
    offset += data.length;
  });
  table.writeUInt8(0xff, tableLength - 1);
  return Buffer.concat([table, ...options.map(([, data]) => data)]);
}

/** MS-TDS 2.2.6.4: the password is UCS-2, each byte nibble-swapped then XORed with 0xA5 */
function scramble(password: string): Buffer {
  const bytes = Buffer.from(password, 'utf16le');
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    bytes[i] = (((b & 0x0f) << 4) | (b >> 4)) ^ 0xa5;
  }
  return bytes;
}

const LOGIN7_FIXED_LENGTH = 94;

/** MS-TDS 2.2.6.4 LOGIN7 for TDS 7.4, SQL authentication, no FeatureExt */
export function login7Payload(user: string, password: string): Buffer {
  const fields: Array<[name: string, data: Buffer]> = [
    ['HostName', Buffer.from('robust-host', 'utf16le')],
    ['UserName', Buffer.from(user, 'utf16le')],
    ['Password', scramble(password)],
    ['AppName', Buffer.from('msxd-robustness', 'utf16le')],
    ['ServerName', Buffer.from('127.0.0.1', 'utf16le')],
    ['Unused', Buffer.alloc(0)],
    ['CltIntName', Buffer.from('raw', 'utf16le')],
    ['Language', Buffer.alloc(0)],
    ['Database', Buffer.alloc(0)],
  ];
  const fixed = Buffer.alloc(LOGIN7_FIXED_LENGTH);
  fixed.writeUInt32LE(0x74000004, 4); // TDSVersion 7.4, little-endian on the wire
  fixed.writeUInt32LE(4096, 8); // PacketSize
  fixed.writeUInt32LE(7, 12); // ClientProgVer
  fixed.writeUInt32LE(process.pid, 16); // ClientPID
  fixed.writeUInt8(0xe0, 24); // OptionFlags1: USE_DB_ON, INIT_DB_FATAL, SET_LANG_ON
  fixed.writeUInt8(0x03, 25); // OptionFlags2: INIT_LANG_FATAL, ODBC
  fixed.writeUInt32LE(0x0409, 32); // ClientLCID
  let cursor = LOGIN7_FIXED_LENGTH;
  fields.forEach(([, data], i) => {
    fixed.writeUInt16LE(cursor, 36 + i * 4);
    fixed.writeUInt16LE(data.length / 2, 38 + i * 4); // lengths count UCS-2 characters
    cursor += data.length;
  });
  // ClientID (6 bytes) at 72; SSPI, AtchDBFile, ChangePassword offsets at 78..89 point at the end
  for (const at of [78, 82, 86]) fixed.writeUInt16LE(cursor, at);
  const body = Buffer.concat([fixed, ...fields.map(([, data]) => data)]);
  body.writeUInt32LE(body.length, 0);
  return body;
}

/** A raw TCP connection that records every byte the server sends and when it closes. */
export interface RawClient {
  readonly socket: net.Socket;
  received(): Buffer;
  /** resolves when the server closed (or reset) the connection */
  readonly closed: Promise<void>;
  isClosed(): boolean;
  /** waits until at least `n` bytes arrived (or the connection closed) */
  waitForBytes(n: number, timeoutMs: number): Promise<Buffer>;
  /** waits for one complete server message (EOM), returns its payload */
  readMessage(timeoutMs: number): Promise<{ type: number; payload: Buffer }>;
}

export function rawConnect(host: string, port: number): Promise<RawClient> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    let buffer = Buffer.alloc(0);
    let consumed = 0;
    let closed = false;
    let notify: (() => void) | undefined;
    const closedPromise = new Promise<void>((res) => {
      socket.on('close', () => {
        closed = true;
        notify?.();
        res();
      });
    });
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      notify?.();
    });
    const waitUntil = (cond: () => boolean, timeoutMs: number, what: string): Promise<void> =>
      new Promise((res, rej) => {
        if (cond()) {
          res();
          return;
        }
        const timer = setTimeout(() => {
          notify = undefined;
          rej(new Error(`timed out after ${timeoutMs} ms waiting for ${what} (${buffer.length} bytes received)`));
        }, timeoutMs);
        notify = () => {
          if (!cond()) return;
          clearTimeout(timer);
          notify = undefined;
          res();
        };
      });
    const client: RawClient = {
      socket,
      received: () => buffer,
      closed: closedPromise,
      isClosed: () => closed,
      async waitForBytes(n, timeoutMs) {
        await waitUntil(() => buffer.length >= n || closed, timeoutMs, `${n} bytes`);
        return buffer;
      },
      async readMessage(timeoutMs) {
        const parts: Buffer[] = [];
        let type = -1;
        for (;;) {
          await waitUntil(() => closed || (buffer.length - consumed >= HEADER_LENGTH &&
            buffer.length - consumed >= buffer.readUInt16BE(consumed + 2)), timeoutMs, 'a server packet');
          if (buffer.length - consumed < HEADER_LENGTH) throw new Error('connection closed before a complete packet');
          const length = buffer.readUInt16BE(consumed + 2);
          if (buffer.length - consumed < length) throw new Error('connection closed inside a packet');
          type = buffer.readUInt8(consumed);
          const status = buffer.readUInt8(consumed + 1);
          parts.push(buffer.subarray(consumed + HEADER_LENGTH, consumed + length));
          consumed += length;
          if ((status & STATUS_EOM) !== 0) return { type, payload: Buffer.concat(parts) };
        }
      },
    };
    socket.once('connect', () => resolve(client));
    socket.once('error', reject);
  });
}

/** Token types of interest in a login response (MS-TDS 2.2.7) */
export const TOKEN = { loginAck: 0xad, error: 0xaa, done: 0xfd } as const;
