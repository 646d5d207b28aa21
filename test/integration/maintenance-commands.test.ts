// The maintenance commands DBAs run in Agent jobs, against a real node over loopback with tedious:
// CHECKDB on a sound database and on a database file damaged while the node was stopped,
// CHECKPOINT emptying the WAL on disk, SHRINKDATABASE giving a big DELETE's pages back to the file
// system, DBCC OPENTRAN naming another session's open transaction, an Agent job running a
// maintenance plan's T-SQL steps.
import assert from 'node:assert/strict';
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, scalar, type Session } from '../helpers/tedious-session';

let node: NodeHandle;
let sa: Session;
let dbId: number;

const dbFile = (): string => path.join(node.dataDir, 'databases', `${dbId}.sqlite`);
const size = (file: string): number => { try { return statSync(file).size; } catch { return 0; } };

before(async () => {
  node = await startNode({ name: 'MSXDMAINT' });
  sa = await connect(node);
  ok(await batch(sa, 'CREATE DATABASE maint'));
  ok(await batch(sa, `USE maint; CREATE TABLE dbo.big (id int NOT NULL PRIMARY KEY, pad nvarchar(2000));
    DECLARE @i int = 0; WHILE @i < 600 BEGIN INSERT INTO dbo.big VALUES (@i, REPLICATE(N'x', 1000)); SET @i += 1; END;`));
  dbId = Number(scalar(ok(await batch(sa, "SELECT DB_ID('maint')"))));
});

after(async () => {
  await close(sa);
  await node.stop();
});

test('CHECKPOINT copies the WAL into the database file and truncates it', async () => {
  ok(await batch(sa, 'USE maint; UPDATE dbo.big SET pad = REPLICATE(N\'y\', 1000) WHERE id < 300'));
  assert.ok(size(`${dbFile()}-wal`) > 100_000, `WAL ${size(`${dbFile()}-wal`)} bytes before CHECKPOINT`);
  ok(await batch(sa, 'USE maint; CHECKPOINT'));
  assert.equal(size(`${dbFile()}-wal`), 0);
});

test('SHRINKDATABASE after a big DELETE makes the file smaller on disk', async () => {
  ok(await batch(sa, 'USE maint; DELETE FROM dbo.big WHERE id >= 50; CHECKPOINT'));
  const before = size(dbFile());
  const out = ok(await batch(sa, "DBCC SHRINKDATABASE (N'maint')"));
  const after = size(dbFile());
  assert.ok(after < before / 3, `file ${before} -> ${after} bytes`);
  assert.deepEqual(out.sets[0]!.columns.map((c) => c.name), ['DbId', 'FileId', 'CurrentSize', 'MinimumSize', 'UsedPages', 'EstimatedPages']);
  assert.deepEqual(out.sets[0]!.rows[0]!.slice(0, 3), [dbId, 1, Math.ceil(after / 8192)]);
  assert.deepEqual(out.infos.map((m) => m.number), [2528]);
});

test('DBCC OPENTRAN shows another session\'s open transaction, then none', async () => {
  const other = await connect(node, { database: 'maint' });
  try {
    ok(await batch(other, "BEGIN TRAN; INSERT INTO dbo.big VALUES (100000, N'open')"));
    const spid = Number(scalar(ok(await batch(other, 'SELECT @@SPID'))));
    const out = ok(await batch(sa, "DBCC OPENTRAN ('maint')"));
    assert.deepEqual(out.infos.map((m) => m.number), [7968, 7970, 7971, 7972, 7974, 7977, 7978, 2528]);
    assert.equal(out.infos[2]!.message, `SPID (server process ID): ${spid}`);
    assert.match(out.infos[5]!.message, /^Start time : [A-Z][a-z]{2} [ \d]\d \d{4} [ \d]\d:\d{2}:\d{2}:\d{3}[AP]M$/);
    ok(await batch(other, 'ROLLBACK'));
    assert.deepEqual(ok(await batch(sa, "DBCC OPENTRAN ('maint')")).infos.map((m) => m.message), [
      'No active open transactions.',
      'DBCC execution completed. If DBCC printed error messages, contact your system administrator.',
    ]);
  } finally {
    await close(other);
  }
});

