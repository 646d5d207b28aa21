// The services' registry values SMO's JobServer reads through xp_instance_regread (Start,
// ObjectName under SYSTEM\CurrentControlSet\Services\<service>), answered from
// sys.dm_server_services, and sp_enumerrorlogs (the current log of each service that started).
// An engine without a node runs the database engine but no agent (processOnlyServices).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { errorNumbers, ok, openJobsNode, run, type JobsNode } from '../jobs/jobs-node';

let n: JobsNode;
before(async () => {
  n = await openJobsNode();
});
after(async () => {
  await n.dispose();
});

const READ = (service: string, value: string): string => `DECLARE @v nvarchar(512) = N'unchanged';
EXEC master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'SYSTEM\\CurrentControlSet\\Services\\${service}', N'${value}', @v OUTPUT;
SELECT @v;`;

test('xp_instance_regread: Start is sys.dm_server_services.startup_type, ObjectName its account', async () => {
  const services = (await ok(n.sa, 'SELECT servicename, startup_type, service_account FROM sys.dm_server_services ORDER BY servicename')).resultSets[0]!.rows;
  const agent = services.find((r) => String(r[0]).startsWith('SQL Server Agent'))!;
  const engine = services.find((r) => !String(r[0]).startsWith('SQL Server Agent'))!;
  assert.deepEqual((await ok(n.sa, READ('SQLSERVERAGENT', 'Start'))).resultSets[0]!.rows, [[String(agent[1])]]);
  assert.deepEqual((await ok(n.sa, READ('MSSQLSERVER', 'Start'))).resultSets[0]!.rows, [[String(engine[1])]]);
  assert.deepEqual((await ok(n.sa, READ('SQLSERVERAGENT', 'ObjectName'))).resultSets[0]!.rows, [[String(agent[2])]]);
  assert.deepEqual((await ok(n.sa, READ('SQLSERVERAGENT', 'Description'))).resultSets[0]!.rows, [[null]], 'another value is absent');
  assert.deepEqual((await ok(n.sa, READ('OtherService', 'Start'))).resultSets[0]!.rows, [[null]], 'another service is absent');
});

test('xp_instance_regread: a caller who may not read sys.dm_server_services reads the service values as absent', async () => {
  const user = await n.userWith('svc_reader');
  assert.deepEqual((await ok(user, READ('SQLSERVERAGENT', 'Start'))).resultSets[0]!.rows, [[null]]);
});

test('sp_enumerrorlogs: archive 0 of the engine since its start; none for an agent that never started; sysadmin only', async () => {
  const engine = (await ok(n.sa, 'EXEC sp_enumerrorlogs')).resultSets[0]!;
  assert.deepEqual(engine.columns.map((c) => [c.name, c.type]), [
    ['Archive #', { kind: 'int' }], ['Date', { kind: 'nvarchar', length: 24 }], ['Log File Size (Byte)', { kind: 'int' }],
  ]);
  assert.equal(engine.rows.length, 1);
  assert.equal(engine.rows[0]![0], 0);
  assert.match(String(engine.rows[0]![1]), /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  const converted = (await ok(n.sa, `CREATE TABLE #l (ArchiveNo int, CreateDate nvarchar(24), Size int);
INSERT #l EXEC master.dbo.sp_enumerrorlogs 1;
SELECT CONVERT(datetime, CreateDate, 101) FROM #l;`)).resultSets[0]!;
  assert.ok(converted.rows[0]![0] !== null, 'SMO converts Date with style 101');
  assert.deepEqual((await ok(n.sa, 'EXEC sp_enumerrorlogs 2')).resultSets[0]!.rows, []);
  const user = await n.userWith('log_reader');
  assert.ok(errorNumbers(await run(user, 'EXEC sp_enumerrorlogs')).length > 0);
});
