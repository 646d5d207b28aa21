// sp_enlist_tsx (what a target runs here to enlist, update or defect), sp_help_targetserver and
// sp_target_server_summary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openMsxNode, ok, run, type MsxNode } from './msx-node';
import { addMsxOperator, enlist, errorNumbers, lastScalar } from './fixtures';
import { IDENTITY } from '../../engine/helpers';

let node: MsxNode;
before(async () => {
  node = await openMsxNode();
  await ok(node.sa, `CREATE LOGIN plain WITH PASSWORD = N'Str0ng!Passw0rd', CHECK_POLICY = OFF;
CREATE USER plain FOR LOGIN plain;`);
});
after(async () => { await node.dispose(); });

const ENLIST = (action: number, name: string, nt = "N'CORP\\agent'", version = '0x10000FA0') => `DECLARE @rc int;
EXEC @rc = dbo.sp_enlist_tsx ${action}, ${name}, N'loc', 60, '2026-11-30 10:00:00', ${nt}, 60, ${version};
SELECT @rc;`;

test('sp_enlist_tsx: refusals in SQL Server order, each with its own return code', async () => {
  const noOperator = await enlist(node.sa, 'tsx9');
  assert.deepEqual(errorNumbers(noOperator), [14363]);
  assert.equal(lastScalar(noOperator), 9);
  const cases: [string, number, number][] = [
    [ENLIST(0, "N'tsx9'", "N'x'", '0x08000000'), 14306, 12],
    [ENLIST(0, 'NULL'), 14043, 2],
    [ENLIST(0, "N'  '"), 21263, 3],
    [ENLIST(0, "N'tsx9'", 'NULL'), 14043, 4],
    [ENLIST(0, "N'tsx9'", "N''"), 21263, 5],
    [ENLIST(2, "N'tsx9'"), 14363, 10],
  ];
  for (const [sql, error, rc] of cases) {
    const sink = await run(node.sa, sql);
    assert.deepEqual(errorNumbers(sink), [error], sql);
    assert.equal(lastScalar(sink), rc, sql);
  }
  const old = await run(node.sa, ENLIST(0, "N'tsx9'", "N'x'", '0x08000000'));
  assert.equal(old.errors[0]?.message, `The target server (TSX) version is not compatible with the master server (MSX) version (16.0.4135).`);
  await addMsxOperator(node.sa);
  const notEnlisted = await run(node.sa, ENLIST(2, "N'tsx9'"));
  assert.deepEqual(errorNumbers(notEnlisted), [14364]);
  assert.equal(lastScalar(notEnlisted), 11);
  const self = await run(node.sa, ENLIST(0, `N'${IDENTITY.serverName.toLowerCase()}'`));
  assert.deepEqual(errorNumbers(self), [14297]);
});

test('sp_enlist_tsx: a login outside TargetServersRole gets 15003', async () => {
  const plain = await node.sessionOf('plain');
  const sink = await run(plain, ENLIST(0, "N'tsx9'"));
  assert.deepEqual(errorNumbers(sink), [15003]);
  assert.equal(sink.errors[0]?.message, 'Only members of the TargetServersRole role can execute this stored procedure.');
  assert.equal(lastScalar(sink), 1);
});

test('sp_enlist_tsx: enlisting stores the target upper-cased and answers the MSXOperator row', async () => {
  const sink = await enlist(node.sa, 'tsx1', -300, 30);
  assert.deepEqual(errorNumbers(sink), []);
  const [operator, rc] = sink.resultSets;
  assert.deepEqual(operator?.columns.map((c) => c.name), ['id', 'name', 'enabled', 'email_address', 'pager_address', 'netsend_address',
    'weekday_pager_start_time', 'weekday_pager_end_time', 'saturday_pager_start_time', 'saturday_pager_end_time',
    'sunday_pager_start_time', 'sunday_pager_end_time', 'pager_days']);
  assert.equal(operator?.rows[0]?.[1], 'MSXOperator');
  assert.equal(rc?.rows[0]?.[0], 0);
  const row = await ok(node.sa, `SELECT server_name, location, time_zone_adjustment, status, CONVERT(varchar(19), local_time_at_last_poll, 120),
    enlisted_by_nt_user, poll_interval FROM dbo.systargetservers`);
  assert.deepEqual(row.resultSets[0]?.rows, [['TSX1', 'rack 1', -300, 1, '2026-11-30 10:00:00', 'CORP\\agent', 30]]);
  const again = await enlist(node.sa, 'TSX1');
  assert.deepEqual(errorNumbers(again).length, 1, 'the unique index refuses a second row');
});

