// sp_msx_set_account / sp_msx_get_account / sp_msx_enlist / sp_msx_defect on a target whose
// master is scripted (tsx-node.ts): checks, what is sent, what is kept locally.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { IDENTITY } from '../../engine/helpers';
import { errorNumbers, infoNumbers, OK_ANSWER, ok, openTsxNode, run, type TsxNode } from './tsx-node';

let node: TsxNode;
const LOCAL = IDENTITY.serverName.toUpperCase();
const SETUP = `CREATE CREDENTIAL MsxAccount WITH IDENTITY = N'tsx_login', SECRET = N'Tsx!Secret123';
EXEC dbo.sp_msx_set_account @credential_name = N'MsxAccount';`;

before(async () => {
  node = await openTsxNode();
  await ok(node.sa, `CREATE LOGIN plain WITH PASSWORD = N'Str0ng!Passw0rd', CHECK_POLICY = OFF;
CREATE USER plain FOR LOGIN plain;`);
});
after(async () => { await node.dispose(); });
beforeEach(() => { node.calls.length = 0; node.answer = OK_ANSWER; node.connectError = undefined; });

async function scalar(sql: string): Promise<unknown> {
  const sink = await ok(node.sa, sql);
  return sink.resultSets.at(-1)?.rows[0]?.[0];
}

test('sp_msx_get_account: no result set until an account is set; sp_msx_set_account checks the credential', async () => {
  const none = await ok(node.sa, 'EXEC dbo.sp_msx_get_account;');
  assert.equal(none.resultSets.length, 0);
  const missing = await run(node.sa, `EXEC dbo.sp_msx_set_account @credential_name = N'Nope';`);
  assert.deepEqual(errorNumbers(missing), [14262]);
  await ok(node.sa, SETUP);
  const got = await ok(node.sa, 'EXEC dbo.sp_msx_get_account;');
  assert.deepEqual(got.resultSets[0]?.columns.map((c) => c.name), ['msx_connection', 'msx_credential_id', 'msx_credential_name', 'msx_login_name']);
  const row = got.resultSets[0]?.rows[0];
  assert.equal(row?.[0], 1);
  assert.equal(row?.[2], 'MsxAccount');
  assert.equal(row?.[3], 'tsx_login');
});

test('sp_msx_enlist / sp_msx_defect: sysadmin only (15003)', async () => {
  const plain = await node.sessionOf('plain');
  assert.deepEqual(errorNumbers(await run(plain, `EXEC msdb.dbo.sp_msx_enlist N'MASTER1';`)), [15003]);
  assert.deepEqual(errorNumbers(await run(plain, 'EXEC msdb.dbo.sp_msx_defect;')), [15003]);
  const sink = await run(plain, `EXEC msdb.dbo.sp_msx_enlist N'MASTER1';`);
  assert.equal(sink.errors[0]?.message, 'Only members of the sysadmin role can execute this stored procedure.');
});

test('sp_msx_defect when not enlisted: 14298; sp_msx_enlist into itself: 14297', async () => {
  assert.deepEqual(errorNumbers(await run(node.sa, 'EXEC dbo.sp_msx_defect;')), [14298]);
  assert.deepEqual(errorNumbers(await run(node.sa, `EXEC dbo.sp_msx_enlist N'${LOCAL.toLowerCase()}';`)), [14297]);
  assert.equal(node.calls.length, 0);
});

test('sp_msx_enlist: a master that cannot be reached or refuses', async () => {
  node.connectError = 'connect ECONNREFUSED 127.0.0.1:1';
  const down = await run(node.sa, `DECLARE @rc int; EXEC @rc = dbo.sp_msx_enlist N'127.0.0.1,1'; SELECT @rc;`);
  assert.deepEqual(errorNumbers(down), [22026]);
  assert.equal(down.errors[0]?.message,
    `The enlist operation failed (reason: SQLServerAgent Error: Unable to connect to MSX '127.0.0.1,1': connect ECONNREFUSED 127.0.0.1:1)`);
  assert.equal(down.resultSets.at(-1)?.rows[0]?.[0], 1);
  node.connectError = undefined;
  node.answer = () => ({
    returnStatus: undefined, resultSets: [], messages: [],
    errors: [{ number: 14363, severity: 16, state: 1, message: "The MSX server is not prepared for enlistments [there must be an operator named 'MSXOperator' defined at the MSX]" }],
  });
  assert.deepEqual(errorNumbers(await run(node.sa, `EXEC dbo.sp_msx_enlist N'MASTER1';`)), [14363]);
  node.answer = () => ({
    returnStatus: undefined, resultSets: [], messages: [],
    errors: [{ number: 15003, severity: 16, state: 1, message: 'Only members of the TargetServersRole role can execute this stored procedure.' }],
  });
  const role = await run(node.sa, `EXEC dbo.sp_msx_enlist N'MASTER1';`);
  assert.deepEqual(errorNumbers(role), [15003]);
  assert.equal(role.errors[0]?.message, 'Only members of the TargetServersRole role can execute this stored procedure.');
  assert.equal(await scalar('SELECT COUNT(*) FROM dbo.sysoriginatingservers'), 0);
});