test('an Agent job runs the maintenance plan steps: CHECKDB, UPDATE STATISTICS, sp_updatestats, SHRINKDATABASE', async () => {
  ok(await batch(sa, `EXEC msdb.dbo.sp_add_job @job_name = N'maintenance plan';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'maintenance plan', @step_name = N'integrity', @subsystem = N'TSQL',
  @command = N'DBCC CHECKDB (N''maint'')', @on_success_action = 3;
EXEC msdb.dbo.sp_add_jobstep @job_name = N'maintenance plan', @step_name = N'statistics', @subsystem = N'TSQL',
  @database_name = N'maint', @command = N'UPDATE STATISTICS dbo.big WITH FULLSCAN; EXEC sp_updatestats;', @on_success_action = 3;
EXEC msdb.dbo.sp_add_jobstep @job_name = N'maintenance plan', @step_name = N'shrink', @subsystem = N'TSQL',
  @command = N'DBCC SHRINKDATABASE (N''maint'') WITH NO_INFOMSGS; DBCC SQLPERF(LOGSPACE);';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'maintenance plan';
EXEC msdb.dbo.sp_start_job @job_name = N'maintenance plan';`));
  const until = Date.now() + 30_000;
  let rows: unknown[][] = [];
  for (;;) {
    rows = ok(await batch(sa, `SELECT h.step_id, h.run_status, h.message FROM msdb.dbo.sysjobhistory AS h
JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id WHERE j.name = N'maintenance plan' ORDER BY h.instance_id`)).sets[0]!.rows;
    if (rows.some((r) => r[0] === 0) || Date.now() > until) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), [[1, 1], [2, 1], [3, 1], [0, 1]], JSON.stringify(rows));
  assert.match(String(rows[0]![2]), /CHECKDB found 0 allocation errors and 0 consistency errors in database 'maint'\./);
  assert.match(String(rows[1]![2]), /Statistics for all tables have been updated\./);
});

test('CHECKDB: no errors on the sound database, consistency errors once its file is damaged', async () => {
  const sound = ok(await batch(sa, "DBCC CHECKDB ('maint')"));
  assert.equal(sound.infos.at(-2)!.message, "CHECKDB found 0 allocation errors and 0 consistency errors in database 'maint'.");

  await close(sa);
  await node.stop();
  // a leaf page of dbo.big, found with SQLite's own dbstat, then overwritten with garbage
  const file = dbFile();
  const db = new Database(file);
  const page = db.prepare("SELECT pageno, pgoffset, pgsize FROM dbstat WHERE name = 'dbo.big' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 1")
    .get() as { pageno: number; pgoffset: number; pgsize: number };
  db.close();
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, page.pgoffset);
  closeSync(fd);
  await node.restart();
  sa = await connect(node);

  const out = await batch(sa, "DBCC CHECKDB ('maint')");
  assert.ok(out.errors.length > 0, 'consistency errors are reported');
  assert.ok(out.errors.every((e) => e.number === 8939 && e.class === 16), JSON.stringify(out.errors));
  const summary = out.infos.find((m) => m.number === 8989)!;
  assert.equal(summary.message, `CHECKDB found 0 allocation errors and ${out.errors.length} consistency errors in database 'maint'.`);
  assert.equal(out.infos.find((m) => m.number === 8958)!.message,
    'repair_allow_data_loss is the minimum repair level for the errors found by DBCC CHECKDB (maint).');
  assert.equal(out.infos.at(-1)!.number, 2528);
  const quiet = await batch(sa, "DBCC CHECKDB ('maint') WITH NO_INFOMSGS");
  assert.deepEqual([...new Set(quiet.infos.map((m) => m.number))], [8989, 8958]);
});
