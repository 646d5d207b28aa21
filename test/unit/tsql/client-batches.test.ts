// Batches real clients send right after login (tds.md §3.1 and §3.3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { one, roundTrip, strip } from './helpers';

test('SSMS ServerInformation probe', () => {
  const sql = "DECLARE @edition sysname; SET @edition = cast(SERVERPROPERTY(N'EDITION') as sysname); " +
    "SELECT case when @edition = N'SQL Azure' then 2 else 1 end as 'DatabaseEngineType', SERVERPROPERTY('EngineEdition') AS DatabaseEngineEdition, " +
    "SERVERPROPERTY('ProductVersion') AS ProductVersion, @@MICROSOFTVERSION AS MicrosoftVersion, " +
    "case when serverproperty('EngineEdition') = 12 then 1 when serverproperty('EngineEdition') = 11 and @@version like 'Microsoft Azure SQL Data Warehouse%' then 1 else 0 end as IsFabricServer, " +
    "convert(sysname, SERVERPROPERTY(N'Collation')) AS Collation;\n" +
    'select host_platform from sys.dm_os_host_info\n' +
    "if @edition = N'SQL Azure' select 'TCP' as ConnectionProtocol else exec ('select CONVERT(nvarchar(40),CONNECTIONPROPERTY(''net_transport'')) as ConnectionProtocol')";
  const b = roundTrip(sql);
  assert.deepEqual(b.statements.map((s) => s.kind), ['declare', 'setVariable', 'select', 'select', 'if']);
  const declare = b.statements[0]!;
  assert.ok(declare.kind === 'declare');
  assert.deepEqual(strip(declare.items), [{ kind: 'scalar', name: '@edition', type: { kind: 'nvarchar', length: 128 } }]);
  const select = b.statements[2]!;
  assert.ok(select.kind === 'select' && select.query.body.kind === 'querySpec');
  const items = select.query.body.items;
  assert.deepEqual(items.map((i) => (i.kind === 'expr' ? i.alias : undefined)),
    ['DatabaseEngineType', 'DatabaseEngineEdition', 'ProductVersion', 'MicrosoftVersion', 'IsFabricServer', 'Collation']);
  const iff = b.statements[4]!;
  assert.ok(iff.kind === 'if' && iff.else?.kind === 'execString');
  assert.deepEqual(strip(iff.else.parts), [{
    kind: 'literal', form: 'string', unicode: false,
    text: "select CONVERT(nvarchar(40),CONNECTIONPROPERTY('net_transport')) as ConnectionProtocol",
  }]);
  assert.equal(b.statements[3]!.line, 2);
  assert.equal(b.statements[4]!.line, 3);
});

test('SSMS server-connection probes', () => {
  const roles = one("select is_srvrolemember('sysadmin') * 1 + is_srvrolemember('serveradmin') * 2 + is_srvrolemember('bulkadmin') * 128");
  assert.equal(roles.kind, 'select');
  for (const sql of ["select SERVERPROPERTY(N'servername')", 'select @@SPID', 'select suser_sname()', 'select @@TRANCOUNT',
    'if (@@trancount > 0) COMMIT TRANSACTION', 'dbcc tracestatus()', 'SELECT convert(nvarchar(128), @@SPID)',
    'exec [sys].sp_oledb_ro_usrname', 'SELECT login_name, nt_domain, nt_user_name FROM sys.dm_exec_sessions WHERE session_id = @@spid',
    'SELECT TOP (1) [encrypt_option] FROM sys.dm_exec_connections WHERE session_id = @@SPID',
    "select collation_name from sys.databases where name = ISNULL(@dbname, db_name())"]) {
    one(sql);
  }
});

