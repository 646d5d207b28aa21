// A master and its targets, all real nodes (child processes, separate data folders) on loopback,
// prepared as the Master Server Wizard does in T-SQL: MSXOperator and one login per target in
// TargetServersRole on the master; on each target a credential, sp_msx_set_account,
// MsxEncryptChannelOptions = 1 (TLS without validation), MSXPollInterval, then sp_msx_enlist.
//
// The master listens on a port chosen here (`--port`), not port 0, so `restart()` brings it back
// on the same port and the targets' MSXServerName ('127.0.0.1,<port>') still reaches it.
import { createServer } from 'node:net';
import { startNode, type NodeHandle } from './start-node';
import { batch, close, connect, ok, type Session } from './tedious-session';

export const AGENT_KEY = String.raw`SOFTWARE\Microsoft\MSSQLServer\SQLServerAgent`;

export interface ClusterOptions {
  readonly masterName?: string;
  readonly targetNames: readonly string[];
  /** MSXPollInterval written on each target before it enlists (seconds) */
  readonly pollIntervalSec?: number;
  /** extra environment per target name (for example TZ) */
  readonly targetEnv?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** one login (tsx_login) for every target instead of one per target */
  readonly sharedLogin?: boolean;
  /** enlist the targets (default true) */
  readonly enlist?: boolean;
}

export interface MsxCluster {
  readonly master: NodeHandle;
  readonly targets: readonly NodeHandle[];
  /** sa sessions; `reconnectMaster()` replaces `msa` after the master restarted */
  msa: Session;
  readonly tsa: Session[];
  /** the name the targets enlisted with: '127.0.0.1,<port>' */
  readonly msxName: string;
  reconnectMaster(): Promise<void>;
  reconnectTarget(index: number): Promise<void>;
  stop(): Promise<void>;
}

export function targetPassword(name: string): string {
  return `${name}-Login-Pa55word!`;
}

/** a free loopback port now (the node binds it a moment later; a collision fails the start loudly) */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export const regwrite = (name: string, value: number | string): string =>
  `EXEC master.dbo.xp_instance_regwrite N'HKEY_LOCAL_MACHINE', N'${AGENT_KEY}', N'${name}', ` +
  (typeof value === 'number' ? `N'REG_DWORD', ${value};` : `N'REG_SZ', N'${value}';`);

export const regread = (name: string): string =>
  `DECLARE @v nvarchar(4000); EXEC master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'${AGENT_KEY}', N'${name}', @v OUTPUT; SELECT @v;`;

export async function rows(s: Session, sql: string): Promise<unknown[][]> {
  return ok(await batch(s, sql)).sets[0]?.rows.map((r) => [...r]) ?? [];
}

/** the first result set as objects keyed by column name */
export async function records(s: Session, sql: string): Promise<Record<string, unknown>[]> {
  const set = ok(await batch(s, sql)).sets[0];
  const names = set?.columns.map((c) => c.name) ?? [];
  return (set?.rows ?? []).map((r) => Object.fromEntries(names.map((n, i) => [n, r[i]])));
}

export async function scalarOf(s: Session, sql: string): Promise<unknown> {
  return (await rows(s, sql))[0]?.[0];
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000, stepMs = 200): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(stepMs);
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * One target enlisted at the master on `port` with a waiting connection (MsxdWaitForInstructions =
 * 1, polls every 300 s, TLS option 1), its MSX account a TargetServersRole login `login`.
 */
export async function enlistWaitingTarget(msa: Session, tsa: Session, login: string, password: string, port: number): Promise<void> {
  ok(await batch(msa, `USE msdb;
EXEC dbo.sp_add_operator @name = N'MSXOperator', @email_address = N'dba@example.com';
CREATE LOGIN ${login} WITH PASSWORD = N'${password}', CHECK_POLICY = OFF;
CREATE USER ${login} FOR LOGIN ${login};
ALTER ROLE TargetServersRole ADD MEMBER ${login};`));
  ok(await batch(tsa, `USE msdb;
CREATE CREDENTIAL MsxAccount WITH IDENTITY = N'${login}', SECRET = N'${password}';
EXEC dbo.sp_msx_set_account @credential_name = N'MsxAccount';
${regwrite('MsxEncryptChannelOptions', 1)}
${regwrite('MSXPollInterval', 300)}
${regwrite('MsxdWaitForInstructions', 1)}
EXEC dbo.sp_msx_enlist @msx_server_name = N'127.0.0.1,${port}';`));
}

/** sp_sqlagent_notify @op_type = N'P' on a target: its agent polls the master now */
export async function forcePoll(tsa: Session): Promise<void> {
  ok(await batch(tsa, `EXEC msdb.dbo.sp_sqlagent_notify @op_type = N'P';`));
}

