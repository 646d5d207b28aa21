// Builds msdb with the real engine over a real store: the scripts run, record themselves, run
// again without effect, and every table and view answers SELECT with SQL Server's columns.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyMsdbSchema, FIXED_CATEGORIES, MSDB_AGENT_ROLES, MSDB_MAIL_ROLES, MSDB_AGENT_TABLES, MSDB_AGENT_VIEWS, MSXD_MSDB_TABLES, MSXD_SUBSYSTEMS, msdbScripts,
  splitBatches,
} from '../../../src/msdb/index';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDENTITY } from '../engine/helpers';
import { repoRoot } from '../../helpers/repo-root';
import { COLUMNS_QUERY } from './columns-query';
import { openMsdbNode, ok as okIn, run as runIn, type MsdbNode } from './msdb-node';

let node: MsdbNode;
const run = (text: string) => runIn(node.sa, text);
const ok = (text: string) => okIn(node.sa, text);

before(async () => { node = await openMsdbNode(); });
after(async () => { await node.dispose(); });

test('apply: all scripts run once, in order, and are recorded; a second apply runs nothing', async () => {
  const scripts = msdbScripts();
  assert.deepEqual(node.applied, scripts.map((s) => s.id));
  const recorded = node.raw.all<{ id: number; name: string }>(
    `SELECT id, name FROM ${node.raw.sqliteSchema('msdb')}.__msxd_migrations ORDER BY id`);
  assert.deepEqual(recorded.map((r) => [r.id, r.name]), scripts.map((s) => [s.id, s.name]));
  assert.deepEqual(await applyMsdbSchema({ session: node.raw, runBatch: node.runBatch }), []);
});

test('apply: every batch is idempotent (a crash between apply and record re-runs a script)', async () => {
  for (const script of msdbScripts()) for (const batch of splitBatches(script.text)) await ok(batch);
  const sink = await ok('SELECT COUNT(*) FROM dbo.syscategories; SELECT COUNT(*) FROM dbo.syssubsystems');
  assert.deepEqual(sink.resultSets.map((r) => r.rows), [[[FIXED_CATEGORIES.length]], [[MSXD_SUBSYSTEMS.length]]]);
});

test('apply: every table and view answers SELECT', async () => {
  for (const name of [...MSDB_AGENT_TABLES, ...MSXD_MSDB_TABLES, ...MSDB_AGENT_VIEWS]) {
    const sink = await ok(`SELECT * FROM msdb.dbo.${name}`);
    assert.equal(sink.resultSets.length, 1, name);
  }
});

/** COLUMNS_QUERY's lines of msxd's own tables (`own`) or of all the others, SQL Server's */
async function columnLines(own: boolean): Promise<unknown[]> {
  const msxd: readonly string[] = MSXD_MSDB_TABLES;
  const lines = (await ok(COLUMNS_QUERY)).resultSets[0]?.rows.map((r) => String(r[0])) ?? [];
  return lines.filter((line) => msxd.includes(line.slice(0, line.indexOf('.'))) === own);
}

function fixture(name: string): string[] {
  return readFileSync(join(repoRoot(), 'test/unit/msdb', name), 'utf8').trimEnd().split('\n');
}

// msdb-columns.txt was checked column by column against a scripted SQL Server 2019 msdb (types,
// lengths, nullability; sysname shows as nvarchar 256, see below), so it holds SQL Server's tables
// only. A difference here is either a script or an engine change: look before regenerating it.
// The sysmail_* lines (Database Mail, sql/0009 and the queue, sql/0012) were checked against Microsoft's documentation of
// those tables, not against a scripted msdb; so were the backup*/restorehistory lines (sql/0011)
// against "backupset (Transact-SQL)", "backupmediaset", "backupmediafamily", "backupfile" and
// "restorehistory"; the sysproxysubsystem / sysproxylogin lines (sql/0013) against "dbo.sysproxysubsystem"
// and "dbo.sysproxylogin"; sysmail_configuration / sysmail_attachments (sql/0015) against tables scripted from
// SQL Server instances (nvarchar(256) = 512 bytes, filename nvarchar(260)).
test('apply: every column of SQL Server\'s Agent tables as in msdb-columns.txt', async () => {
  assert.deepEqual(await columnLines(false), fixture('msdb-columns.txt'));
});

