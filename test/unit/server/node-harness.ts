// Starts an in-process MsxdNode (real store + engine) on 127.0.0.1:0 with a fresh data folder,
// and tedious helpers that keep every ERROR/INFO token the server sent.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { Connection, Request } from 'tedious';
import { MsxdNode, type MsxdNodeOptions } from '../../../src/server/node';

export const SA_PASSWORD = 'Unit-Test-Pa55word!';

export interface TestNode {
  readonly node: MsxdNode;
  readonly port: number;
  readonly dataDir: string;
  stop(): Promise<void>;
}

export async function startTestNode(options: Partial<MsxdNodeOptions> = {}): Promise<TestNode> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'msxd-server-test-'));
  const node = await MsxdNode.start({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    serverName: 'UNITNODE',
    saPassword: SA_PASSWORD,
    logger: pino({ level: 'silent' }),
    loginThrottle: { baseDelayMs: 50, maxDelayMs: 200 },
    ...options,
  });
  return {
    node,
    port: node.address().port,
    dataDir,
    async stop() {
      await node.stop();
      if (options.dataDir === undefined) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ServerMessage {
  readonly number: number;
  readonly state: number;
  readonly class: number;
  readonly message: string;
}

export interface LoginResult {
  readonly conn: Connection | undefined;
  readonly error: (Error & { code?: string }) | undefined;
  readonly infos: ServerMessage[];
  readonly errors: ServerMessage[];
  readonly packetSize: number | undefined;
}

export interface LoginOptions {
  readonly user?: string;
  readonly password?: string;
  readonly database?: string;
  readonly encrypt?: boolean | 'strict';
  readonly ca?: string;
  readonly packetSize?: number;
  readonly tdsVersion?: string;
  readonly requestTimeoutMs?: number;
}

export function login(port: number, o: LoginOptions = {}): Promise<LoginResult> {
  const infos: ServerMessage[] = [];
  const errors: ServerMessage[] = [];
  const conn = new Connection({
    server: '127.0.0.1',
    authentication: { type: 'default', options: { userName: o.user ?? 'sa', password: o.password ?? SA_PASSWORD } },
    options: {
      port,
      encrypt: o.encrypt ?? false,
      trustServerCertificate: true,
      connectTimeout: 10_000,
      requestTimeout: o.requestTimeoutMs ?? 15_000,
      ...(o.database !== undefined ? { database: o.database } : {}),
      ...(o.ca !== undefined ? { cryptoCredentialsDetails: { ca: o.ca } } : {}),
      ...(o.packetSize !== undefined ? { packetSize: o.packetSize } : {}),
      ...(o.tdsVersion !== undefined ? { tdsVersion: o.tdsVersion } : {}),
    },
  });
  conn.on('infoMessage', (m) => infos.push({ number: m.number, state: m.state, class: m.class, message: m.message }));
  conn.on('errorMessage', (m) => errors.push({ number: m.number, state: m.state, class: m.class, message: m.message }));
  conn.on('error', () => undefined);
  return new Promise((resolve) => {
    conn.once('connect', (err) => {
      // tedious applies ENVCHANGE 4 to its packet writer (token/handler.js onPacketSizeChange)
      const io = (conn as unknown as { messageIo?: { packetSize(): number } }).messageIo;
      const packetSize = err ? undefined : io?.packetSize();
      resolve({ conn: err ? undefined : conn, error: err ?? undefined, infos, errors, packetSize });
    });
    conn.connect();
  });
}

export interface Outcome {
  readonly rows: unknown[][];
  readonly error: (Error & { code?: string; number?: number }) | undefined;
  readonly rowCount: number | undefined;
}

export function query(conn: Connection, sql: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const rows: unknown[][] = [];
    const request = new Request(sql, (error, rowCount) => resolve({ rows, error: error ?? undefined, rowCount }));
    request.on('row', (cols: Array<{ value: unknown }>) => rows.push(cols.map((c) => c.value)));
    conn.execSqlBatch(request);
  });
}

export function close(conn: Connection | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!conn || conn.closed) return resolve();
    conn.once('end', () => resolve());
    conn.close();
  });
}
