// The node's way out to a master (procedures' TsxHost, src/procedures/msdb/tsx/remote-msx.ts):
// what SQL Server's xp_msx_enlist does with its own client, done here with `mssql`. One
// connection per call sequence, application name 'SQLAgent - TSX Enlist'. TLS per
// MsxEncryptChannelOptions: 2 = encrypt and validate the master's certificate (chain and name)
// against the CA file (MsxCaFile, default <data>/tls/msx-ca.pem, else Node's CAs); 1 = encrypt
// without validation; 0 = no encryption of the session. Passwords are never logged.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sql from 'mssql';
import type { Logger } from 'pino';
import { readCredentialSecret } from '../engine/security/index';
import type { MsxEndpoint, RemoteCallResult, RemoteMessage, RemoteMsxConnection, TsxHost } from '../procedures/index';
import type { NodeStore } from '../store/index';

export const TSX_ENLIST_APP_NAME = 'SQLAgent - TSX Enlist';
const CONNECT_TIMEOUT_MS = 15_000;
const REQUEST_TIMEOUT_MS = 30_000;

export function msxCaDefaultPath(dataDir: string): string {
  return join(dataDir, 'tls', 'msx-ca.pem');
}

async function tlsOptions(target: MsxEndpoint): Promise<Record<string, unknown>> {
  switch (target.encryptOption) {
    case 0:
      return { encrypt: false, trustServerCertificate: true };
    case 1:
      return { encrypt: true, trustServerCertificate: true };
    case 2: {
      if (target.caFile === undefined || !existsSync(target.caFile)) return { encrypt: true, trustServerCertificate: false };
      const ca = await readFile(target.caFile, 'utf8');
      return { encrypt: true, trustServerCertificate: false, cryptoCredentialsDetails: { ca } };
    }
    default: {
      const never: never = target.encryptOption;
      return never;
    }
  }
}

interface DriverError { number?: number; class?: number; state?: number; message?: string; code?: string }

function messageOf(e: DriverError): RemoteMessage {
  return { number: e.number ?? 0, severity: e.class ?? 16, state: e.state ?? 1, message: e.message ?? String(e) };
}

/** the reason a connection failed, in words an operator can act on */
function connectFailure(e: unknown, target: MsxEndpoint): Error {
  const err = e as DriverError & { originalError?: DriverError & { cause?: DriverError } };
  const inner = err.originalError?.cause ?? err.originalError ?? err;
  const text = inner.message ?? String(e);
  if (target.encryptOption === 2 && /certificate|self[- ]signed|altnames|issuer/i.test(text)) {
    return new Error(`the master's TLS certificate did not validate (MsxEncryptChannelOptions = 2, CA file ${target.caFile ?? 'none: system CAs'}): ${text}`);
  }
  return new Error(text);
}

export function createRemoteMsxHost(options: { store: NodeStore; dataDir: string; logger: Logger }): TsxHost {
  const defaultCa = msxCaDefaultPath(options.dataDir);
  return {
    defaultCaFile: defaultCa,
    resolveCredential(name) {
      const c = readCredentialSecret(options.store, name);
      return c ? { identity: c.identity, secret: c.secret } : undefined;
    },
    async connect(target): Promise<RemoteMsxConnection> {
      const pool = new sql.ConnectionPool({
        server: target.host, port: target.port, user: target.login, password: target.password, database: 'msdb',
        connectionTimeout: CONNECT_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS,
        pool: { max: 1, min: 0 },
        options: { ...(await tlsOptions(target)), appName: TSX_ENLIST_APP_NAME, enableArithAbort: true },
      });
      pool.on('error', () => undefined);
      try {
        await pool.connect();
      } catch (e) {
        options.logger.warn({ host: target.host, port: target.port, login: target.login, encrypt: target.encryptOption }, 'connection to MSX failed');
        throw connectFailure(e, target);
      }
      options.logger.info({ host: target.host, port: target.port, login: target.login, encrypt: target.encryptOption }, 'connected to MSX');
      return {
        async call(procName, params): Promise<RemoteCallResult> {
          const request = pool.request();
          const messages: RemoteMessage[] = [];
          request.on('info', (m: DriverError) => { messages.push(messageOf(m)); });
          for (const p of params) request.input(p.name, p.type === 'int' ? sql.Int : sql.NVarChar(sql.MAX), p.value);
          try {
            const r = await request.execute(`msdb.dbo.${procName}`);
            const sets = (r.recordsets as unknown as Record<string, unknown>[][]).map((rs) => rs.map((row) => ({ ...row })));
            return { returnStatus: r.returnValue, resultSets: sets, messages, errors: [] };
          } catch (e) {
            const err = e as DriverError & { precedingErrors?: DriverError[] };
            const errors = [...(err.precedingErrors ?? []), err].map(messageOf);
            return { returnStatus: undefined, resultSets: [], messages, errors };
          }
        },
        async close() { await pool.close(); },
      };
    },
  };
}
