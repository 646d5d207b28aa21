// Is SQL Server Agent running? A DBA (and SSMS) asks with sys.dm_server_services and
// `xp_servicecontrol N'QueryState', N'SQLServerAGENT'`. Two real nodes answer: one that starts its
// agent (the default) and one started with --no-agent. Nothing here stands in for the node.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { nodeForFile } from '../helpers/node-fixture';
import type { NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Outcome, type Session } from '../helpers/tedious-session';

const withAgent = nodeForFile({ name: 'MSXDSVCAGENT' });
const withoutAgent = nodeForFile({ name: 'MSXDSVCNOAGENT', args: ['--no-agent'] });
const testStarted = Date.now();

const SERVICES = `SELECT servicename, startup_type, startup_type_desc, status, status_desc, process_id, last_startup_time,
  is_clustered, cluster_nodename, instant_file_initialization_enabled
FROM sys.dm_server_services ORDER BY servicename`;
const QUERY_AGENT = "EXEC master.dbo.xp_servicecontrol N'QueryState', N'SQLServerAGENT'";
const LOGIN = 'svc_plain';
const PASSWORD = 'Str0ng!Passw0rd';

const rowsOf = (o: Outcome): unknown[][] => ok(o).sets.at(-1)?.rows ?? [];
const errorsOf = (o: Outcome): [number, number, string, number][] => o.errors.map((e) => [e.number, e.class, e.message, e.lineNumber]);

async function asSa<T>(node: NodeHandle, fn: (s: Session) => Promise<T>): Promise<T> {
  const s = await connect(node);
  try {
    return await fn(s);
  } finally {
    await close(s);
  }
}

/** the row's last_startup_time, checked to lie between this test's start and now */
function startTime(row: unknown[] | undefined): number {
  const t = row?.[6];
  assert.ok(t instanceof Date, `last_startup_time ${String(t)}`);
  assert.ok(t.getTime() >= testStarted - 1000 && t.getTime() <= Date.now(), `last_startup_time ${t.toISOString()}`);
  return t.getTime();
}

