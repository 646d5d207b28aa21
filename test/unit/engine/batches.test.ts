import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqlVariant } from '../../../src/types/values';
import { openSession, run } from './helpers';

test('DECLARE, SET and SELECT of variables; several result sets; aliases and unnamed columns', async () => {
  const s = await openSession();
  const sink = await run(s, "DECLARE @a int = 40, @b varchar(10);\nSET @a += 2; SET @b = 'hi'\nSELECT @a AS answer, @b; SELECT 1");
  const sets = sink.resultSets;
  assert.equal(sets.length, 2);
  assert.deepEqual(sets[0]!.columns.map((c) => c.name), ['answer', '']);
  assert.deepEqual(sets[0]!.rows, [[42, 'hi']]);
  assert.deepEqual(sets[1]!.rows, [[1]]);
  const dones = sink.events.filter((e) => e.kind === 'done');
  assert.equal(dones.length, 2);
});

test('IF/ELSE, WHILE with BREAK/CONTINUE, SELECT @v = expr', async () => {
  const s = await openSession();
  const sink = await run(s, `DECLARE @i int = 0, @sum int = 0
WHILE @i < 10
BEGIN
  SET @i = @i + 1
  IF @i = 3 CONTINUE
  IF @i > 5 BREAK
  SET @sum = @sum + @i
END
SELECT @sum = @sum * 2
IF @sum = 24 SELECT 'yes' ELSE SELECT 'no'`);
  assert.deepEqual(sink.resultSets.map((r) => r.rows), [[['yes']]]);
});

test('PRINT is an info message; RAISERROR formats and does not abort', async () => {
  const s = await openSession();
  const sink = await run(s, "PRINT 'hello'\nRAISERROR('value %d of %s', 16, 2, 7, 'x')\nSELECT @@ERROR");
  const [print, err] = sink.messages;
  assert.equal(print!.number, 0);
  assert.equal(print!.severity, 0);
  assert.equal(print!.message, 'hello');
  assert.equal(err!.number, 50000);
  assert.equal(err!.severity, 16);
  assert.equal(err!.state, 2);
  assert.equal(err!.message, 'value 7 of x');
  assert.equal(err!.lineNumber, 2);
  assert.deepEqual(sink.resultSets[0]!.rows, [[50000]]);
});

test('divide by zero ends the statement only; THROW ends the batch', async () => {
  const s = await openSession();
  const sink = await run(s, "SELECT 1/0\nSELECT 'after';\nTHROW 50001, 'boom', 3\nSELECT 'never'");
  assert.deepEqual(sink.errors.map((e) => [e.number, e.lineNumber]), [[8134, 1], [50001, 3]]);
  assert.deepEqual(sink.resultSets.filter((r) => r.rows.length > 0).map((r) => r.rows), [[['after']]]);
});

test('TRY/CATCH exposes ERROR_* and THROW; re-raises', async () => {
  const s = await openSession();
  const sink = await run(s, `BEGIN TRY
  SELECT 1
  RAISERROR('inner %s', 15, 4, 'x')
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER(), ERROR_MESSAGE(), ERROR_SEVERITY(), ERROR_STATE(), ERROR_LINE(), ERROR_PROCEDURE()
END CATCH
BEGIN TRY
  THROW 50010, 'again', 1
END TRY
BEGIN CATCH
  THROW;
END CATCH`);
  const rows = sink.resultSets.map((r) => r.rows);
  assert.deepEqual(rows[1], [[50000, 'inner x', 15, 4, 3, null]]);
  assert.deepEqual(sink.errors.map((e) => [e.number, e.message]), [[50010, 'again']]);
});

test('RETURN leaves the batch; RETURN with a value is not allowed outside procedures', async () => {
  const s = await openSession();
  const sink = await run(s, "SELECT 1\nRETURN\nSELECT 2");
  assert.equal(sink.resultSets.length, 1);
  const bad = await run(s, 'RETURN 5');
  assert.equal(bad.errors[0]!.number, 178);
});

test('undeclared variable, duplicate declaration', async () => {
  const s = await openSession();
  assert.equal((await run(s, 'SELECT @nope')).errors[0]!.number, 137);
  assert.equal((await run(s, 'DECLARE @a int; DECLARE @a int')).errors[0]!.number, 134);
});

test('SERVERPROPERTY returns sql_variant with SQL Server base types', async () => {
  const s = await openSession();
  const sink = await run(s, "SELECT SERVERPROPERTY('EngineEdition'), SERVERPROPERTY('ProductVersion'), SERVERPROPERTY('InstanceName'), SERVERPROPERTY('nope')");
  const [set] = sink.resultSets;
  assert.equal(set!.columns[0]!.type.kind, 'sql_variant');
  const [edition, version, instance, unknown] = set!.rows[0]!;
  assert.ok(edition instanceof SqlVariant);
  assert.equal(edition.type.kind, 'int');
  assert.equal(edition.value, 3);
  assert.ok(version instanceof SqlVariant);
  assert.equal(version.type.kind, 'nvarchar');
  assert.equal(version.value, '16.0.4135.4');
  assert.equal(instance, null);
  assert.equal(unknown, null);
});

