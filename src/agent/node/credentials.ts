// The credential file a node gives its agent: where the node listens, the login the agent uses,
// and the node's own TLS certificate, which the agent trusts as its only CA (TLS is always on
// and verified). The optional smtp block is a fixed mail server for operator notifications, used
// only when the Agent does not use Database Mail (see notify/README.md).
import { readFileSync } from 'node:fs';
import type { config as MssqlConfig } from 'mssql';
import type { SmtpSettings } from '../notify/mail-sender';

export interface NodeCredentials {
  readonly host: string;
  readonly port: number;
  readonly login: string;
  readonly password: string;
  /** PEM of the node's certificate (or certificateFile, read at load time). */
  readonly certificatePem: string;
  /** Name the certificate is issued to (e.g. "localhost"); dialled instead of `host` when set. */
  readonly serverName?: string;
  readonly smtp?: SmtpSettings;
}

/** Application names SQL Server Agent uses; msdb checks PROGRAM_NAME() LIKE 'SQLAgent%'. */
export const AGENT_APP_NAME = {
  jobManager: 'SQLAgent - Job Manager',
  jobStep: 'SQLAgent - TSQL JobStep',
  generic: 'SQLAgent - Generic Refresher',
} as const;

export function readCredentialsFile(path: string): NodeCredentials {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  return parseCredentials(raw, (file) => readFileSync(file, 'utf8'));
}

export function parseCredentials(raw: unknown, readFile: (path: string) => string): NodeCredentials {
  if (typeof raw !== 'object' || raw === null) throw new Error('agent credential file: expected a JSON object');
  const o = raw as Record<string, unknown>;
  const str = (k: string): string => {
    const v = o[k];
    if (typeof v !== 'string' || v === '') throw new Error(`agent credential file: "${k}" must be a non-empty string`);
    return v;
  };
  const host = str('host');
  const login = str('login');
  const port = o['port'];
  if (typeof port !== 'number' || !Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error('agent credential file: "port" must be a TCP port number');
  }
  const pem = typeof o['certificatePem'] === 'string' ? o['certificatePem'] : readFile(str('certificateFile'));
  return {
    host,
    port,
    login,
    password: typeof o['password'] === 'string' ? o['password'] : '',
    certificatePem: pem,
    ...(typeof o['serverName'] === 'string' ? { serverName: o['serverName'] } : {}),
    ...(isSmtp(o['smtp']) ? { smtp: o['smtp'] } : {}),
  };
}

function isSmtp(v: unknown): v is SmtpSettings {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return typeof s['host'] === 'string' && typeof s['port'] === 'number' && typeof s['secure'] === 'boolean' && typeof s['from'] === 'string';
}

export interface PoolTuning {
  readonly appName: string;
  readonly database?: string;
  readonly maxConnections?: number;
  /** 0: no timeout (job steps may run for hours). */
  readonly requestTimeoutMs?: number;
}

export function mssqlConfig(c: NodeCredentials, t: PoolTuning): MssqlConfig {
  return {
    // The node is dialled at its address and its certificate verified against the name the
    // certificate carries (serverName): tedious' options.serverName is the TLS servername, so a
    // node listening on one address only is reached whatever that name resolves to.
    server: c.host,
    port: c.port,
    user: c.login,
    password: c.password,
    database: t.database ?? 'msdb',
    requestTimeout: t.requestTimeoutMs ?? 30_000,
    connectionTimeout: 15_000,
    pool: { max: t.maxConnections ?? 10, min: 0, idleTimeoutMillis: 30_000 },
    // mssql's default validation sends SELECT 1 before every request (a second round trip per
    // procedure call); the socket check is enough on the node's own loopback connection.
    validateConnection: 'socket',
    options: {
      encrypt: true,
      trustServerCertificate: false,
      cryptoCredentialsDetails: { ca: c.certificatePem },
      ...(c.serverName !== undefined ? { serverName: c.serverName } : {}),
      appName: t.appName,
      enableArithAbort: true,
    },
  };
}