/** the master's download list for one target: [instance_id, operation_code, status, error_message] */
export function downloadList(msa: Session, target: string): Promise<unknown[][]> {
  return rows(msa, `SELECT instance_id, operation_code, status, error_message FROM msdb.dbo.sysdownloadlist
WHERE target_server = N'${target}' ORDER BY instance_id`);
}

/** waits until every instruction of the target is applied (status 1) or carries an error */
export function downloadsSettled(msa: Session, target: string, timeoutMs = 30_000): Promise<unknown[][]> {
  return waitFor(`${target}'s instructions applied`, async () => {
    const r = await downloadList(msa, target);
    return r.every((x) => x[2] === 1 || x[3] !== null) ? r : undefined;
  }, timeoutMs);
}

/** a multiserver job on the master with TSQL steps ([name, command]), targeted at `targets`; returns its job_id */
export async function addMsxJob(msa: Session, name: string, steps: readonly (readonly [string, string])[], targets: readonly string[]): Promise<string> {
  const stepSql = steps.map(([step, command], i) =>
    `EXEC dbo.sp_add_jobstep @job_id = @id, @step_name = N'${step}', @subsystem = N'TSQL', @command = N'${command.replace(/'/g, "''")}', ` +
    `@database_name = N'master'${i < steps.length - 1 ? ', @on_success_action = 3' : ''};`).join('\n');
  const serverSql = targets.map((t) => `EXEC dbo.sp_add_jobserver @job_id = @id, @server_name = N'${t}';`).join('\n');
  const created = ok(await batch(msa, `USE msdb;
DECLARE @id uniqueidentifier;
EXEC dbo.sp_add_job @job_name = N'${name}', @job_id = @id OUTPUT;
${stepSql}
${serverSql}
SELECT CONVERT(nvarchar(36), @id);`));
  return String(created.sets.at(-1)?.rows[0]?.[0]);
}

export async function startCluster(o: ClusterOptions): Promise<MsxCluster> {
  const masterPort = await freePort();
  const [master, ...targets] = await Promise.all([
    startNode({ name: o.masterName ?? 'MSXDMASTER', args: ['--port', String(masterPort)] }),
    ...o.targetNames.map((name) => startNode({ name, env: o.targetEnv?.[name] ?? {} })),
  ]);
  if (master === undefined) throw new Error('no master');
  const msxName = `127.0.0.1,${master.port}`;
  const msa = await connect(master);
  const tsa = await Promise.all(targets.map((t) => connect(t)));
  const account = (t: string): { login: string; password: string } =>
    o.sharedLogin === true ? { login: 'tsx_login', password: targetPassword('TSX') } : { login: `${t.toLowerCase()}_login`, password: targetPassword(t) };
  const logins = [...new Set(o.targetNames.map((t) => account(t).login))].map((login) => {
    const { password } = account(o.targetNames.find((t) => account(t).login === login) ?? '');
    return `CREATE LOGIN ${login} WITH PASSWORD = N'${password}', CHECK_POLICY = OFF;
CREATE USER ${login} FOR LOGIN ${login};
ALTER ROLE TargetServersRole ADD MEMBER ${login};`;
  }).join('\n');
  ok(await batch(msa, `USE msdb;
EXEC dbo.sp_add_operator @name = N'MSXOperator', @email_address = N'dba@example.com';
${logins}`));
  await Promise.all(targets.map(async (t, i) => {
    const s = tsa[i]!;
    ok(await batch(s, `USE msdb;
CREATE CREDENTIAL MsxAccount WITH IDENTITY = N'${account(t.name).login}', SECRET = N'${account(t.name).password}';
EXEC dbo.sp_msx_set_account @credential_name = N'MsxAccount';
${regwrite('MsxEncryptChannelOptions', 1)}
${regwrite('MSXPollInterval', o.pollIntervalSec ?? 10)}`));
  }));
  // one at a time: enlistment writes the master's systargetservers
  if (o.enlist !== false) {
    for (const s of tsa) ok(await batch(s, `EXEC msdb.dbo.sp_msx_enlist @msx_server_name = N'${msxName}', @location = N'loopback';`));
  }
  const cluster: MsxCluster = {
    master, targets, msa, tsa, msxName,
    async reconnectMaster() {
      await close(cluster.msa).catch(() => undefined);
      cluster.msa = await connect(master);
    },
    async reconnectTarget(index: number) {
      const t = targets[index]!;
      await close(tsa[index]!).catch(() => undefined);
      tsa[index] = await connect(t);
    },
    async stop() {
      await close(cluster.msa).catch(() => undefined);
      for (const s of tsa) await close(s).catch(() => undefined);
      await Promise.all([master.stop(), ...targets.map((t) => t.stop())]);
    },
  };
  return cluster;
}