test('sp_msx_enlist: sends sp_enlist_tsx, keeps the master, prints 14229; twice elsewhere: 14296; defect: 14227', async () => {
  await ok(node.sa, `EXEC master.dbo.xp_instance_regwrite N'HKEY_LOCAL_MACHINE', N'SOFTWARE\\Microsoft\\MSSQLServer\\SQLServerAgent',
    N'MsxEncryptChannelOptions', N'REG_DWORD', 1;`);
  const sink = await ok(node.sa, `EXEC dbo.sp_msx_enlist @msx_server_name = N'master1,14333', @location = N'rack 7';`);
  assert.deepEqual(infoNumbers(sink), [14229]);
  assert.equal(sink.messages.find((m) => m.number === 14229)?.message, "Server enlisted into MSX 'MASTER1,14333'.");
  assert.equal(node.calls.length, 1);
  const call = node.calls[0]!;
  assert.equal(call.proc, 'sp_enlist_tsx');
  assert.deepEqual(
    { host: call.endpoint.host, port: call.endpoint.port, login: call.endpoint.login, password: call.endpoint.password, enc: call.endpoint.encryptOption },
    { host: 'MASTER1', port: 14333, login: 'tsx_login', password: 'Tsx!Secret123', enc: 1 },
  );
  const p = Object.fromEntries(call.params.map((x) => [x.name, x.value]));
  assert.equal(p.Action, 0);
  assert.equal(p.ServerName, LOCAL);
  assert.equal(p.Location, 'rack 7');
  assert.equal(p.PollInterval, 60);
  assert.equal(p.NTUserName, 'sa');
  assert.match(String(p.LocalTime), /^\d{8} \d{2}:\d{2}:\d{2}$/);
  assert.equal(await scalar(`SELECT originating_server FROM dbo.sysoriginatingservers WHERE master_server = 1`), 'MASTER1,14333');
  assert.equal(await scalar(`SELECT COUNT(*) FROM dbo.sqlagent_info WHERE attribute = N'DateEnlisted'`), 1);
  assert.equal(await scalar(`SELECT email_address FROM dbo.sysoperators WHERE name = N'MSXOperator'`), 'dba@example.com');

  const other = await run(node.sa, `EXEC dbo.sp_msx_enlist N'MASTER2';`);
  assert.deepEqual(errorNumbers(other), [14296]);
  assert.equal(other.errors[0]?.message, "This server is already enlisted into MSX 'MASTER1,14333'.");

  const again = await ok(node.sa, `EXEC dbo.sp_msx_enlist N'master1,14333';`);
  assert.deepEqual(infoNumbers(again), []);
  assert.equal(node.calls.at(-1)?.params.find((x) => x.name === 'Action')?.value, 2);

  const defect = await ok(node.sa, 'EXEC dbo.sp_msx_defect;');
  assert.deepEqual(infoNumbers(defect), [14227]);
  assert.equal(defect.messages.find((m) => m.number === 14227)?.message, "Server defected from MSX 'MASTER1,14333'. 0 job(s) deleted.");
  assert.equal(node.calls.at(-1)?.params.find((x) => x.name === 'Action')?.value, 1);
  assert.equal(await scalar('SELECT COUNT(*) FROM dbo.sysoriginatingservers'), 0);
  assert.equal(await scalar(`SELECT COUNT(*) FROM dbo.sysoperators WHERE name = N'MSXOperator'`), 0);
  assert.deepEqual(errorNumbers(await run(node.sa, 'EXEC dbo.sp_msx_defect;')), [14298]);
});

test('sp_msx_defect @forced_defection = 1 does not contact an unreachable master', async () => {
  await ok(node.sa, `EXEC dbo.sp_msx_enlist N'MASTER3';`);
  node.connectError = 'connect ETIMEDOUT';
  assert.deepEqual(errorNumbers(await run(node.sa, 'EXEC dbo.sp_msx_defect;')), [22026]);
  assert.equal(await scalar('SELECT COUNT(*) FROM dbo.sysoriginatingservers'), 1);
  const calls = node.calls.length;
  const forced = await ok(node.sa, 'EXEC dbo.sp_msx_defect @forced_defection = 1;');
  assert.deepEqual(infoNumbers(forced), [14227]);
  assert.equal(node.calls.length, calls);
  assert.equal(await scalar('SELECT COUNT(*) FROM dbo.sysoriginatingservers'), 0);
});

test('sp_msx_enlist on an MSX: 14299', async () => {
  await ok(node.sa, `INSERT dbo.systargetservers (server_name, location, time_zone_adjustment, enlist_date, last_poll_date, status,
    local_time_at_last_poll, enlisted_by_nt_user, poll_interval) VALUES (N'SOMETSX', NULL, 0, GETDATE(), GETDATE(), 1, GETDATE(), N'x', 60)`);
  const sink = await run(node.sa, `EXEC dbo.sp_msx_enlist N'MASTER1';`);
  assert.deepEqual(errorNumbers(sink), [14299]);
  assert.equal(sink.errors[0]?.message, `Server '${LOCAL}' is an MSX. Cannot enlist one MSX into another MSX.`);
  await ok(node.sa, `DELETE dbo.systargetservers`);
});

test('sp_msx_enlist without an MSX account: 22026 naming sp_msx_set_account', async () => {
  await ok(node.sa, 'EXEC dbo.sp_msx_set_account;');
  const sink = await run(node.sa, `EXEC dbo.sp_msx_enlist N'MASTER1';`);
  assert.deepEqual(errorNumbers(sink), [22026]);
  assert.match(sink.errors[0]!.message, /sp_msx_set_account/);
  assert.equal(node.calls.length, 0);
  await ok(node.sa, SETUP.split('\n')[1]!);
});

test('sp_msx_enlist with the credential dropped after sp_msx_set_account: 22026', async () => {
  await ok(node.sa, `CREATE CREDENTIAL Gone WITH IDENTITY = N'x', SECRET = N'y';
EXEC dbo.sp_msx_set_account @credential_name = N'Gone';
DROP CREDENTIAL Gone;`);
  const sink = await run(node.sa, `EXEC dbo.sp_msx_enlist N'MASTER1';`);
  assert.deepEqual(errorNumbers(sink), [22026]);
  assert.equal(node.calls.length, 0);
  await ok(node.sa, SETUP.split('\n')[1]!);
});
