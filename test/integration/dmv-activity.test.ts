// The monitoring views against a real node over loopback with tedious: a blocked session (B's
// UPDATE waits for A's open write transaction) appears in sys.dm_os_waiting_tasks and
// sys.dm_tran_locks with A as the blocker and A's lock as GRANT; the running batch's text comes
// back through CROSS APPLY sys.dm_exec_sql_text(r.sql_handle); A's transaction appears in
// sys.dm_tran_active_transactions / sys.dm_tran_session_transactions and goes at COMMIT; sp_lock
// shows the same locks; sys.dm_exec_input_buffer and sp_executesql's handle; sp_monitor's four
// result sets with the logins counted between two runs; the memory views against /proc; the
// blocking query and sp_lock from pyodbc over FreeTDS ODBC (sp_prepexec) as well.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { clientsDir, freetdsEnvironment, freetdsOdbcDriver, probeEnvironment, pythonHas, runProbe } from '../helpers/client-probe';
import { nodeForFile } from '../helpers/node-fixture';
import type { NodeHandle } from '../helpers/start-node';
import { batch, close, connect, execSql, ok, scalar, TYPES, type Session } from '../helpers/tedious-session';

const fixture = nodeForFile({ name: 'MSXDDMVACTIVITY', args: ['--no-agent'] });

