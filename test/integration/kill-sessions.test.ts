// A DBA's tools for seeing and ending sessions, against a real node with real tedious sessions:
// A holds a transaction open, B's UPDATE waits for it, C (sysadmin) sees B blocked by A in
// sys.dm_exec_requests, sys.sysprocesses and sp_who2, reads A's last batch with DBCC INPUTBUFFER,
// then KILLs A: A's connection closes, its transaction rolls back and B's UPDATE goes through.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { nodeForFile } from '../helpers/node-fixture';
import type { NodeHandle } from '../helpers/start-node';
import { batch, close, connect, execSql, ok, scalar, TYPES, type Outcome, type Session } from '../helpers/tedious-session';

const fixture = nodeForFile({ name: 'MSXDKILL', args: ['--no-agent'] });
const withAgent = nodeForFile({ name: 'MSXDKILLAGENT' });
const LOGIN = 'kill_plain';
const PASSWORD = 'Str0ng!Passw0rd';
const A_BATCH = "BEGIN TRAN; UPDATE dbo.kill_t SET v = 'from A' WHERE id = 1";

const errorsOf = (o: Outcome): [number, number, number, string][] => o.errors.map((e) => [e.number, e.class, e.state, e.message]);
const spidOf = async (s: Session): Promise<number> => Number(scalar(ok(await batch(s, 'SELECT @@SPID'))));

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('KILL, sys.dm_exec_requests, sys.sysprocesses, sp_who2, DBCC INPUTBUFFER', () => {
  let node: NodeHandle;
  before(async () => {
    node = await fixture.ready();
    const sa = await connect(node);
    ok(await batch(sa, `CREATE TABLE dbo.kill_t (id int PRIMARY KEY, v varchar(20));
      INSERT INTO dbo.kill_t VALUES (1, 'original');
      CREATE LOGIN ${LOGIN} WITH PASSWORD = '${PASSWORD}'`));
    await close(sa);
  });

  test('B blocked by A shows up everywhere; KILL A releases B and rolls A back', async () => {
    const a = await connect(node, { appName: 'kill-test A' });
    const b = await connect(node, { appName: 'kill-test B' });
    const c = await connect(node);
    try {
      const [aSpid, bSpid, cSpid] = [await spidOf(a), await spidOf(b), await spidOf(c)];
      ok(await batch(a, A_BATCH));
      const bUpdate = batch(b, "UPDATE dbo.kill_t SET v = 'from B' WHERE id = 1");

      const request = await waitFor('B waiting in sys.dm_exec_requests', async () => {
        const o = ok(await batch(c, `SELECT session_id, status, command, blocking_session_id, wait_type, wait_resource,
            CASE WHEN wait_time >= 0 THEN 1 ELSE 0 END, open_transaction_count, request_id
          FROM sys.dm_exec_requests WHERE session_id = ${bSpid}`));
        const row = o.sets[0]?.rows[0];
        return row !== undefined && row[3] !== 0 ? row : undefined;
      });
      assert.deepEqual(request.slice(0, 5), [bSpid, 'suspended', 'UPDATE', aSpid, 'LCK_M_X']);
      // nothing blocks the caller's own request: 0, as SQL Server reports it
      assert.match(String(request[5]), /^DB: \d+$/);
      assert.deepEqual(request.slice(6), [1, 0, 0]);

      // the caller's own request is listed as running; A (idle, transaction open) has no request
      const mine = ok(await batch(c, 'SELECT session_id, status, command, blocking_session_id FROM sys.dm_exec_requests ORDER BY session_id'));
      assert.deepEqual(mine.sets[0]!.rows.filter((r) => r[0] !== bSpid), [[cSpid, 'running', 'SELECT', 0]]);

      const proc = ok(await batch(c, `SELECT blocked, RTRIM(lastwaittype), open_tran, RTRIM(status), RTRIM(cmd)
        FROM master.dbo.sysprocesses WHERE spid IN (${aSpid}, ${bSpid}) ORDER BY spid`));
      assert.deepEqual(proc.sets[0]!.rows, [
        [0, 'MISCELLANEOUS', 1, 'sleeping', 'AWAITING COMMAND'],
        [aSpid, 'LCK_M_X', 0, 'suspended', 'UPDATE'],
      ]);

      const who2 = ok(await batch(c, 'EXEC sp_who2'));
      assert.deepEqual(who2.sets[0]!.columns.map((col) => col.name),
        ['SPID', 'Status', 'Login', 'HostName', 'BlkBy', 'DBName', 'Command', 'CPUTime', 'DiskIO', 'LastBatch', 'ProgramName', 'SPID', 'REQUESTID']);
      const whoRow = (spid: number): unknown[] | undefined => who2.sets[0]!.rows.find((r) => Number(r[0]) === spid);
      assert.equal(String(whoRow(bSpid)?.[4]).trim(), String(aSpid));
      assert.equal(whoRow(aSpid)?.[4], '  .  ');
      assert.equal(String(whoRow(bSpid)?.[1]).trim(), 'SUSPENDED');
      assert.equal(String(whoRow(aSpid)?.[1]).trim(), 'sleeping');
      assert.equal(whoRow(aSpid)?.[10], 'kill-test A');
      assert.match(String(whoRow(aSpid)?.[9]), /^\d\d\/\d\d \d\d:\d\d:\d\d$/);
      const active = ok(await batch(c, "EXEC sp_who2 'active'"));
      assert.deepEqual(active.sets[0]!.rows.map((r) => Number(r[0])).sort(), [bSpid, cSpid].sort());

      const input = ok(await batch(c, `DBCC INPUTBUFFER(${aSpid})`));
      assert.deepEqual(input.sets[0]!.columns.map((col) => [col.name, col.sqlType]),
        [['EventType', 'nvarchar(30)'], ['Parameters', 'smallint'], ['EventInfo', 'nvarchar(4000)']]);
      assert.deepEqual(input.sets[0]!.rows, [['Language Event', 0, A_BATCH]]);
      assert.deepEqual(input.infos.map((m) => [m.number, m.class]), [[2528, 10]]);

      const killed = await batch(c, `KILL ${aSpid}`);
      assert.deepEqual(errorsOf(killed), []);
      const bOutcome = await bUpdate;
      assert.deepEqual(errorsOf(bOutcome), []);
      assert.deepEqual(bOutcome.rowCounts, [1]);
      // A's connection is gone and its UPDATE undone: B's value is the one committed
      await waitFor('A disconnected', async () => (a.conn.closed ? true : undefined));
      const afterKill = await batch(a, 'SELECT 1');
      assert.ok(afterKill.error !== undefined);
      assert.equal(scalar(ok(await batch(c, 'SELECT v FROM dbo.kill_t WHERE id = 1'))), 'from B');
      const gone = await batch(c, `KILL ${aSpid}`);
      assert.deepEqual(errorsOf(gone), [[6106, 16, 2, `Process ID ${aSpid} is not an active process ID.`]]);
    } finally {
      await Promise.all([close(a), close(b), close(c)]);
    }
  });

  test('a client in the middle of a batch reads 596, then its connection closes', async () => {
    const a = await connect(node);
    const c = await connect(node);
    try {
      const aSpid = await spidOf(a);
      const waiting = batch(a, "WAITFOR DELAY '00:00:30'");
      await waitFor('A in WAITFOR', async () => {
        const o = ok(await batch(c, `SELECT wait_type FROM sys.dm_exec_requests WHERE session_id = ${aSpid}`));
        return o.sets[0]?.rows[0]?.[0] === 'WAITFOR' ? true : undefined;
      });
      ok(await batch(c, `KILL ${aSpid}`));
      const o = await waiting;
      assert.deepEqual(errorsOf(o), [[596, 21, 1, 'Cannot continue the execution because the session is in the kill state.']]);
      await waitFor('A disconnected', async () => (a.conn.closed ? true : undefined));
    } finally {
      await Promise.all([close(a), close(c)]);
    }
  });

  test('KILL of the waiter: its BEGIN TRAN stops waiting, it reads 596, the holder keeps its transaction', async () => {
    const a = await connect(node);
    const b = await connect(node);
    const c = await connect(node);
    try {
      const bSpid = await spidOf(b);
      ok(await batch(a, "BEGIN TRAN; UPDATE dbo.kill_t SET v = 'held by A' WHERE id = 1"));
      const waiting = batch(b, "BEGIN TRAN; UPDATE dbo.kill_t SET v = 'never' WHERE id = 1; COMMIT");
      await waitFor('B waiting at BEGIN TRAN', async () => {
        const o = ok(await batch(c, `SELECT command, wait_type FROM sys.dm_exec_requests WHERE session_id = ${bSpid}`));
        const row = o.sets[0]?.rows[0];
        return row?.[1] === 'LCK_M_X' ? row : undefined;
      }).then((row) => assert.deepEqual(row, ['BEGIN TRANSACTION', 'LCK_M_X']));
      ok(await batch(c, `KILL ${bSpid}`));
      assert.deepEqual((await waiting).errors.map((e) => e.number), [596]);
      await waitFor('B disconnected', async () => (b.conn.closed ? true : undefined));
      ok(await batch(a, 'COMMIT'));
      assert.equal(scalar(ok(await batch(c, 'SELECT v FROM dbo.kill_t WHERE id = 1'))), 'held by A');
    } finally {
      await Promise.all([close(a), close(b), close(c)]);
    }
  });

  test('a client library\'s BEGIN TRANSACTION request waiting for the lock is listed, and KILL ends it', async () => {
    const a = await connect(node);
    const b = await connect(node);
    const c = await connect(node);
    try {
      const bSpid = await spidOf(b);
      ok(await batch(a, "BEGIN TRAN; UPDATE dbo.kill_t SET v = 'tm holder' WHERE id = 1"));
      // tedious sends BEGIN TRANSACTION as a transaction-manager request (MS-TDS 2.2.6.9)
      const begun = new Promise<Error | null | undefined>((resolve) => b.conn.beginTransaction((err) => resolve(err)));
      const row = await waitFor('B waiting in its BEGIN TRANSACTION request', async () => {
        const o = ok(await batch(c, `SELECT status, command, wait_type FROM sys.dm_exec_requests WHERE session_id = ${bSpid}`));
        const r = o.sets[0]?.rows[0];
        return r?.[2] === 'LCK_M_X' ? r : undefined;
      });
      assert.deepEqual(row, ['suspended', 'BEGIN TRANSACTION', 'LCK_M_X']);
      ok(await batch(c, `KILL ${bSpid}`));
      assert.ok((await begun) instanceof Error);
      await waitFor('B disconnected', async () => (b.conn.closed ? true : undefined));
      ok(await batch(a, 'ROLLBACK'));
    } finally {
      await Promise.all([close(a), close(b), close(c)]);
    }
  });

  test('DBCC INPUTBUFFER of an RPC: RPC Event, its parameter count and the procedure name', async () => {
    const a = await connect(node);
    const c = await connect(node);
    try {
      const aSpid = await spidOf(a);
      ok(await execSql(a, 'SELECT @p + 1', [['p', TYPES.Int, 41]]));
      const o = ok(await batch(c, `DBCC INPUTBUFFER(${aSpid}) WITH NO_INFOMSGS`));
      // tedious' sp_executesql carries @stmt, @params and @p
      assert.deepEqual(o.sets[0]!.rows, [['RPC Event', 3, 'sp_executesql']]);
    } finally {
      await Promise.all([close(a), close(c)]);
    }
  });

  test('KILL errors: own session 6104, unknown 6106, out of range 6101, STATUSONLY 6120, in a transaction 6115, not sysadmin 6102, UOW 6110', async () => {
    const sa = await connect(node);
    const plain = await connect(node, { user: LOGIN, password: PASSWORD });
    try {
      const own = await spidOf(sa);
      assert.deepEqual(errorsOf(await batch(sa, `KILL ${own}`)), [[6104, 16, 1, 'Cannot use KILL to kill your own process.']]);
      assert.deepEqual(errorsOf(await batch(sa, 'KILL 32000')), [[6106, 16, 2, 'Process ID 32000 is not an active process ID.']]);
      assert.deepEqual(errorsOf(await batch(sa, 'KILL 0')),
        [[6101, 16, 1, 'Process ID 0 is not a valid process ID. Choose a number between 1 and 32767.']]);
      assert.deepEqual(errorsOf(await batch(sa, `KILL ${own} WITH STATUSONLY`)).map((e) => e[0]), [6104]);
      const plainSpid = await spidOf(plain);
      assert.deepEqual(errorsOf(await batch(sa, `KILL ${plainSpid} WITH STATUSONLY`)),
        [[6120, 16, 1, `Status report cannot be obtained. Rollback operation for Process ID ${plainSpid} is not in progress.`]]);
      assert.deepEqual(errorsOf(await batch(sa, 'BEGIN TRAN; KILL 32000; ROLLBACK')),
        [[6115, 16, 1, 'KILL command cannot be used inside user transactions.']]);
      assert.deepEqual(errorsOf(await batch(plain, `KILL ${own}`)), [[6102, 14, 2, 'User does not have permission to use the KILL statement.']]);
      // a session that does not exist is 6106 even without the permission
      assert.deepEqual(errorsOf(await batch(plain, 'KILL 32000')).map((e) => e[0]), [6106]);
      assert.deepEqual(errorsOf(await batch(sa, "KILL 'D0F1B6C4-0000-0000-0000-000000000000'")),
        [[6110, 16, 1, 'The distributed transaction with UOW D0F1B6C4-0000-0000-0000-000000000000 does not exist.']]);
      assert.deepEqual(errorsOf(await batch(sa, 'KILL @x')).map((e) => e[0]), [102]);
    } finally {
      await Promise.all([close(sa), close(plain)]);
    }
  });

  test('without sysadmin: only one\'s own row and one\'s own input buffer', async () => {
    const sa = await connect(node);
    const plain = await connect(node, { user: LOGIN, password: PASSWORD });
    try {
      const saSpid = await spidOf(sa);
      const mine = await spidOf(plain);
      const rows = ok(await batch(plain, 'SELECT session_id FROM sys.dm_exec_requests')).sets[0]!.rows;
      assert.deepEqual(rows, [[mine]]);
      const procs = ok(await batch(plain, 'SELECT spid FROM sys.sysprocesses')).sets[0]!.rows;
      assert.deepEqual(procs, [[mine]]);
      const own = ok(await batch(plain, `DBCC INPUTBUFFER(${mine}) WITH NO_INFOMSGS`));
      assert.deepEqual(own.sets[0]!.rows, [['Language Event', 0, `DBCC INPUTBUFFER(${mine}) WITH NO_INFOMSGS`]]);
      assert.deepEqual(own.infos, []);
      const other = await batch(plain, `DBCC INPUTBUFFER(${saSpid})`);
      assert.deepEqual(other.errors.map((e) => e.number), [300, 297]);
      assert.deepEqual(errorsOf(await batch(sa, 'DBCC INPUTBUFFER(32000)')), [[7955, 16, 1, 'Invalid SPID 32000 specified.']]);
      assert.deepEqual(errorsOf(await batch(sa, `DBCC INPUTBUFFER(${saSpid}, 3)`)),
        [[7960, 16, 1, `An invalid server process identifier (SPID) ${saSpid} or batch ID 3 was specified.`]]);
      assert.deepEqual(errorsOf(await batch(sa, "DBCC INPUTBUFFER('x')")).map((e) => e[0]), [2560]);
      assert.deepEqual(errorsOf(await batch(sa, 'DBCC INPUTBUFFER(1, 0, 1)')).map((e) => e[0]), [2583]);
      assert.deepEqual(errorsOf(await batch(sa, 'DBCC CHECKALLOC')).map((e) => e[0]), [40510]);
    } finally {
      await Promise.all([close(sa), close(plain)]);
    }
  });
});