describe('a node that starts its agent', () => {
  let node: NodeHandle;
  before(async () => {
    node = await withAgent.ready();
  });

  test('sys.dm_server_services: the engine and the agent run in the node process', async () => {
    await asSa(node, async (s) => {
      const o = ok(await batch(s, SERVICES));
      assert.deepEqual(o.sets[0]!.columns.map((c) => c.name), ['servicename', 'startup_type', 'startup_type_desc', 'status',
        'status_desc', 'process_id', 'last_startup_time', 'is_clustered', 'cluster_nodename', 'instant_file_initialization_enabled']);
      const [engine, agent] = rowsOf(o);
      assert.deepEqual(engine?.filter((_, i) => i !== 6), ['SQL Server (MSSQLSERVER)', 2, 'Automatic', 4, 'Running', node.pid, 'N', null, 'N']);
      assert.deepEqual(agent?.filter((_, i) => i !== 6), ['SQL Server Agent (MSSQLSERVER)', 2, 'Automatic', 4, 'Running', node.pid, 'N', null, null]);
      // the agent starts once the listener is up, after the engine
      assert.ok(startTime(agent) >= startTime(engine));
    });
  });

  test('SELECT * returns SQL Server\'s twelve columns with their types', async () => {
    await asSa(node, async (s) => {
      const o = ok(await batch(s, 'SELECT * FROM sys.dm_server_services'));
      assert.deepEqual(o.sets[0]!.columns.map((c) => `${c.name} ${c.sqlType}`), [
        'servicename nvarchar(256)', 'startup_type int', 'startup_type_desc nvarchar(256)', 'status int',
        'status_desc nvarchar(256)', 'process_id int', 'last_startup_time datetimeoffset(7)', 'service_account nvarchar(256)',
        'filename nvarchar(256)', 'is_clustered nvarchar(1)', 'cluster_nodename nvarchar(256)', 'instant_file_initialization_enabled nvarchar(1)',
      ]);
      assert.equal(o.sets[0]!.rows.length, 2);
      for (const row of o.sets[0]!.rows) assert.ok(typeof row[7] === 'string' && typeof row[8] === 'string' && row[8] !== '');
    });
  });

  test('xp_servicecontrol QueryState: Running. for the agent and the engine, from any database', async () => {
    await asSa(node, async (s) => {
      const o = ok(await batch(s, QUERY_AGENT));
      assert.deepEqual(o.sets.map((r) => r.columns.map((c) => c.name)), [['Current Service State']]);
      assert.deepEqual(rowsOf(o), [['Running.']]);
      assert.deepEqual(rowsOf(await batch(s, "USE msdb; EXEC xp_servicecontrol N'querystate', N'MSSQLSERVER'")), [['Running.']]);
      assert.deepEqual(rowsOf(await batch(s, "EXEC sys.xp_servicecontrol 'QUERYSTATE', 'sqlserveragent'")), [['Running.']]);
      // monitoring scripts keep the answer: INSERT ... EXEC into a table of their own
      assert.deepEqual(rowsOf(await batch(s, `SET NOCOUNT ON; CREATE TABLE #agent (state varchar(50));
INSERT INTO #agent EXEC master.dbo.xp_servicecontrol N'QueryState', N'SQLServerAGENT';
SELECT state FROM #agent;`)), [['Running.']]);
    });
  });

  test('xp_servicecontrol refuses to start or stop a service and knows no other service', async () => {
    await asSa(node, async (s) => {
      assert.deepEqual(errorsOf(await batch(s, "EXEC master.dbo.xp_servicecontrol N'Stop', N'SQLServerAGENT'")),
        [[22003, 16, "ControlService() returned error 5, 'Access is denied.'", 1]]);
      assert.deepEqual(errorsOf(await batch(s, "EXEC master.dbo.xp_servicecontrol N'start', N'SQLServerAGENT'")),
        [[22003, 16, "StartService() returned error 5, 'Access is denied.'", 1]]);
      assert.deepEqual(errorsOf(await batch(s, "EXEC master.dbo.xp_servicecontrol N'QueryState', N'SQLBrowser'")),
        [[22003, 16, "OpenService() returned error 1060, 'The specified service does not exist as an installed service.'", 1]]);
      assert.deepEqual(rowsOf(await batch(s, QUERY_AGENT)), [['Running.']]);
    });
  });

  test('a login outside sysadmin: 300 then 297 for the view (297 in CATCH), 229 for the procedure', async () => {
    await asSa(node, async (s) => ok(await batch(s, `CREATE LOGIN ${LOGIN} WITH PASSWORD = '${PASSWORD}', CHECK_POLICY = OFF`)));
    const s = await connect(node, { user: LOGIN, password: PASSWORD });
    try {
      const refused = await batch(s, `SELECT 1 AS one;\nSELECT status FROM sys.dm_server_services`);
      assert.deepEqual(errorsOf(refused), [
        [300, 14, "VIEW SERVER SECURITY STATE permission was denied on object 'server', database 'master'.", 2],
        [297, 16, 'The user does not have permission to perform this action.', 2],
      ]);
      assert.deepEqual(rowsOf(await batch(s, `BEGIN TRY SELECT * FROM sys.dm_server_services; END TRY
BEGIN CATCH SELECT ERROR_NUMBER(), ERROR_SEVERITY(); END CATCH`)), [[297, 16]]);
      assert.deepEqual(errorsOf(await batch(s, QUERY_AGENT)),
        [[229, 14, "The EXECUTE permission was denied on the object 'xp_servicecontrol', database 'mssqlsystemresource', schema 'sys'.", 1]]);
    } finally {
      await close(s);
    }
  });
});

describe('a node started with --no-agent', () => {
  let node: NodeHandle;
  before(async () => {
    node = await withoutAgent.ready();
  });

  test('sys.dm_server_services: the agent is disabled and stopped, the engine runs', async () => {
    await asSa(node, async (s) => {
      const [engine, agent] = rowsOf(await batch(s, SERVICES));
      assert.deepEqual(engine?.filter((_, i) => i !== 6), ['SQL Server (MSSQLSERVER)', 2, 'Automatic', 4, 'Running', node.pid, 'N', null, 'N']);
      startTime(engine);
      assert.deepEqual(agent, ['SQL Server Agent (MSSQLSERVER)', 4, 'Disabled', 1, 'Stopped', null, null, 'N', null, null]);
    });
  });

  test('xp_servicecontrol QueryState: Stopped.', async () => {
    await asSa(node, async (s) => {
      assert.deepEqual(rowsOf(await batch(s, QUERY_AGENT)), [['Stopped.']]);
      assert.deepEqual(rowsOf(await batch(s, "EXEC master.dbo.xp_servicecontrol N'QueryState', N'MSSQLSERVER'")), [['Running.']]);
    });
  });
});