async function waitUntil(what: string, probe: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const spidOf = async (s: Session): Promise<number> => Number(scalar(ok(await batch(s, 'SELECT @@SPID'))));
const rows = async (s: Session, sql: string): Promise<unknown[][]> => ok(await batch(s, sql)).sets[0]!.rows;

describe('activity, lock and transaction views', () => {
  let node: NodeHandle;
  before(async () => {
    node = await fixture.ready();
    const sa = await connect(node);
    ok(await batch(sa, "CREATE TABLE dbo.dmv_t (id int PRIMARY KEY, v varchar(20)); INSERT INTO dbo.dmv_t VALUES (1, 'original')"));
    await close(sa);
  });

  test('a blocked session: waiting task, locks, blocker, sql text, transactions, sp_lock', async () => {
    const a = await connect(node);
    const b = await connect(node);
    const c = await connect(node);
    try {
      const [aSpid, bSpid] = [await spidOf(a), await spidOf(b)];
      const dbid = Number(scalar(ok(await batch(c, 'SELECT DB_ID()'))));
      ok(await batch(a, "BEGIN TRAN dmv_tran; UPDATE dbo.dmv_t SET v = 'from A' WHERE id = 1"));

      // A's open transaction, before anyone waits
      const active = await rows(c, `SELECT a.name, a.transaction_type, a.transaction_state, s.is_user_transaction,
          s.open_transaction_count, DATEDIFF(second, a.transaction_begin_time, GETDATE()), s.enlist_count
        FROM sys.dm_tran_session_transactions s JOIN sys.dm_tran_active_transactions a ON a.transaction_id = s.transaction_id
        WHERE s.session_id = ${aSpid}`);
      assert.equal(active.length, 1);
      const [name, type, state, isUser, open, age, enlisted] = active[0]!;
      assert.deepEqual([name, type, state, isUser, open, enlisted], ['dmv_tran', 1, 2, true, 1, 0]);
      assert.ok(Number(age) >= 0 && Number(age) < 60, `begin time ${String(age)} s ago`);

      const bText = "UPDATE dbo.dmv_t SET v = 'from B' WHERE id = 1";
      const bUpdate = batch(b, bText);
      await waitUntil('B waiting', async () =>
        (await rows(c, `SELECT 1 FROM sys.dm_os_waiting_tasks WHERE session_id = ${bSpid}`)).length === 1);

      const waiting = await rows(c, `SELECT wait_type, blocking_session_id, exec_context_id, blocking_exec_context_id,
          resource_description, CASE WHEN wait_duration_ms >= 0 THEN 1 END FROM sys.dm_os_waiting_tasks WHERE session_id = ${bSpid}`);
      assert.deepEqual(waiting, [['LCK_M_X', aSpid, 0, 0, `databaselock subresource=FULL dbid=${dbid} mode=X`, 1]]);

      const locks = await rows(c, `SELECT request_session_id, resource_type, resource_database_id, request_mode, request_status,
          request_owner_type FROM sys.dm_tran_locks WHERE request_session_id IN (${aSpid}, ${bSpid}) ORDER BY request_status`);
      assert.deepEqual(locks, [
        [aSpid, 'DATABASE', dbid, 'X', 'GRANT', 'TRANSACTION'],
        [bSpid, 'DATABASE', dbid, 'X', 'WAIT', 'TRANSACTION'],
      ]);
      // the lock's owner is A's transaction
      const owner = await rows(c, `SELECT COUNT(*) FROM sys.dm_tran_locks l JOIN sys.dm_tran_session_transactions s
        ON s.transaction_id = l.request_owner_id WHERE l.request_session_id = ${aSpid} AND s.session_id = ${aSpid}`);
      assert.deepEqual(owner, [[1]]);

      // the blocked request's text through its handle (the documented CROSS APPLY)
      const text = await rows(c, `SELECT r.blocking_session_id, t.text, t.dbid, t.objectid FROM sys.dm_exec_requests r
        CROSS APPLY sys.dm_exec_sql_text(r.sql_handle) t WHERE r.session_id = ${bSpid}`);
      assert.deepEqual(text, [[aSpid, bText, null, null]]);
      // the idle blocker's last batch through its connection's most recent handle, and its input buffer
      const blocker = await rows(c, `SELECT t.text, ib.event_type FROM sys.dm_exec_connections c
        CROSS APPLY sys.dm_exec_sql_text(c.most_recent_sql_handle) t
        CROSS APPLY sys.dm_exec_input_buffer(c.session_id, NULL) ib WHERE c.session_id = ${aSpid}`);
      assert.deepEqual(blocker, [["BEGIN TRAN dmv_tran; UPDATE dbo.dmv_t SET v = 'from A' WHERE id = 1", 'Language Event']]);

      const spLock = ok(await batch(c, `EXEC sp_lock ${aSpid}, ${bSpid}`)).sets[0]!;
      assert.deepEqual(spLock.columns.map((col) => `${col.name} ${col.sqlType}`),
        ['spid smallint', 'dbid smallint', 'ObjId int', 'IndId smallint', 'Type nchar(4)', 'Resource nchar(32)', 'Mode nvarchar(8)', 'Status nvarchar(5)']);
      assert.deepEqual(spLock.rows.map((r) => [r[0], r[1], r[4], r[6], r[7]]),
        [[aSpid, dbid, 'DB  ', 'X', 'GRANT'], [bSpid, dbid, 'DB  ', 'X', 'WAIT']]);

      ok(await batch(a, 'COMMIT'));
      assert.deepEqual(ok(await bUpdate).rowCounts, [1]);
      assert.deepEqual(await rows(c, `SELECT COUNT(*) FROM sys.dm_os_waiting_tasks WHERE session_id IN (${aSpid}, ${bSpid})`), [[0]]);
      assert.deepEqual(await rows(c, `SELECT COUNT(*) FROM sys.dm_tran_locks WHERE request_session_id IN (${aSpid}, ${bSpid})`), [[0]]);
      assert.deepEqual(await rows(c, `SELECT (SELECT COUNT(*) FROM sys.dm_tran_session_transactions WHERE session_id = ${aSpid}),
        (SELECT COUNT(*) FROM sys.dm_tran_active_transactions WHERE name = N'dmv_tran')`), [[0, 0]]);
    } finally {
      await Promise.all([close(a), close(b), close(c)]);
    }
  });

  test('a WAITFOR shows as a WAITFOR wait without a blocker; an unnamed transaction is user_transaction', async () => {
    const a = await connect(node);
    const c = await connect(node);
    try {
      const aSpid = await spidOf(a);
      const waitfor = batch(a, "BEGIN TRAN; WAITFOR DELAY '00:00:01.500'; COMMIT");
      await waitUntil('A in WAITFOR', async () =>
        (await rows(c, `SELECT 1 FROM sys.dm_os_waiting_tasks WHERE session_id = ${aSpid}`)).length === 1);
      assert.deepEqual(await rows(c, `SELECT wait_type, blocking_session_id FROM sys.dm_os_waiting_tasks WHERE session_id = ${aSpid}`),
        [['WAITFOR', null]]);
      assert.deepEqual(await rows(c, `SELECT a.name, s.enlist_count FROM sys.dm_tran_session_transactions s
        JOIN sys.dm_tran_active_transactions a ON a.transaction_id = s.transaction_id WHERE s.session_id = ${aSpid}`), [['user_transaction', 1]]);
      // the running request names its transaction
      assert.deepEqual(await rows(c, `SELECT COUNT(*) FROM sys.dm_exec_requests r JOIN sys.dm_tran_session_transactions s
        ON s.transaction_id = r.transaction_id AND s.session_id = r.session_id WHERE r.session_id = ${aSpid} AND r.transaction_id <> 0`), [[1]]);
      ok(await waitfor);
      assert.deepEqual(await rows(c, `SELECT COUNT(*) FROM sys.dm_os_waiting_tasks WHERE session_id = ${aSpid}`), [[0]]);
    } finally {
      await Promise.all([close(a), close(c)]);
    }
  });

  test("sp_executesql's handle stands for '(declarations)statement', as SQL Server's", async () => {
    const a = await connect(node);
    const c = await connect(node);
    try {
      const aSpid = await spidOf(a);
      ok(await execSql(a, 'SELECT v FROM dbo.dmv_t WHERE id = @id', [['id', TYPES.Int, 1]]));
      const text = await rows(c, `SELECT t.text FROM sys.dm_exec_connections c
        CROSS APPLY sys.dm_exec_sql_text(c.most_recent_sql_handle) t WHERE c.session_id = ${aSpid}`);
      assert.deepEqual(text, [['(@id int)SELECT v FROM dbo.dmv_t WHERE id = @id']]);
      assert.deepEqual(await rows(c, `SELECT event_type, parameters, event_info FROM sys.dm_exec_input_buffer(${aSpid}, 0)`),
        [['RPC Event', 3, 'sp_executesql']]);
    } finally {
      await Promise.all([close(a), close(c)]);
    }
  });

  test('sp_monitor: four result sets, CPU seconds and the logins since the last run', async () => {
    const c = await connect(node);
    try {
      ok(await batch(c, 'EXEC sp_monitor'));
      const extra = await connect(node);
      await close(extra);
      const o = ok(await batch(c, 'EXEC sp_monitor'));
      assert.deepEqual(o.sets.map((set) => set.columns.map((col) => `${col.name} ${col.sqlType}`)), [
        ['last_run datetime', 'current_run datetime', 'seconds int'],
        ['cpu_busy varchar(25)', 'io_busy varchar(25)', 'idle varchar(25)'],
        ['packets_received varchar(25)', 'packets_sent varchar(25)', 'packet_errors varchar(25)'],
        ['total_read varchar(25)', 'total_write varchar(25)', 'total_errors varchar(25)', 'connections varchar(25)'],
      ]);
      const [first, times, packets, totals] = o.sets.map((set) => set.rows[0]!);
      assert.ok((first![1] as Date).getTime() >= (first![0] as Date).getTime());
      for (const cell of times!) assert.match(String(cell), /^\d+\(\d+\)-\d+%$/);
      assert.deepEqual(packets, ['0(0)', '0(0)', '0(0)']);
      const connections = /^(\d+)\((\d+)\)$/.exec(String(totals![3]));
      assert.ok(connections, String(totals![3]));
      assert.equal(Number(connections[2]), 1, 'one login since the last run');
      const busy = Number(scalar(ok(await batch(c, 'SELECT @@CPU_BUSY * CAST(@@TIMETICKS AS bigint) / 1000'))));
      assert.ok(busy > 0, `@@CPU_BUSY ${busy} ms`);
    } finally {
      await close(c);
    }
  });

  test('memory views report the machine and the process as the OS does', async () => {
    const c = await connect(node);
    try {
      const meminfo = readFileSync('/proc/meminfo', 'latin1');
      const memTotal = Number(/^MemTotal:\s+(\d+) kB/m.exec(meminfo)![1]);
      const [total, available, cache] = (await rows(c, 'SELECT total_physical_memory_kb, available_physical_memory_kb, system_cache_kb FROM sys.dm_os_sys_memory'))[0]!;
      assert.equal(Number(total), memTotal);
      assert.ok(Number(available) > 0 && Number(available) <= memTotal);
      assert.ok(Number(cache) >= 0);
      const [inUse, large, locked] = (await rows(c, 'SELECT physical_memory_in_use_kb, large_page_allocations_kb, locked_page_allocations_kb FROM sys.dm_os_process_memory'))[0]!;
      // a Node.js process with SQLite open is tens of MB resident at least
      assert.ok(Number(inUse) > 10_000 && Number(inUse) < memTotal, `resident ${String(inUse)} KB`);
      assert.deepEqual([large, locked], ['0', '0']);
      const sched = await rows(c, 'SELECT scheduler_id, status, current_tasks_count, current_workers_count FROM sys.dm_os_schedulers');
      assert.deepEqual(sched, [[0, 'VISIBLE ONLINE', 1, 1]]);
    } finally {
      await close(c);
    }
  });

  const odbcMissing = !pythonHas('pyodbc') ? 'pyodbc missing' : freetdsOdbcDriver() === undefined ? 'FreeTDS ODBC missing' : undefined;
  test('pyodbc over FreeTDS ODBC: the blocking script and sp_lock', { skip: odbcMissing }, async () => {
    const a = await connect(node);
    const b = await connect(node);
    try {
      const [aSpid, bSpid] = [await spidOf(a), await spidOf(b)];
      ok(await batch(a, "BEGIN TRAN; UPDATE dbo.dmv_t SET v = 'odbc A' WHERE id = 1"));
      const bText = "UPDATE dbo.dmv_t SET v = 'odbc B' WHERE id = 1";
      const bUpdate = batch(b, bText);
      await waitUntil('B waiting', async () =>
        (await rows(a, `SELECT 1 FROM sys.dm_os_waiting_tasks WHERE session_id = ${bSpid}`)).length === 1);
      const run = await runProbe('/usr/bin/python3', [path.join(clientsDir(), 'pyodbc_blocking_probe.py'), String(bSpid)], {
        ...freetdsEnvironment(node, false), ...probeEnvironment(node, false), FREETDS_SECTION: 'h74',
      }, { timeoutMs: 60_000 });
      assert.equal(run.exitCode, 0, run.stderr);
      const out = JSON.parse(run.stdout.trim().split('\n').pop()!) as { waits: unknown[][]; locks: unknown[][] };
      assert.deepEqual(out.waits, [[bSpid, aSpid, 'LCK_M_X', aSpid, bText]]);
      assert.deepEqual(out.locks.filter((l) => l[0] === aSpid || l[0] === bSpid), [[aSpid, 'DB', 'X', 'GRANT'], [bSpid, 'DB', 'X', 'WAIT']]);
      ok(await batch(a, 'COMMIT'));
      assert.deepEqual(ok(await bUpdate).rowCounts, [1]);
    } finally {
      await Promise.all([close(a), close(b)]);
    }
  });
});
