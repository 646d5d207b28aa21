// Server instructions end to end, one master and two targets (real nodes on loopback):
// sp_resync_targetserver for one target and for 'ALL' (DELETE all + INSERT all, the target ends
// with the same jobs, downloaded again), RE-ENLIST (the target enlists again: MSXOperator
// refreshed from the master), SYNC-TIME (acknowledged and measured, the clock is not set: msxd's
// decision), and sp_delete_targetserver (DEFECT: the target defects and drops the master's jobs).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  addMsxJob, downloadList, downloadsSettled, forcePoll, records, regread, rows, scalarOf, sleep, startCluster, waitFor, type MsxCluster,
} from '../helpers/msx-cluster';
import { batch, ok, type Session } from '../helpers/tedious-session';

const TARGETS = ['TSX1', 'TSX2'] as const;
const ALL_ZERO = '00000000-0000-0000-0000-000000000000';
let c: MsxCluster;
let jobs: string[] = [];

before(async () => {
  // TSX2 lives in India (UTC+05:30, no daylight saving): its time zone reaches the master and SYNC-TIME
  c = await startCluster({ targetNames: TARGETS, targetEnv: { TSX2: { TZ: 'Asia/Kolkata' } } });
  jobs = [
    await addMsxJob(c.msa, 'resync one', [['a', 'SELECT 1']], TARGETS),
    await addMsxJob(c.msa, 'resync two', [['b', 'SELECT 2'], ['c', 'SELECT 3']], TARGETS),
  ].sort();
  await pollAndSettle();
});
after(async () => {
  await c?.stop();
});

async function pollAndSettle(): Promise<void> {
  for (const s of c.tsa) await forcePoll(s);
  for (const t of TARGETS) await downloadsSettled(c.msa, t);
}

/** the target's jobs from the master: [job_id, name, step count, date_created] */
function msxJobs(s: Session): Promise<unknown[][]> {
  return rows(s, `SELECT CONVERT(nvarchar(36), j.job_id), j.name, (SELECT COUNT(*) FROM msdb.dbo.sysjobsteps st WHERE st.job_id = j.job_id), j.date_created
FROM msdb.dbo.sysjobs j JOIN msdb.dbo.sysoriginatingservers_view o ON o.originating_server_id = j.originating_server_id
WHERE o.master_server = 1 ORDER BY 1`);
}

const ids = (r: unknown[][]): unknown[][] => r.map((x) => x.slice(0, 3));

test("both targets hold the two jobs; the master knows TSX2's time zone (+330 min) and local time", async () => {
  const help = await records(c.msa, 'EXEC msdb.dbo.sp_help_targetserver');
  assert.deepEqual(help.map((h) => [h['server_name'], h['time_zone_adjustment']]), [['TSX1', -new Date().getTimezoneOffset() || 0], ['TSX2', 330]]);
  // local_time is the target's wall clock: TSX2's is 330 minutes ahead of UTC (the tedious client reads datetime as UTC)
  const skewMin = ((help[1]?.['local_time'] as Date).getTime() - Date.now()) / 60_000;
  assert.ok(Math.abs(skewMin - 330) < 2, `TSX2 local_time is ${skewMin.toFixed(1)} min from UTC`);
  for (const s of c.tsa) {
    const r = ids(await msxJobs(s));
    assert.deepEqual(r.map((x) => x[0]), jobs);
    assert.deepEqual(r.map((x) => x[1]).sort(), ['resync one', 'resync two']);
  }
});