// msxd's own tables (msxd_*) have no SQL Server counterpart to check against; msxd-columns.txt
// pins them apart, so that a change to them or to SQL Server's tables is visible in review.
test('apply: every column of msxd\'s own msdb tables as in msxd-columns.txt', async () => {
  assert.deepEqual(await columnLines(true), fixture('msxd-columns.txt'));
});

// system_type_id: SQL Server reports sysname columns as user type sysname (256) over nvarchar (231);
// the engine keeps sysname as nvarchar(128), so only the system type is compared here.
test('apply: sysjobs columns, types and nullability as in SQL Server', async () => {
  const sink = await ok(`SELECT c.name, TYPE_NAME(c.system_type_id), c.max_length, c.is_nullable
    FROM sys.columns AS c WHERE c.object_id = OBJECT_ID(N'dbo.sysjobs') ORDER BY c.column_id`);
  assert.deepEqual(sink.resultSets[0]?.rows.map((r) => r.join(' ')), [
    'job_id uniqueidentifier 16 false', 'originating_server_id int 4 false', 'name nvarchar 256 false',
    'enabled tinyint 1 false', 'description nvarchar 1024 true', 'start_step_id int 4 false', 'category_id int 4 false',
    'owner_sid varbinary 85 false', 'notify_level_eventlog int 4 false', 'notify_level_email int 4 false',
    'notify_level_netsend int 4 false', 'notify_level_page int 4 false', 'notify_email_operator_id int 4 false',
    'notify_netsend_operator_id int 4 false', 'notify_page_operator_id int 4 false', 'delete_level int 4 false',
    'date_created datetime 8 false', 'date_modified datetime 8 false', 'version_number int 4 false',
  ]);
});

test('apply: fixed categories, and the first user category gets id 100', async () => {
  const sink = await ok('SELECT category_id, category_class, category_type, name FROM dbo.syscategories ORDER BY category_id');
  assert.deepEqual(sink.resultSets[0]?.rows, FIXED_CATEGORIES.map((c) => [c.id, c.categoryClass, c.categoryType, c.name]));
  const ins = await ok("INSERT dbo.syscategories (category_class, category_type, name) VALUES (1, 1, N'Mine'); SELECT category_id FROM dbo.syscategories WHERE name = N'Mine'");
  assert.deepEqual(ins.resultSets[0]?.rows, [[100]]);
  await ok("DELETE dbo.syscategories WHERE name = N'Mine'");
});

test('apply: defaults and checks of the multiserver tables', async () => {
  await ok("INSERT dbo.sysoriginatingservers (originating_server) VALUES (N'MSX1')");
  const sink = await ok('SELECT originating_server_id, originating_server, master_server FROM dbo.sysoriginatingservers_view ORDER BY 1');
  assert.deepEqual(sink.resultSets[0]?.rows, [[0, IDENTITY.serverName, 0], [1, 'MSX1', 1]]);
  assert.deepEqual((await run("INSERT dbo.sysoriginatingservers (originating_server, master_server) VALUES (N'MSX2', 0)")).errors.map((e) => e.number), [547]);
  await ok('DELETE dbo.sysoriginatingservers');
  await ok(`INSERT dbo.sysdownloadlist (source_server, operation_code, object_type, object_id, target_server)
    VALUES (N'MSX', 9, 2, '00000000-0000-0000-0000-00000000003C', N'TSX1')`);
  const dl = await ok('SELECT status, error_message, date_downloaded, CASE WHEN date_posted IS NULL THEN 0 ELSE 1 END FROM dbo.sysdownloadlist');
  assert.deepEqual(dl.resultSets[0]?.rows, [[0, null, null, 1]]);
  await ok('DELETE dbo.sysdownloadlist');
});

