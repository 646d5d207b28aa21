// What SSMS/SMO sends right after login (reference tds.md §3.1), with the exact result types its
// C# code casts to: a wrong type there is "Specified cast is not valid" and an empty Object Explorer.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MICROSOFT_VERSION, PRODUCT_VERSION_STRING } from '../../src/util/version';
import { nodeForFile } from '../helpers/node-fixture';
import { batch, close, connect, execSql, ok, TYPES, type Session } from '../helpers/tedious-session';

const node = nodeForFile({ name: 'MSXDSSMS' });
let session: Session;

before(async () => {
  session = await connect(await node.ready());
});
after(async () => {
  if (session !== undefined) await close(session);
});

const SERVER_INFORMATION = [
  "DECLARE @edition sysname; SET @edition = cast(SERVERPROPERTY(N'EDITION') as sysname);",
  "SELECT case when @edition = N'SQL Azure' then 2 else 1 end as 'DatabaseEngineType', SERVERPROPERTY('EngineEdition') AS DatabaseEngineEdition, " +
    "SERVERPROPERTY('ProductVersion') AS ProductVersion, @@MICROSOFTVERSION AS MicrosoftVersion, " +
    "case when serverproperty('EngineEdition') = 12 then 1 when serverproperty('EngineEdition') = 11 and @@version like 'Microsoft Azure SQL Data Warehouse%' then 1 else 0 end as IsFabricServer, " +
    "convert(sysname, SERVERPROPERTY(N'Collation')) AS Collation;",
  'select host_platform from sys.dm_os_host_info',
  "if @edition = N'SQL Azure' select 'TCP' as ConnectionProtocol else exec ('select CONVERT(nvarchar(40),CONNECTIONPROPERTY(''net_transport'')) as ConnectionProtocol')",
].join('\n');

describe('SMO ServerInformation batch', () => {
  test('three result sets with the types SMO unboxes', async () => {
    const o = ok(await batch(session, SERVER_INFORMATION));
    assert.equal(o.sets.length, 3, `expected 3 result sets, got ${JSON.stringify(o.sets.map((s) => s.columns))}`);
    const [info, platform, protocol] = o.sets;
    assert.deepEqual(info?.columns.map((c) => [c.name, c.sqlType]), [
      ['DatabaseEngineType', 'int'],
      ['DatabaseEngineEdition', 'sql_variant'],
      ['ProductVersion', 'sql_variant'],
      ['MicrosoftVersion', 'int'],
      ['IsFabricServer', 'int'],
      ['Collation', 'nvarchar(128)'],
    ]);
    const [engineType, edition, version, microsoftVersion, fabric, collation] = info?.rows[0] ?? [];
    assert.equal(engineType, 1);
    assert.equal(typeof edition, 'number', 'EngineEdition is unboxed to an enum: the variant base type must be int');
    assert.equal(version, PRODUCT_VERSION_STRING);
    assert.equal(microsoftVersion, MICROSOFT_VERSION);
    assert.equal(fabric, 0);
    assert.equal(collation, 'SQL_Latin1_General_CP1_CI_AS');
    assert.deepEqual(platform?.columns.map((c) => c.name), ['host_platform']);
    assert.ok(['Windows', 'Linux'].includes(String(platform?.rows[0]?.[0])), `host_platform ${String(platform?.rows[0]?.[0])}`);
    assert.deepEqual(protocol?.columns.map((c) => [c.name, c.sqlType]), [['ConnectionProtocol', 'nvarchar(40)']]);
    assert.deepEqual(protocol?.rows, [['TCP']]);
  });
});

describe('SMO ServerConnection probes', () => {
  test('fixed server roles of sa, cast (int) by SMO', async () => {
    const o = ok(await batch(session, "select is_srvrolemember('sysadmin') * 1 + is_srvrolemember('serveradmin') * 2 + " +
      "is_srvrolemember('setupadmin') * 4 + is_srvrolemember('securityadmin') * 8 + is_srvrolemember('processadmin') * 16 + " +
      "is_srvrolemember('dbcreator') * 32 + is_srvrolemember('diskadmin') * 64 + is_srvrolemember('bulkadmin') * 128"));
    assert.equal(o.sets[0]?.columns[0]?.sqlType, 'int');
    // sa is in sysadmin (bit 1); whether the other fixed roles count for sa is not asserted here
    assert.equal(Number(o.sets[0]?.rows[0]?.[0]) & 1, 1, `roles bitmask ${String(o.sets[0]?.rows[0]?.[0])}`);
  });

  test('server name, SPID, login name, @@TRANCOUNT', async () => {
    const o = ok(await batch(session,
      "select SERVERPROPERTY(N'servername'); select @@SERVERNAME; select @@SPID; select suser_sname(); select @@TRANCOUNT; if (@@trancount > 0) COMMIT TRANSACTION"));
    const [servername, atServername, spid, login, trancount] = o.sets;
    assert.equal(servername?.rows[0]?.[0], node().name);
    assert.equal(atServername?.rows[0]?.[0], node().name);
    assert.equal(spid?.columns[0]?.sqlType, 'smallint');
    assert.ok(Number(spid?.rows[0]?.[0]) > 50, `user SPIDs start above 50, got ${String(spid?.rows[0]?.[0])}`);
    assert.equal(login?.rows[0]?.[0], 'sa');
    assert.deepEqual([trancount?.columns[0]?.sqlType, trancount?.rows[0]?.[0]], ['int', 0]);
  });

  test('@@VERSION names the same product version as SERVERPROPERTY', async () => {
    const o = ok(await batch(session, 'SELECT @@VERSION'));
    assert.match(String(o.sets[0]?.rows[0]?.[0]), new RegExp(`^Microsoft SQL Server .*${PRODUCT_VERSION_STRING.replace(/\./g, '\\.')}`, 's'));
  });

  test('collation of the current database, parameterised (RPC sp_executesql with @dbname)', async () => {
    const o = ok(await execSql(session,
      "SELECT COLLATIONPROPERTY((select collation_name from sys.databases where name = ISNULL(@dbname, db_name())), 'LCID') AS lcid",
      [['dbname', TYPES.NVarChar, null, { length: 128 }]]));
    assert.equal(o.sets[0]?.rows[0]?.[0], 1033);
  });

  test('the query window preamble of SET options runs as one batch', async () => {
    ok(await batch(session, 'SET ROWCOUNT 0 SET TEXTSIZE 2147483647 SET NOCOUNT OFF SET CONCAT_NULL_YIELDS_NULL ON SET ARITHABORT ON ' +
      'SET LOCK_TIMEOUT -1 SET QUERY_GOVERNOR_COST_LIMIT 0 SET DEADLOCK_PRIORITY NORMAL SET TRANSACTION ISOLATION LEVEL READ COMMITTED ' +
      'SET ANSI_NULLS ON SET ANSI_NULL_DFLT_ON ON SET ANSI_PADDING ON SET ANSI_WARNINGS ON SET CURSOR_CLOSE_ON_COMMIT OFF ' +
      'SET IMPLICIT_TRANSACTIONS OFF SET QUOTED_IDENTIFIER ON'));
    assert.equal((await batch(session, "SELECT SERVERPROPERTY('ProductLevel')")).errors.length, 0);
  });
});