test('sp_enlist_tsx @Action = 2 updates time zone, poll interval and location', async () => {
  await ok(node.sa, `EXEC dbo.sp_enlist_tsx 2, N'tsx1', N'rack 2', 120, '2026-11-30 10:00:00', N'CORP\\agent', 45, 0x10000FA0`);
  const row = await ok(node.sa, "SELECT location, time_zone_adjustment, poll_interval FROM dbo.systargetservers WHERE server_name = N'TSX1'");
  assert.deepEqual(row.resultSets[0]?.rows, [['rack 2', 120, 45]]);
});

const HELP_COLUMNS = [
  ['server_id', 'int'], ['server_name', 'nvarchar(128)'], ['location', 'nvarchar(200)'], ['time_zone_adjustment', 'int'],
  ['enlist_date', 'datetime'], ['last_poll_date', 'datetime'], ['status', 'int'], ['unread_instructions', 'int'],
  ['local_time', 'datetime'], ['enlisted_by_nt_user', 'nvarchar(100)'], ['poll_interval', 'int'],
];

test('sp_help_targetserver: the 11 columns SMO expects, in order, with their types', async () => {
  const sink = await ok(node.sa, 'EXEC msdb.dbo.sp_help_targetserver');
  const cols = sink.resultSets[0]!.columns.map((c) => [c.name, 'length' in c.type ? `${c.type.kind}(${String(c.type.length)})` : c.type.kind]);
  assert.deepEqual(cols, HELP_COLUMNS);
  assert.deepEqual(sink.resultSets[0]!.rows.map((r) => [r[1], r[2], r[3], r[6], r[7], r[9], r[10]]),
    [['TSX1', 'rack 2', 120, 1, 0, 'CORP\\agent', 45]]);
});

test('sp_help_targetserver: status 2 after three missed polls, 4 with an error row; unread instructions', async () => {
  await enlist(node.sa, 'tsx2', 0, 60);
  await ok(node.sa, `UPDATE dbo.systargetservers SET last_poll_date = DATEADD(ss, -181, GETDATE()) WHERE server_name = N'TSX2';
INSERT dbo.sysdownloadlist (source_server, operation_code, object_type, object_id, target_server, error_message)
VALUES (N'MSX', 1, 1, NEWID(), N'TSX1', N'Proxy not found.'), (N'MSX', 2, 1, NEWID(), N'TSX1', NULL);
INSERT dbo.sysdownloadlist (source_server, operation_code, object_type, object_id, target_server, status)
VALUES (N'MSX', 2, 1, NEWID(), N'TSX2', 1)`);
  const sink = await ok(node.sa, 'EXEC dbo.sp_help_targetserver');
  assert.deepEqual(sink.resultSets[0]!.rows.map((r) => [r[1], r[6], r[7]]), [['TSX1', 5, 2], ['TSX2', 3, 0]]);
  await ok(node.sa, `UPDATE dbo.systargetservers SET last_poll_date = DATEADD(ss, -170, GETDATE()) WHERE server_name = N'TSX2';
DELETE dbo.sysdownloadlist`);
  const later = await ok(node.sa, "EXEC dbo.sp_help_targetserver N'tsx2'");
  assert.deepEqual(later.resultSets[0]!.rows.map((r) => [r[1], r[6]]), [['TSX2', 1]]);
});