test('apply: the local server is row 0 of systargetservers_view', async () => {
  const sink = await ok('SELECT server_id, server_name, CONVERT(char(8), enlist_date, 112) FROM dbo.systargetservers_view');
  assert.deepEqual(sink.resultSets[0]?.rows, [[0, IDENTITY.serverName, '19981113']]);
});

test('apply: roles, their nesting and schemas', async () => {
  const roles = await ok("SELECT name FROM sys.database_principals WHERE type = 'R' AND name LIKE N'%Role' ORDER BY principal_id");
  assert.deepEqual(roles.resultSets[0]?.rows.map((r) => r[0]), [...MSDB_AGENT_ROLES, ...MSDB_MAIL_ROLES]);
  const members = await ok(`SELECT r.name, p.name FROM sys.database_role_members AS m
    JOIN sys.database_principals AS r ON r.principal_id = m.role_principal_id
    JOIN sys.database_principals AS p ON p.principal_id = m.member_principal_id
    WHERE r.name LIKE N'SQLAgent%' ORDER BY r.name`);
  assert.deepEqual(members.resultSets[0]?.rows, [['SQLAgentReaderRole', 'SQLAgentOperatorRole'], ['SQLAgentUserRole', 'SQLAgentReaderRole']]);
  const schemas = await ok(`SELECT s.name, USER_NAME(s.principal_id) FROM sys.schemas AS s WHERE s.name IN
    (N'SQLAgentUserRole', N'SQLAgentReaderRole', N'SQLAgentOperatorRole', N'TargetServersRole', N'DatabaseMailUserRole') ORDER BY s.schema_id`);
  assert.deepEqual(schemas.resultSets[0]?.rows, [...MSDB_AGENT_ROLES, ...MSDB_MAIL_ROLES].map((r) => [r, r]));
});

// SQL Server (like 0004) grants TargetServersRole SELECT/UPDATE/DELETE on sysdownloadlist and UPDATE
// on systargetservers: its agent reads and marks the download list itself, and can so read or
// change every target's instructions. msxd departs from that (0007 revokes them, and 0006's
// SELECT grants): a target's login reaches only its own rows, through sp_msxd_fetch_download_instructions
// and sp_msxd_mark_download_instruction, which run with dbo's ownership chain
// (src/procedures/msdb/msx/README.md, "Isolation of targets").
test('apply: object permissions of the roles', async () => {
  const sink = await ok(`SELECT USER_NAME(grantee_principal_id), OBJECT_NAME(major_id), permission_name
    FROM sys.database_permissions WHERE class = 1 ORDER BY 1, 2, 3`);
  assert.deepEqual(sink.resultSets[0]?.rows.map((r) => r.join(' ')), [
    'DatabaseMailUserRole sysmail_allitems SELECT', 'DatabaseMailUserRole sysmail_event_log SELECT',
    'DatabaseMailUserRole sysmail_faileditems SELECT', 'DatabaseMailUserRole sysmail_mailattachments SELECT', 'DatabaseMailUserRole sysmail_sentitems SELECT',
    'DatabaseMailUserRole sysmail_unsentitems SELECT',
    'SQLAgentOperatorRole sysalerts SELECT', 'SQLAgentOperatorRole sysnotifications SELECT', 'SQLAgentOperatorRole sysoperators SELECT',
    'SQLAgentUserRole syscategories SELECT', 'SQLAgentUserRole sysjobs_view SELECT', 'SQLAgentUserRole sysschedules_localserver_view SELECT',
    'TargetServersRole sysjobs SELECT', 'TargetServersRole sysjobservers SELECT', 'TargetServersRole sysjobservers UPDATE',
    'TargetServersRole sysproxies SELECT', 'TargetServersRole syssubsystems SELECT',
    'TargetServersRole systargetservers SELECT',
  ]);
});