test('session functions and SET options through @@OPTIONS and friends', async () => {
  const s = await openSession();
  const sink = await run(s, `SET NOCOUNT ON; SET XACT_ABORT ON; SET DATEFIRST 1; SET LOCK_TIMEOUT 500; SET TEXTSIZE 1000
SELECT @@OPTIONS & 512, @@OPTIONS & 16384, @@DATEFIRST, @@LOCK_TIMEOUT, @@TEXTSIZE, @@SPID, DB_NAME(), DB_ID('msdb'), SUSER_SNAME(), IS_SRVROLEMEMBER('sysadmin'), @@TRANCOUNT, @@NESTLEVEL`);
  assert.deepEqual(sink.resultSets[0]!.rows, [[512, 16384, 1, 500, 1000, 51, 'master', 4, 'sa', 1, 0, 0]]);
  const done = sink.events.find((e) => e.kind === 'done');
  assert.ok(done && done.kind === 'done' && done.done.rowCount === undefined);
});

test('USE switches database with ENVCHANGE and 5701; unknown database is 911', async () => {
  const s = await openSession();
  const sink = await run(s, 'USE msdb\nSELECT DB_NAME()\nUSE nowhere');
  assert.deepEqual(sink.events[0], { kind: 'env', change: { kind: 'database', newValue: 'msdb', oldValue: 'master' } });
  assert.equal(sink.messages[0]!.number, 5701);
  assert.deepEqual(sink.resultSets[0]!.rows, [['msdb']]);
  assert.equal(sink.errors[0]!.number, 911);
  assert.equal(s.database, 'msdb');
});

test('transactions: @@TRANCOUNT nesting, descriptor, ENVCHANGE begin/commit', async () => {
  const s = await openSession();
  const sink = await run(s, 'BEGIN TRAN; BEGIN TRAN; SELECT @@TRANCOUNT; COMMIT; SELECT @@TRANCOUNT, XACT_STATE(); COMMIT; COMMIT');
  const envs = sink.events.filter((e) => e.kind === 'env').map((e) => (e.kind === 'env' ? e.change.kind : ''));
  assert.deepEqual(envs, ['beginTransaction', 'commitTransaction']);
  assert.deepEqual(sink.resultSets.map((r) => r.rows[0]), [[2], [1, 1]]);
  assert.equal(sink.errors[0]!.number, 3902);
  assert.deepEqual(s.transactionDescriptor, Buffer.alloc(8));
});

test('EXEC (dynamic sql) and sp_executesql with OUTPUT', async () => {
  const s = await openSession();
  const sink = await run(s, `EXEC ('select CONVERT(nvarchar(40), CONNECTIONPROPERTY(''net_transport'')) as ConnectionProtocol')
DECLARE @out int
EXEC sp_executesql N'SET @r = @a * 2', N'@a int, @r int OUTPUT', @a = 21, @r = @out OUTPUT
SELECT @out`);
  assert.deepEqual(sink.resultSets.map((r) => r.rows), [[['TCP']], [[42]]]);
  assert.equal(sink.resultSets[0]!.columns[0]!.name, 'ConnectionProtocol');
});

test('SSMS ServerInformation probe batch', async () => {
  const s = await openSession();
  const sink = await run(s, `DECLARE @edition sysname;
SET @edition = cast(SERVERPROPERTY(N'EDITION') as sysname);
SELECT case when @edition = N'SQL Azure' then 2 else 1 end as 'DatabaseEngineType',
SERVERPROPERTY('EngineEdition') AS DatabaseEngineEdition,
SERVERPROPERTY('ProductVersion') AS ProductVersion,
@@MICROSOFTVERSION AS MicrosoftVersion,
case when serverproperty('EngineEdition') = 12 then 1 when serverproperty('EngineEdition') = 11 and @@version like 'Microsoft Azure SQL Data Warehouse%' then 1 else 0 end as IsFabricServer,
convert(sysname, SERVERPROPERTY(N'Collation')) AS Collation;
select host_platform from sys.dm_os_host_info
if @edition = N'SQL Azure'
  select 'TCP' as ConnectionProtocol
else
  exec ('select CONVERT(nvarchar(40),CONNECTIONPROPERTY(''net_transport'')) as ConnectionProtocol')`);
  assert.deepEqual(sink.errors, []);
  const sets = sink.resultSets;
  assert.equal(sets.length, 3);
  assert.deepEqual(sets[0]!.columns.map((c) => c.name), ['DatabaseEngineType', 'DatabaseEngineEdition', 'ProductVersion', 'MicrosoftVersion', 'IsFabricServer', 'Collation']);
  assert.equal(sets[0]!.columns[0]!.type.kind, 'int');
  assert.equal(sets[0]!.rows[0]![0], 1);
  const edition = sets[0]!.rows[0]![1];
  assert.ok(edition instanceof SqlVariant && edition.type.kind === 'int' && edition.value === 3);
  assert.equal(sets[0]!.rows[0]![4], 0);
  assert.equal(sets[0]!.rows[0]![5], 'SQL_Latin1_General_CP1_CI_AS');
  assert.equal(sets[1]!.columns[0]!.name, 'host_platform');
  assert.deepEqual(sets[2]!.rows, [['TCP']]);
});