test("sp_resync_targetserver N'TSX1' posts DELETE all + INSERT of every job for TSX1 only; TSX1 ends with the same jobs, downloaded again", async () => {
  const before1 = await msxJobs(c.tsa[0]!);
  const before2 = await msxJobs(c.tsa[1]!);
  await sleep(1100);
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_resync_targetserver @server_name = N'TSX1';`));
  const posted = await rows(c.msa, `SELECT operation_code, CONVERT(nvarchar(36), object_id), status FROM msdb.dbo.sysdownloadlist
WHERE target_server = N'TSX1' ORDER BY instance_id`);
  assert.deepEqual(posted[0], [3, ALL_ZERO, 0]);
  assert.deepEqual(posted.slice(1).map((x) => [x[0], x[2]]), [[1, 0], [1, 0]]);
  assert.deepEqual(posted.slice(1).map((x) => String(x[1]).toUpperCase()).sort(), jobs.map((j) => j.toUpperCase()));
  assert.deepEqual(await rows(c.msa, `SELECT COUNT(*) FROM msdb.dbo.sysdownloadlist WHERE target_server = N'TSX2' AND status = 0`), [[0]]);

  await forcePoll(c.tsa[0]!);
  const settled = await downloadsSettled(c.msa, 'TSX1');
  assert.deepEqual(settled.map((x) => [x[1], x[2], x[3]]), [[3, 1, null], [1, 1, null], [1, 1, null]]);
  const after1 = await msxJobs(c.tsa[0]!);
  assert.deepEqual(ids(after1), ids(before1));
  for (const [i, row] of after1.entries()) {
    assert.ok((row[3] as Date).getTime() > (before1[i]![3] as Date).getTime(), 'the job was deleted and downloaded again');
  }
  assert.deepEqual(await msxJobs(c.tsa[1]!), before2, 'TSX2 untouched');
});

test("sp_resync_targetserver N'ALL' resynchronises every target", async () => {
  const before = await Promise.all(c.tsa.map((s) => msxJobs(s)));
  await sleep(1100);
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_resync_targetserver @server_name = N'all';`));
  for (const t of TARGETS) {
    assert.deepEqual((await downloadList(c.msa, t)).map((x) => [x[1], x[2]]), [[3, 0], [1, 0], [1, 0]]);
  }
  await pollAndSettle();
  for (const [i, s] of c.tsa.entries()) {
    const now = await msxJobs(s);
    assert.deepEqual(ids(now), ids(before[i]!));
    assert.ok(now.every((row, k) => (row[3] as Date).getTime() > (before[i]![k]![3] as Date).getTime()), `${TARGETS[i]} downloaded again`);
  }
  // the resynchronised jobs still run and report
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${jobs[0]}';`));
  for (const s of c.tsa) await forcePoll(s);
  await waitFor('both outcomes', async () => {
    const r = await rows(c.msa, `SELECT server FROM msdb.dbo.sysjobhistory WHERE job_id = N'${jobs[0]}' AND step_id = 0 ORDER BY server`);
    return r.length === 2 ? r : undefined;
  });
});

test('an error row blocks TSX1 (status 4); sp_resync_targetserver clears it and TSX1 downloads every job again, the new one too', async () => {
  const extra = await addMsxJob(c.msa, 'resync three', [['d', 'SELECT 4']], ['TSX1']);
  // the INSERT is lost, so the START that follows cannot be applied: the target writes its error and is blocked
  ok(await batch(c.msa, `DELETE FROM msdb.dbo.sysdownloadlist WHERE target_server = N'TSX1' AND status = 0;
EXEC msdb.dbo.sp_start_job @job_id = N'${extra}';`));
  await forcePoll(c.tsa[0]!);
  await waitFor('the error row', async () => {
    const r = await downloadList(c.msa, 'TSX1');
    return r.some((x) => x[3] !== null) ? r : undefined;
  });
  const [blocked] = await records(c.msa, `EXEC msdb.dbo.sp_help_targetserver N'TSX1'`);
  assert.equal(Number(blocked?.['status']) & 4, 4);

  ok(await batch(c.msa, `EXEC msdb.dbo.sp_resync_targetserver N'TSX1';`));
  await forcePoll(c.tsa[0]!);
  const settled = await downloadsSettled(c.msa, 'TSX1');
  assert.deepEqual(settled.map((x) => [x[1], x[2], x[3]]), [[3, 1, null], [1, 1, null], [1, 1, null], [1, 1, null]]);
  assert.deepEqual(ids(await msxJobs(c.tsa[0]!)).map((x) => x[0]), [...jobs, extra].sort());
  const [now] = await records(c.msa, `EXEC msdb.dbo.sp_help_targetserver N'TSX1'`);
  assert.equal(now?.['status'], 1);
  jobs = [...jobs, extra].sort();
});

const operatorMail = async (s: Session): Promise<unknown> => scalarOf(s, `SELECT email_address FROM msdb.dbo.sysoperators WHERE name = N'MSXOperator'`);

