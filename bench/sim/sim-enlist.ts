// A master made ready for simulated targets, and the targets enlisted there. The master-side
// steps are the DBA's (MSXOperator, a login in TargetServersRole); the enlistment is the call a
// target's sp_msx_enlist makes at the master (src/procedures/msdb/tsx/enlist-call.ts):
// msdb.dbo.sp_enlist_tsx with @Action 0, the target's name, time zone, local time, NT user, poll
// interval and version, over mssql with the application name 'SQLAgent - TSX Enlist'. The master
// keys targets by server name and lets a login act for the targets it enlisted itself, so every
// simulated target shares one login.
import sql, { type ConnectionPool } from 'mssql';
import type { NodeHandle } from '../../test/helpers/start-node';
import { batch, close, connect, ok, type Session } from '../../test/helpers/tedious-session';

export const SIM_LOGIN = 'msxd_sim_tsx';
export const SIM_PASSWORD = 'Sim-Tsx-Pa55word!';

type MasterAddress = Pick<NodeHandle, 'host' | 'port' | 'saPassword'>;

/** MSXOperator and the targets' login (msdb user in TargetServersRole) on the master */
export async function prepareMaster(node: MasterAddress, login = SIM_LOGIN, password = SIM_PASSWORD): Promise<void> {
  const sa = await connect(node);
  try {
    ok(await batch(sa, `USE msdb;
IF NOT EXISTS (SELECT 1 FROM msdb.dbo.sysoperators WHERE name = N'MSXOperator')
  EXEC dbo.sp_add_operator @name = N'MSXOperator', @email_address = N'dba@example.com';
CREATE LOGIN ${login} WITH PASSWORD = N'${password}', CHECK_POLICY = OFF;
CREATE USER ${login} FOR LOGIN ${login};
ALTER ROLE TargetServersRole ADD MEMBER ${login};`));
  } finally {
    await close(sa);
  }
}

/** `count` names PREFIX00001 ... (upper case, as the master stores them) */
export function targetNames(prefix: string, count: number, first = 1): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${String(first + i).padStart(5, '0')}`.toUpperCase());
}

async function enlistPool(node: MasterAddress, login: string, password: string): Promise<ConnectionPool> {
  const pool = new sql.ConnectionPool({
    server: node.host, port: node.port, user: login, password, database: 'msdb',
    connectionTimeout: 15_000, requestTimeout: 60_000, pool: { max: 1, min: 0 },
    options: { encrypt: false, trustServerCertificate: true, appName: 'SQLAgent - TSX Enlist', enableArithAbort: true },
  });
  pool.on('error', () => undefined);
  await pool.connect();
  return pool;
}

function localTimeText(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

async function enlistOne(pool: ConnectionPool, name: string, login: string, pollIntervalSec: number, version: number): Promise<void> {
  const now = new Date();
  const request = pool.request();
  request.input('Action', sql.Int, 0);
  request.input('ServerName', sql.NVarChar(sql.MAX), name);
  request.input('Location', sql.NVarChar(sql.MAX), 'simulated');
  request.input('TimeZoneAdjustment', sql.Int, -now.getTimezoneOffset());
  request.input('LocalTime', sql.NVarChar(sql.MAX), localTimeText(now));
  request.input('NTUserName', sql.NVarChar(sql.MAX), login);
  request.input('PollInterval', sql.Int, pollIntervalSec);
  request.input('TSX_Version', sql.Int, version);
  const r = await request.execute('msdb.dbo.sp_enlist_tsx');
  if (r.returnValue !== 0) throw new Error(`sp_enlist_tsx for ${name} returned ${r.returnValue}`);
}

/** Enlists `names` through sp_enlist_tsx over `connections` connections in parallel. */
export async function enlistTargets(
  node: MasterAddress, names: readonly string[], options: { pollIntervalSec: number; connections?: number; login?: string; password?: string },
): Promise<void> {
  const login = options.login ?? SIM_LOGIN;
  const password = options.password ?? SIM_PASSWORD;
  const pools = await Promise.all(Array.from({ length: options.connections ?? 4 }, () => enlistPool(node, login, password)));
  try {
    const version = Number((await pools[0]!.request().query<{ v: number }>('SELECT @@MICROSOFTVERSION AS v')).recordset[0]?.v ?? 0);
    let next = 0;
    await Promise.all(pools.map(async (pool) => {
      while (next < names.length) {
        const name = names[next++]!;
        await enlistOne(pool, name, login, options.pollIntervalSec, version);
      }
    }));
  } finally {
    await Promise.all(pools.map((p) => p.close()));
  }
}

/**
 * Enlists `names` cheaply: the rows sp_enlist_tsx would write (systargetservers, msxd_target_logins),
 * inserted on an sa session 500 at a time. For targets that are only counted (sp_help_targetserver at scale),
 * never polled: sp_enlist_tsx costs tens of ms of master CPU per call.
 */
export async function bulkEnlist(sa: Session, names: readonly string[], pollIntervalSec: number, login = SIM_LOGIN): Promise<void> {
  for (let i = 0; i < names.length; i += 500) {
    const slice = names.slice(i, i + 500);
    ok(await batch(sa, `INSERT INTO msdb.dbo.systargetservers (server_name, location, time_zone_adjustment, enlist_date, last_poll_date, status,
  local_time_at_last_poll, enlisted_by_nt_user, poll_interval)
VALUES ${slice.map((n) => `(N'${n}', N'simulated', 0, GETDATE(), GETDATE(), 1, GETDATE(), N'${login}', ${pollIntervalSec})`).join(',\n')};
INSERT INTO msdb.dbo.msxd_target_logins (server_name, login_name) VALUES ${slice.map((n) => `(N'${n}', N'${login}')`).join(', ')};`));
  }
}
