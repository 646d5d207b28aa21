// The MSX procedures over TDS on a real node: a target enlists (sp_enlist_tsx), polls
// (sp_sqlagent_probe_msx) as a TargetServersRole login, and a DBA sees it with
// sp_help_targetserver, as a SQL batch, as an RPC and into SMO's fixed #temp table.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, callProcedure, close, connect, ok, TYPES, type Outcome, type Session } from '../helpers/tedious-session';

const COLUMNS = [
  ['server_id', 'int'], ['server_name', 'nvarchar(128)'], ['location', 'nvarchar(200)'], ['time_zone_adjustment', 'int'],
  ['enlist_date', 'datetime'], ['last_poll_date', 'datetime'], ['status', 'int'], ['unread_instructions', 'int'],
  ['local_time', 'datetime'], ['enlisted_by_nt_user', 'nvarchar(100)'], ['poll_interval', 'int'],
];
const AGENT_PASSWORD = 'Tsx-Agent-Pa55word!';

let node: NodeHandle;
let sa: Session;
before(async () => {
  node = await startNode({ name: 'MSXDMSX' });
  sa = await connect(node);
  ok(await batch(sa, `USE msdb;
INSERT dbo.sysoperators (name, enabled, email_address, last_email_date, last_email_time, pager_address, last_pager_date,
  last_pager_time, weekday_pager_start_time, weekday_pager_end_time, saturday_pager_start_time, saturday_pager_end_time,
  sunday_pager_start_time, sunday_pager_end_time, pager_days, netsend_address, last_netsend_date, last_netsend_time, category_id)
VALUES (N'MSXOperator', 1, N'dba@example.com', 0, 0, NULL, 0, 0, 90000, 180000, 90000, 180000, 90000, 180000, 0, NULL, 0, 0, 99);
CREATE LOGIN tsxagent WITH PASSWORD = N'${AGENT_PASSWORD}', CHECK_POLICY = OFF;
CREATE USER tsxagent FOR LOGIN tsxagent;
ALTER ROLE TargetServersRole ADD MEMBER tsxagent;
EXEC dbo.sp_enlist_tsx @Action = 0, @ServerName = N'tsx1', @Location = N'Building 7', @TimeZoneAdjustment = -300,
  @LocalTime = '2026-11-30 07:00:00', @NTUserName = N'CORP\\sqlagent', @PollInterval = 60, @TSX_Version = 0x10000FA0;
EXEC dbo.sp_enlist_tsx 0, N'tsx2', NULL, 60, '2026-11-30 13:00:00', N'CORP\sqlagent', 60, 0x10000FA0;
UPDATE dbo.msxd_target_logins SET login_name = N'tsxagent' WHERE server_name = N'TSX1';
EXEC dbo.sp_post_msx_operation 'SET-POLL', 'SERVER', @value = 30;`));
});
after(async () => {
  await close(sa);
  await node.stop();
});

function checkTargetServerSet(o: Outcome): void {
  const set = o.sets[0]!;
  assert.deepEqual(set.columns.map((c) => [c.name, c.sqlType]), COLUMNS);
  assert.equal(set.rows.length, 1);
  const [, name, location, tz, , , status, unread, , ntUser, poll] = set.rows[0]!;
  assert.deepEqual([name, location, tz, status, unread, ntUser, poll], ['TSX1', 'Building 7', -300, 1, 1, 'CORP\\sqlagent', 60]);
}

test('EXEC msdb.dbo.sp_help_targetserver as a SQL batch: 11 columns', async () => {
  const o = ok(await batch(sa, "EXEC msdb.dbo.sp_help_targetserver N'TSX1'"));
  checkTargetServerSet(o);
  const all = ok(await batch(sa, 'EXEC msdb.dbo.sp_help_targetserver'));
  assert.deepEqual(all.sets[0]?.rows.map((r) => r[1]), ['TSX1', 'TSX2']);
});

test('sp_help_targetserver as an RPC (@server_name sysname), return status 0', async () => {
  const o = ok(await callProcedure(sa, 'msdb.dbo.sp_help_targetserver', [['server_name', TYPES.NVarChar, 'tsx1', { length: 128 }]]));
  checkTargetServerSet(o);
  assert.equal(o.returnStatus, 0);
  const unknown = await callProcedure(sa, 'msdb.dbo.sp_help_targetserver', [['server_name', TYPES.NVarChar, 'nope']]);
  assert.deepEqual(unknown.errors.map((e) => [e.number, e.message]), [[14262, "The specified @server_name ('NOPE') does not exist."]]);
  assert.equal(unknown.returnStatus, 1);
});

test("SMO's #temp table takes the result (INSERT ... EXEC)", async () => {
  const o = ok(await batch(sa, `CREATE TABLE #tmp_sp_help_targetserver (server_id int NULL, server_name sysname NULL,
  location nvarchar(200) NULL, time_zone_adjustment int NULL, enlist_date datetime NULL, last_poll_date datetime NULL,
  status int NULL, unread_instructions int NULL, local_time datetime NULL, enlisted_by_nt_user nvarchar(200) NULL, poll_interval int NULL);
INSERT INTO #tmp_sp_help_targetserver EXEC msdb.dbo.sp_help_targetserver;
SELECT server_name, status, unread_instructions FROM #tmp_sp_help_targetserver ORDER BY server_name;
DROP TABLE #tmp_sp_help_targetserver;`));
  assert.deepEqual(o.sets[o.sets.length - 1]?.rows, [['TSX1', 1, 1], ['TSX2', 1, 1]]);
});

test('the target polls with its TargetServersRole login; another login is refused', async () => {
  const agent = await connect(node, { user: 'tsxagent', password: AGENT_PASSWORD, database: 'msdb' });
  try {
    const probe = ok(await callProcedure(agent, 'msdb.dbo.sp_sqlagent_probe_msx', [
      ['server_name', TYPES.NVarChar, 'TSX1'], ['local_time', TYPES.NVarChar, '2026/11/30 07:05:00'],
      ['poll_interval', TYPES.Int, 30], ['time_zone_adjustment', TYPES.Int, -300],
    ]));
    assert.deepEqual(probe.sets[0]?.rows, [[false, 0, 1]]);
    const foreign = await callProcedure(agent, 'msdb.dbo.sp_sqlagent_probe_msx', [
      ['server_name', TYPES.NVarChar, 'TSX2'], ['local_time', TYPES.NVarChar, '2026/11/30 07:05:00'], ['poll_interval', TYPES.Int, 30],
    ]);
    assert.deepEqual(foreign.errors.map((e) => e.number), [14260]);
  } finally {
    await close(agent);
  }
  const after = ok(await batch(sa, "EXEC msdb.dbo.sp_help_targetserver N'tsx1'"));
  assert.equal(after.sets[0]?.rows[0]?.[10], 30);
});
