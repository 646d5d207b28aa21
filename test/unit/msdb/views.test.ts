// Who sees what, as on SQL Server: sysjobs_view filters by owner and role; the tables behind it
// are reached only through the view (ownership chain), except where a role has a grant.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EngineSession } from '../../../src/engine/api';
import { IDENTITY } from '../engine/helpers';
import { openMsdbNode, ok, PASSWORD, run, type MsdbNode } from './msdb-node';

let node: MsdbNode;
const sessions: Record<string, EngineSession> = {};

const ANN_JOB = '11111111-1111-1111-1111-111111111111';
const MULTI_JOB = '22222222-2222-2222-2222-222222222222';

function jobRow(id: string, name: string, owner: string): string {
  return `INSERT dbo.sysjobs VALUES ('${id}', 0, N'${name}', 1, NULL, 1, 0, ${owner}, 0, 0, 0, 0, 0, 0, 0, 0, GETDATE(), GETDATE(), 1);`;
}

before(async () => {
  node = await openMsdbNode();
  const users = { ann: 'SQLAgentUserRole', rita: 'SQLAgentReaderRole', otto: 'SQLAgentOperatorRole', tsx: 'TargetServersRole', nobody: undefined };
  for (const [user, role] of Object.entries(users)) {
    await ok(node.sa, `CREATE LOGIN ${user} WITH PASSWORD = '${PASSWORD}'`);
    await ok(node.sa, `CREATE USER ${user} FOR LOGIN ${user}`);
    if (role) await ok(node.sa, `ALTER ROLE ${role} ADD MEMBER ${user}`);
  }
  await ok(node.sa, [
    jobRow(ANN_JOB, 'ann job', "SUSER_SID(N'ann')"),
    jobRow(MULTI_JOB, 'multi job', 'SUSER_SID(N\'sa\')'),
    `INSERT dbo.sysjobservers VALUES ('${ANN_JOB}', 0, 5, NULL, 0, 0, 0), ('${MULTI_JOB}', 1, 5, NULL, 0, 0, 0);`,
  ].join('\n'));
  for (const user of Object.keys(users)) sessions[user] = await node.sessionOf(user);
});

after(async () => { await node.dispose(); });

async function visibleJobs(user: string): Promise<unknown[]> {
  const sink = await ok(user === 'sa' ? node.sa : sessions[user]!, 'SELECT name FROM dbo.sysjobs_view ORDER BY name');
  return sink.resultSets[0]?.rows.map((r) => r[0]) ?? [];
}

async function errorsOf(user: string, text: string): Promise<number[]> {
  return (await run(sessions[user]!, text)).errors.map((e) => e.number);
}

test('sysjobs_view: sysadmin and SQLAgentReaderRole (and its member SQLAgentOperatorRole) see every job', async () => {
  assert.deepEqual(await visibleJobs('sa'), ['ann job', 'multi job']);
  assert.deepEqual(await visibleJobs('rita'), ['ann job', 'multi job']);
  assert.deepEqual(await visibleJobs('otto'), ['ann job', 'multi job']);
});

test('sysjobs_view: SQLAgentUserRole sees its own jobs only', async () => {
  assert.deepEqual(await visibleJobs('ann'), ['ann job']);
});

test('sysjobs_view: TargetServersRole has no SELECT on the view; it reads sysjobs itself', async () => {
  assert.deepEqual(await errorsOf('tsx', 'SELECT name FROM dbo.sysjobs_view'), [229]);
  const sink = await ok(sessions.tsx!, 'SELECT COUNT(*) FROM dbo.sysjobs');
  assert.deepEqual(sink.resultSets[0]?.rows, [[2]]);
});

test('tables: only reachable through views or grants', async () => {
  assert.deepEqual(await errorsOf('ann', 'SELECT * FROM dbo.sysjobs'), [229]);
  assert.deepEqual(await errorsOf('ann', 'SELECT * FROM dbo.sysoperators'), [229]);
  assert.deepEqual(await errorsOf('otto', 'SELECT * FROM dbo.sysoperators'), []);
  assert.deepEqual(await errorsOf('ann', 'SELECT * FROM dbo.syscategories'), []);
  assert.deepEqual(await errorsOf('nobody', 'SELECT * FROM dbo.syscategories'), [229]);
  assert.deepEqual(await errorsOf('tsx', 'DELETE dbo.sysjobs'), [229]);
});

// Unlike SQL Server, a target's login has no direct access to the download list nor UPDATE on
// systargetservers (sql/0007): it reaches only its own targets' rows through msxd's procedures
// (src/procedures/msdb/msx/README.md, "Isolation of targets").
test('tables: a target login cannot read or change the download list or target rows directly', async () => {
  assert.deepEqual(await errorsOf('tsx', "UPDATE dbo.sysdownloadlist SET status = 1 WHERE target_server = N'TSX'"), [229]);
  assert.deepEqual(await errorsOf('tsx', 'SELECT * FROM dbo.sysdownloadlist'), [229]);
  assert.deepEqual(await errorsOf('tsx', "DELETE dbo.sysdownloadlist WHERE target_server = N'TSX'"), [229]);
  assert.deepEqual(await errorsOf('tsx', "UPDATE dbo.systargetservers SET status = 1 WHERE server_name = N'TSX'"), [229]);
  assert.deepEqual(await errorsOf('tsx', 'SELECT * FROM dbo.msxd_target_logins'), [229]);
  assert.deepEqual(await errorsOf('tsx', 'SELECT COUNT(*) FROM dbo.systargetservers'), []);
});

test('sysschedules_localserver_view: own schedules for users, all for SQLAgentReaderRole', async () => {
  await ok(node.sa, `INSERT dbo.sysschedules (schedule_uid, originating_server_id, name, owner_sid, enabled, freq_type, freq_interval,
      freq_subday_type, freq_subday_interval, freq_relative_interval, freq_recurrence_factor, active_start_date, active_end_date,
      active_start_time, active_end_time)
    VALUES ('33333333-3333-3333-3333-333333333333', 0, N'daily', SUSER_SID(N'ann'), 1, 4, 1, 1, 0, 0, 0, 20260101, 99991231, 0, 235959),
           ('44444444-4444-4444-4444-444444444444', 0, N'weekly', SUSER_SID(N'sa'), 1, 8, 2, 1, 0, 0, 1, 20260101, 99991231, 0, 235959)`);
  const mine = await ok(sessions.ann!, 'SELECT name, version_number, originating_server, master_server FROM dbo.sysschedules_localserver_view');
  assert.deepEqual(mine.resultSets[0]?.rows, [['daily', 1, IDENTITY.serverName.toUpperCase(), 0]]);
  const all = await ok(sessions.rita!, 'SELECT name FROM dbo.sysschedules_localserver_view ORDER BY name');
  assert.deepEqual(all.resultSets[0]?.rows, [['daily'], ['weekly']]);
});