test('sp_update_operator of MSXOperator posts RE-ENLIST to every target; each enlists again and takes the new row', async () => {
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_update_operator @name = N'MSXOperator', @email_address = N'night-shift@example.com';`));
  for (const t of TARGETS) assert.deepEqual((await downloadList(c.msa, t)).filter((x) => x[2] === 0).map((x) => x[1]), [6]);
  await pollAndSettle();
  for (const s of c.tsa) assert.equal(await operatorMail(s), 'night-shift@example.com');
});

test("RE-ENLIST posted for one target: it enlists again (MSXOperator refreshed, enlistment kept); the other target is not asked", async () => {
  // changed behind the procedures' back, so nothing is posted but the explicit RE-ENLIST
  ok(await batch(c.msa, `UPDATE msdb.dbo.sysoperators SET email_address = N'day-shift@example.com' WHERE name = N'MSXOperator';`));
  const [before] = await records(c.msa, `EXEC msdb.dbo.sp_help_targetserver N'TSX1'`);
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_post_msx_operation @operation = N'RE-ENLIST', @object_type = N'SERVER', @specific_target_server = N'TSX1';`));
  assert.deepEqual((await downloadList(c.msa, 'TSX1')).filter((x) => x[2] === 0).map((x) => x[1]), [6]);
  assert.deepEqual((await downloadList(c.msa, 'TSX2')).filter((x) => x[2] === 0), []);
  await pollAndSettle();
  assert.deepEqual((await downloadList(c.msa, 'TSX1')).slice(-1).map((x) => [x[1], x[2], x[3]]), [[6, 1, null]]);
  assert.equal(await operatorMail(c.tsa[0]!), 'day-shift@example.com');
  assert.equal(await operatorMail(c.tsa[1]!), 'night-shift@example.com');
  const [now] = await records(c.msa, `EXEC msdb.dbo.sp_help_targetserver N'TSX1'`);
  assert.deepEqual([now?.['location'], now?.['status'], now?.['poll_interval'], now?.['enlist_date']],
    [before?.['location'], 1, 10, before?.['enlist_date']]);
  assert.match(c.targets[0]!.output(), /RE-ENLIST from 127\.0\.0\.1,\d+: enlistment and MSXOperator refreshed/);
});

test('SYNC-TIME: acknowledged and marked; the target records the measured offset from the master and leaves its clock alone', async () => {
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_post_msx_operation @operation = N'SYNC-TIME', @object_type = N'SERVER', @specific_target_server = N'TSX2';`));
  const [[, code, status]] = (await downloadList(c.msa, 'TSX2')).slice(-1) as [[unknown, number, number]];
  assert.deepEqual([code, status], [8, 0]);
  await pollAndSettle();
  assert.deepEqual((await downloadList(c.msa, 'TSX2')).slice(-1).map((x) => [x[1], x[2], x[3]]), [[8, 1, null]]);
  const offset = Number(await scalarOf(c.tsa[1]!, regread('MsxdMsxClockOffsetMs')));
  assert.ok(Number.isInteger(offset) && Math.abs(offset) < 5000, `offset ${offset} ms (same machine)`);
  // the instruction carries the target's offset minus the master's (minutes); the master runs in this process's zone
  const masterOffset = -new Date().getTimezoneOffset() || 0;
  assert.equal(await scalarOf(c.tsa[1]!, regread('MsxdMsxTimeZoneOffset')), String(330 - masterOffset));
  const when = Date.parse(String(await scalarOf(c.tsa[1]!, regread('MsxdSyncTimeDate'))));
  assert.ok(Math.abs(Date.now() - when) < 60_000);
  assert.equal(await scalarOf(c.tsa[0]!, regread('MsxdSyncTimeDate')), null, 'TSX1 was not asked');
  assert.match(c.targets[1]!.output(), /SYNC-TIME from 127\.0\.0\.1,\d+ acknowledged, the system clock is not set .*master clock offset -?\d+ ms/);
});

test('sp_delete_targetserver posts DEFECT: the target defects (14227 in its log), drops the master\'s jobs, the other target keeps them', async () => {
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_delete_targetserver @server_name = N'TSX2';`));
  assert.deepEqual((await downloadList(c.msa, 'TSX2')).map((x) => [x[1], x[2]]), [[7, 0]]);
  assert.deepEqual((await records(c.msa, 'EXEC msdb.dbo.sp_help_targetserver')).map((x) => x['server_name']), ['TSX1']);
  await forcePoll(c.tsa[1]!);
  await waitFor('the defection on TSX2', async () => {
    const r = await rows(c.tsa[1]!, 'SELECT COUNT(*) FROM msdb.dbo.sysoriginatingservers');
    return r[0]?.[0] === 0 ? r : undefined;
  });
  assert.deepEqual(await msxJobs(c.tsa[1]!), []);
  assert.deepEqual(await rows(c.tsa[1]!, `SELECT COUNT(*) FROM msdb.dbo.sysjobs`), [[0]]);
  assert.deepEqual(await rows(c.tsa[1]!, `SELECT COUNT(*) FROM msdb.dbo.sysoperators WHERE name = N'MSXOperator'`), [[0]]);
  assert.equal((await rows(c.tsa[1]!, 'EXEC msdb.dbo.sp_msxd_get_msx_connection')).length, 0);
  await waitFor('the DEFECT row marked', async () => {
    const r = await downloadList(c.msa, 'TSX2');
    return r.length === 0 || r.every((x) => x[2] === 1) ? r : undefined;
  });
  assert.match(c.targets[1]!.output(), /DEFECT from 127\.0\.0\.1,\d+ \(the master removed this target\): Server defected from MSX '127\.0\.0\.1,\d+'\. 2 job\(s\) deleted\./);
  assert.deepEqual(ids(await msxJobs(c.tsa[0]!)).map((x) => x[0]), jobs, 'TSX1 keeps its jobs');
});