describe('KILL of the agent\'s connections', () => {
  test('the agent dials again and still runs a job', async () => {
    const node = await withAgent.ready();
    const sa = await connect(node);
    try {
      const agentState = async (): Promise<unknown> =>
        scalar(ok(await batch(sa, "EXEC master.dbo.xp_servicecontrol N'QueryState', N'SQLServerAGENT'")));
      await waitFor('the agent running', async () => ((await agentState()) === 'Running.' ? true : undefined), 30_000);
      const agent = await waitFor('an agent session', async () => {
        const rows = ok(await batch(sa, "SELECT session_id FROM sys.dm_exec_sessions WHERE program_name LIKE N'SQLAgent%'")).sets[0]?.rows ?? [];
        return rows.length > 0 ? rows.map((r) => Number(r[0])) : undefined;
      });
      for (const spid of agent) assert.deepEqual(errorsOf(await batch(sa, `KILL ${spid}`)), []);
      assert.equal(await agentState(), 'Running.');
      // msdb's procedures know the agent by its live 'SQLAgent - Job Manager' session: it is back
      // with the agent's next poll (every second)
      await waitFor('the agent reconnected', async () => {
        const rows = ok(await batch(sa, "SELECT session_id FROM sys.dm_exec_sessions WHERE program_name = N'SQLAgent - Job Manager'")).sets[0]?.rows ?? [];
        return rows.length > 0 ? true : undefined;
      });
      ok(await batch(sa, `EXEC msdb.dbo.sp_add_job @job_name = N'kill_after_kill';
        EXEC msdb.dbo.sp_add_jobstep @job_name = N'kill_after_kill', @step_name = N'one', @command = N'SELECT 1';
        EXEC msdb.dbo.sp_add_jobserver @job_name = N'kill_after_kill';
        EXEC msdb.dbo.sp_start_job @job_name = N'kill_after_kill'`));
      const outcome = await waitFor('the job\'s outcome', async () => {
        const o = ok(await batch(sa, `SELECT h.run_status FROM msdb.dbo.sysjobhistory h JOIN msdb.dbo.sysjobs j ON j.job_id = h.job_id
          WHERE j.name = N'kill_after_kill' AND h.step_id = 0`));
        return o.sets[0]?.rows[0]?.[0];
      }, 30_000);
      assert.equal(outcome, 1);
    } finally {
      await close(sa);
    }
  });
});