test("tedious's initial SET batch", () => {
  const sql = 'set ansi_nulls on\nset ansi_null_dflt_on on\nset ansi_padding on\nset ansi_warnings on\nset arithabort on\n' +
    'set concat_null_yields_null on\nset datefirst 7\nset dateformat mdy\nset implicit_transactions off\nset language us_english\n' +
    'set numeric_roundabort off\nset quoted_identifier on\nset textsize 2147483647\nset transaction isolation level read committed\nset xact_abort on';
  const b = roundTrip(sql);
  assert.equal(b.statements.length, 15);
  assert.deepEqual(strip(b.statements[6]), { kind: 'setOption', options: ['DATEFIRST'], value: { kind: 'number', value: 7 } });
  assert.deepEqual(strip(b.statements[7]), { kind: 'setOption', options: ['DATEFORMAT'], value: { kind: 'word', value: 'MDY' } });
  assert.deepEqual(strip(b.statements[9]), { kind: 'setOption', options: ['LANGUAGE'], value: { kind: 'word', value: 'US_ENGLISH' } });
  assert.deepEqual(strip(b.statements[13]), { kind: 'setTransactionIsolation', level: 'read committed' });
  assert.deepEqual(b.statements.map((s) => s.line), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
});

test("SMO's semicolon-less SET preamble", () => {
  const sql = 'SET ROWCOUNT 0 SET TEXTSIZE 2147483647 SET NOCOUNT OFF SET CONCAT_NULL_YIELDS_NULL ON SET ARITHABORT ON ' +
    'SET LOCK_TIMEOUT -1 SET QUERY_GOVERNOR_COST_LIMIT 0 SET DEADLOCK_PRIORITY NORMAL SET TRANSACTION ISOLATION LEVEL READ COMMITTED ' +
    'SET ANSI_NULLS ON SET ANSI_NULL_DFLT_ON ON SET ANSI_PADDING ON SET ANSI_WARNINGS ON SET CURSOR_CLOSE_ON_COMMIT OFF ' +
    'SET IMPLICIT_TRANSACTIONS OFF SET QUOTED_IDENTIFIER ON';
  const b = roundTrip(sql);
  assert.equal(b.statements.length, 16);
  assert.deepEqual(strip(b.statements[5]), { kind: 'setOption', options: ['LOCK_TIMEOUT'], value: { kind: 'number', value: -1 } });
  assert.deepEqual(strip(b.statements[7]), { kind: 'setOption', options: ['DEADLOCK_PRIORITY'], value: { kind: 'word', value: 'NORMAL' } });
  assert.deepEqual(strip(b.statements[2]), { kind: 'setOption', options: ['NOCOUNT'], value: { kind: 'onOff', on: false } });
});

test('several options in one SET', () => {
  assert.deepEqual(strip(one('SET ANSI_NULLS, QUOTED_IDENTIFIER ON')),
    { kind: 'setOption', options: ['ANSI_NULLS', 'QUOTED_IDENTIFIER'], value: { kind: 'onOff', on: true } });
});

test('SMO agent enumerator batch: temp table, INSERT ... EXEC, joins, DROP', () => {
  const sql = 'create table #tmp_sp_help_category (category_id int null, category_type tinyint null, name nvarchar(128) null)\n' +
    'insert into #tmp_sp_help_category exec msdb.dbo.sp_help_category\n' +
    'SELECT sv.name AS [Name], CAST(sv.enabled AS bit) AS [IsEnabled], ISNULL(tshc.name, N\'\') AS [Category] ' +
    'FROM msdb.dbo.sysjobs_view AS sv LEFT OUTER JOIN #tmp_sp_help_category AS tshc ON sv.category_id = tshc.category_id ' +
    'ORDER BY [Name] ASC\ndrop table #tmp_sp_help_category';
  const b = roundTrip(sql);
  assert.deepEqual(b.statements.map((s) => s.kind), ['createTable', 'insert', 'select', 'drop']);
  const ins = b.statements[1]!;
  assert.ok(ins.kind === 'insert' && ins.source.kind === 'exec' && ins.source.exec.kind === 'exec');
  assert.deepEqual(ins.source.exec.procedure, { kind: 'name', name: { database: 'msdb', schema: 'dbo', name: 'sp_help_category' } });
});
