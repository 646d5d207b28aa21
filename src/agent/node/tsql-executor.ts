// TSQL job steps over tedious connections of the agent's own (application name
// 'SQLAgent - TSQL JobStep'). Each step borrows one connection, sets the step's database with
// its own USE batch (SQL Server Agent sets the ODBC current catalog; prefixing the command
// would break steps that must begin their batch, such as CREATE PROCEDURE), runs the command
// as one batch, and collects every message the node sends. A stopped step cancels its request
// (TDS ATTENTION). Connections are reused; a broken or cancelled one is closed.
import { Connection, Request } from 'tedious';
import type { NodeCredentials } from './credentials';
import { AGENT_APP_NAME } from './credentials';
import type { TsqlBatchOutcome, TsqlExecutor, TsqlIdentity, TsqlMessage } from '../subsystems/tsql-subsystem';

export class TediousTsqlExecutor implements TsqlExecutor {
  readonly executedAs: string;
  private readonly idle: Connection[] = [];
  private open = 0;
  private closed = false;

  constructor(private readonly credentials: NodeCredentials, private readonly maxConnections = 8) {
    this.executedAs = credentials.login;
  }

  async runBatch(database: string | null, command: string, signal: AbortSignal, identity: TsqlIdentity = null): Promise<TsqlBatchOutcome> {
    const conn = await this.acquire();
    const messages: TsqlMessage[] = [];
    let error: TsqlMessage | null = null;
    let broken = false;
    let firstError: unknown = null;
    const onInfo = (m: { number: number; state: number; class: number; message: string }): void => {
      messages.push({ number: m.number, state: m.state, severity: m.class, message: m.message });
    };
    const onError = (m: { number: number; state: number; class: number; message: string }): void => {
      const msg = { number: m.number, state: m.state, severity: m.class, message: m.message };
      messages.push(msg);
      if (error === null && msg.severity > 10) error = msg;
    };
    const cancel = (): void => { broken = true; conn.cancel(); };
    signal.addEventListener('abort', cancel, { once: true });
    try {
      // The USE batch's own 5701 "Changed database context" is not part of the step's output.
      // A reused connection already in the step's database (the node's ENVCHANGE, tracked by
      // currentDatabase) needs no USE: one round trip less per step.
      if (database !== null && database !== '' && currentDatabase.get(conn)?.toLowerCase() !== database.toLowerCase()) {
        await exec(conn, `USE ${quoteName(database)}`).catch((e: unknown) => { firstError ??= e; });
      }
      conn.on('infoMessage', onInfo);
      conn.on('errorMessage', onError);
      if (firstError !== null) throw firstError;
      if (identity !== null) {
        // The impersonation cannot be reverted, so this connection is not reused. A user is
        // impersonated in the database the USE above made current (the step's).
        broken = true;
        await exec(conn, impersonation(identity));
        if (error !== null) return { messages, error };
      }
      if (!signal.aborted) await exec(conn, command);
    } catch (e) {
      const err = e as { code?: string; message?: string; number?: number; state?: number; class?: number };
      if (err.code !== 'ECANCEL' && error === null) {
        // A server error (the USE of a missing database) keeps the connection; anything else drops it.
        broken = err.number === undefined;
        error = { number: err.number ?? 0, state: err.state ?? 0, severity: err.class ?? 16, message: err.message ?? String(e) };
        messages.push(error);
      }
    } finally {
      signal.removeEventListener('abort', cancel);
      conn.removeListener('infoMessage', onInfo);
      conn.removeListener('errorMessage', onError);
      this.release(conn, broken);
    }
    return { messages, error };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const c of this.idle.splice(0)) c.close();
    this.open = 0;
    await Promise.resolve();
  }

  private async acquire(): Promise<Connection> {
    const ready = this.idle.pop();
    if (ready) return ready;
    if (this.open >= this.maxConnections) {
      await new Promise((r) => setTimeout(r, 5));
      return this.acquire();
    }
    this.open++;
    try {
      return await connect(this.credentials, AGENT_APP_NAME.jobStep);
    } catch (e) {
      this.open--;
      throw e;
    }
  }

  private release(conn: Connection, broken: boolean): void {
    if (broken || this.closed) {
      this.open--;
      conn.close();
    } else this.idle.push(conn);
  }
}

/** The database each connection is in, from the node's ENVCHANGE (MS-TDS 2.2.7.9, type 1). */
const currentDatabase = new WeakMap<Connection, string>();

/** One tedious connection to the node, TLS verified against its certificate. */
export function connect(c: NodeCredentials, appName: string): Promise<Connection> {
  return new Promise((resolve, reject) => {
    const conn = new Connection({
      // The node is dialled at its address; the certificate is verified against the name it
      // carries (serverName, e.g. localhost): tedious' options.serverName is the TLS servername.
      server: c.host,
      authentication: { type: 'default', options: { userName: c.login, password: c.password } },
      options: {
        port: c.port, database: 'master', encrypt: true, trustServerCertificate: false,
        ...(c.serverName !== undefined ? { serverName: c.serverName } : {}),
        cryptoCredentialsDetails: { ca: c.certificatePem },
        appName, requestTimeout: 0, connectTimeout: 15_000,
      },
    });
    conn.on('error', () => { /* a dropped connection surfaces as a failed request */ });
    conn.on('databaseChange', (name: string) => currentDatabase.set(conn, name));
    conn.connect((err) => (err ? reject(err) : resolve(conn)));
  });
}

/** One batch; rejects with the first error the node reported. */
export function exec(conn: Connection, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    conn.execSqlBatch(new Request(text, (err) => (err ? reject(err) : resolve())));
  });
}

function impersonation(identity: NonNullable<TsqlIdentity>): string {
  const name = `N'${identity.name.replace(/'/g, "''")}'`;
  switch (identity.kind) {
    case 'login': return `EXECUTE AS LOGIN = ${name} WITH NO REVERT`;
    case 'user': return `EXECUTE AS USER = ${name} WITH NO REVERT`;
    default: { const never: never = identity; return never; }
  }
}

/** QUOTENAME for a database name: brackets, with ] doubled. */
export function quoteName(name: string): string {
  return `[${name.replace(/]/g, ']]')}]`;
}
