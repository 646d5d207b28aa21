// The most common SQL Server Agent job step: a T-SQL BACKUP DATABASE, run by the node's agent.
// The step succeeds, its message carries SQL Server's 3014 text, the media file holds the set
// and msdb's backupset has the row.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { startNode } from '../helpers/start-node';
import { batch, close, connect, ok } from '../helpers/tedious-session';

const WAIT_MS = 30_000;

test('an Agent job whose step is BACKUP DATABASE succeeds and records the backup', async () => {
  const node = await startNode({ name: 'MSXDBACKUPJOB' });
  const s = await connect(node);
  try {
    const media = path.join(mkdtempSync(path.join(os.tmpdir(), 'msxd-backup-job-')), 'nightly.bak');
    ok(await batch(s, `CREATE DATABASE sales; `));
    ok(await batch(s, `CREATE TABLE sales.dbo.orders (id int PRIMARY KEY); INSERT INTO sales.dbo.orders VALUES (1), (2);`));
    ok(await batch(s, `EXEC msdb.dbo.sp_add_job @job_name = N'nightly backup';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'nightly backup', @step_name = N'full', @subsystem = N'TSQL',
  @command = N'BACKUP DATABASE sales TO DISK = N''${media}'' WITH INIT, CHECKSUM, STATS = 50';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'nightly backup';
EXEC msdb.dbo.sp_start_job @job_name = N'nightly backup';`));
    const until = Date.now() + WAIT_MS;
    let rows: unknown[][] = [];
    for (;;) {
      rows = ok(await batch(s, `SELECT h.step_id, h.run_status, h.message FROM msdb.dbo.sysjobhistory AS h
JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id WHERE j.name = N'nightly backup' ORDER BY h.instance_id`)).sets[0]!.rows;
      if (rows.some((r) => r[0] === 0) || Date.now() > until) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.deepEqual(rows.map((r) => [r[0], r[1]]), [[1, 1], [0, 1]]);
    assert.match(String(rows[0]![2]), /BACKUP DATABASE successfully processed \d+ pages/);
    assert.equal(existsSync(media), true);
    assert.deepEqual(ok(await batch(s, `SELECT b.database_name, b.type, f.physical_device_name FROM msdb.dbo.backupset AS b
JOIN msdb.dbo.backupmediafamily AS f ON f.media_set_id = b.media_set_id`)).sets[0]!.rows, [['sales', 'D', media]]);
  } finally {
    await close(s);
    await node.stop();
  }
});
