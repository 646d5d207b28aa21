// Promise helpers over tedious for the transport tests.
import { Connection, Request } from 'tedious';

export interface ClientOptions {
  readonly encrypt?: boolean | 'strict';
  readonly requestTimeoutMs?: number;
  readonly packetSize?: number;
  /** CA to verify the server with (tedious ignores trustServerCertificate in strict mode) */
  readonly ca?: string;
}

export function connect(port: number, o: ClientOptions = {}): Promise<Connection> {
  const conn = new Connection({
    server: '127.0.0.1',
    authentication: { type: 'default', options: { userName: 'sa', password: 'x' } },
    options: {
      port,
      encrypt: o.encrypt ?? false,
      trustServerCertificate: true,
      requestTimeout: o.requestTimeoutMs ?? 15_000,
      connectTimeout: 5_000,
      ...(o.packetSize !== undefined ? { packetSize: o.packetSize } : {}),
      ...(o.ca !== undefined ? { cryptoCredentialsDetails: { ca: o.ca } } : {}),
    },
  });
  return new Promise((resolve, reject) => {
    conn.once('connect', (err) => (err ? reject(err) : resolve(conn)));
    conn.on('error', () => undefined);
    conn.connect();
  });
}

export function exec(conn: Connection, sql: string): Promise<{ rows: number; error: (Error & { code?: string }) | undefined }> {
  return new Promise((resolve) => {
    let rows = 0;
    const request = new Request(sql, (error) => resolve({ rows, error: error ?? undefined }));
    request.on('row', () => rows++);
    conn.execSqlBatch(request);
  });
}

export function close(conn: Connection): Promise<void> {
  return new Promise((resolve) => {
    if (conn.closed) return resolve();
    conn.once('end', () => resolve());
    conn.close();
  });
}