test('sp_help_targetserver: local_time is the reported time plus the seconds since that poll', async () => {
  node.setNow(new Date(Date.UTC(2026, 10, 30, 12, 0, 0)));
  try {
    await ok(node.sa, `UPDATE dbo.systargetservers SET last_poll_date = '2026-11-30 11:58:30', local_time_at_last_poll = '2026-11-30 06:58:30'
      WHERE server_name = N'TSX1'`);
    const sink = await ok(node.sa, `CREATE TABLE #t (server_id int, server_name sysname, location nvarchar(200), time_zone_adjustment int,
  enlist_date datetime, last_poll_date datetime, status int, unread_instructions int, local_time datetime,
  enlisted_by_nt_user nvarchar(200), poll_interval int);
INSERT #t EXEC msdb.dbo.sp_help_targetserver @server_name = N'tsx1';
SELECT CONVERT(varchar(19), local_time, 120) FROM #t;`);
    const local = sink.resultSets[sink.resultSets.length - 1]!.rows[0]![0];
    const expected = new Date(Date.UTC(2026, 10, 30, 12, 0, 0) - new Date().getTimezoneOffset() * 60000 - 5 * 3600000);
    assert.equal(local, expected.toISOString().slice(0, 19).replace('T', ' '));
  } finally {
    node.setNow(undefined);
  }
});

test('sp_help_targetserver / sp_target_server_summary: unknown name 14262; non-sysadmin 229', async () => {
  const sink = await run(node.sa, "DECLARE @rc int; EXEC @rc = dbo.sp_help_targetserver N'nope'; SELECT @rc");
  assert.deepEqual(errorNumbers(sink), [14262]);
  assert.equal(sink.errors[0]?.message, "The specified @server_name ('NOPE') does not exist.");
  assert.equal(lastScalar(sink), 1);
  const plain = await node.sessionOf('plain');
  assert.deepEqual(errorNumbers(await run(plain, 'EXEC dbo.sp_help_targetserver')), [229]);
  assert.deepEqual(errorNumbers(await run(plain, 'EXEC dbo.sp_target_server_summary')), [229]);
});

test('sp_target_server_summary: columns and counts', async () => {
  await ok(node.sa, `INSERT dbo.sysdownloadlist (source_server, operation_code, object_type, object_id, target_server, error_message)
VALUES (N'MSX', 1, 1, NEWID(), N'TSX2', N'boom'), (N'MSX', 2, 1, NEWID(), N'TSX2', NULL)`);
  const sink = await ok(node.sa, "EXEC dbo.sp_target_server_summary @target_server = N'tsx2'");
  const set = sink.resultSets[0]!;
  assert.deepEqual(set.columns.map((c) => c.name), ['server_id', 'server_name', 'local_time', 'last_poll_date', 'unread_instructions', 'blocked', 'poll_interval']);
  assert.deepEqual(set.rows.map((r) => [r[1], r[4], r[5], r[6]]), [['TSX2', 2, 1, 60]]);
  await ok(node.sa, 'DELETE dbo.sysdownloadlist');
});

test('sp_enlist_tsx @Action = 1: the target defects; its rows, groups and job rows go', async () => {
  await ok(node.sa, `INSERT dbo.sysdownloadlist (source_server, operation_code, object_type, object_id, target_server)
VALUES (N'MSX', 1, 1, NEWID(), N'TSX2')`);
  const sink = await ok(node.sa, `DECLARE @rc int; EXEC @rc = dbo.sp_enlist_tsx 1, N'tsx2', NULL, 0, NULL, N'CORP\\agent', 60; SELECT @rc`);
  assert.equal(lastScalar(sink), 0);
  const left = await ok(node.sa, "SELECT (SELECT COUNT(*) FROM dbo.systargetservers WHERE server_name = N'TSX2'), (SELECT COUNT(*) FROM dbo.sysdownloadlist)");
  assert.deepEqual(left.resultSets[0]?.rows, [[0, 0]]);
});
