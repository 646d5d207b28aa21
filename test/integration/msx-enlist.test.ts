// A target enlists into a master, both real nodes (child processes): the target's sp_msx_enlist
// connects to the master over TDS with its credential (sp_msx_set_account), TLS per
// MsxEncryptChannelOptions, runs sp_enlist_tsx there, keeps the master locally; sp_msx_defect
// removes it at the master again.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Outcome, type Session } from '../helpers/tedious-session';

const TSX_PASSWORD = 'Tsx-Login-Pa55word!';
const AGENT_KEY = String.raw`SOFTWARE\Microsoft\MSSQLServer\SQLServerAgent`;

let master: NodeHandle;
let target: NodeHandle;
let msa: Session;
let tsa: Session;
let msxName: string;

const regwrite = (name: string, type: string, value: string | number): string =>
  `EXEC master.dbo.xp_instance_regwrite N'HKEY_LOCAL_MACHINE', N'${AGENT_KEY}', N'${name}', N'${type}', ${typeof value === 'number' ? value : `N'${value}'`};`;

function errors(o: Outcome): [number, string][] {
  return o.errors.map((e) => [e.number, e.message]);
}

function infos(o: Outcome): [number, string][] {
  return o.infos.filter((m) => m.number !== 5701 && m.number !== 5703).map((m) => [m.number, m.message]);
}

async function targetsAtMaster(): Promise<unknown[]> {
  return ok(await batch(msa, 'EXEC msdb.dbo.sp_help_targetserver')).sets[0]?.rows.map((r) => r[1]) ?? [];
}

before(async () => {
  [master, target] = await Promise.all([startNode({ name: 'MSXDMASTER' }), startNode({ name: 'MSXDTARGET' })]);
  msa = await connect(master);
  tsa = await connect(target);
  msxName = `127.0.0.1,${master.port}`;
  ok(await batch(msa, `USE msdb;
EXEC dbo.sp_add_operator @name = N'MSXOperator', @email_address = N'dba@example.com';
CREATE LOGIN tsx_login WITH PASSWORD = N'${TSX_PASSWORD}', CHECK_POLICY = OFF;
CREATE USER tsx_login FOR LOGIN tsx_login;
ALTER ROLE TargetServersRole ADD MEMBER tsx_login;`));
  ok(await batch(tsa, `USE msdb;
CREATE CREDENTIAL MsxAccount WITH IDENTITY = N'tsx_login', SECRET = N'${TSX_PASSWORD}';
EXEC dbo.sp_msx_set_account @credential_name = N'MsxAccount';`));
});
after(async () => {
  await close(msa);
  await close(tsa);
  await Promise.all([master.stop(), target.stop()]);
});

test('option 2 (default) refuses a master whose certificate no trusted CA signed', async () => {
  const o = await batch(tsa, `EXEC msdb.dbo.sp_msx_enlist @msx_server_name = N'${msxName}', @location = N'rack 1';`);
  assert.equal(o.errors.length, 1);
  assert.equal(o.errors[0]?.number, 22026);
  assert.match(o.errors[0]!.message, /^The enlist operation failed \(reason: SQLServerAgent Error: Unable to connect to MSX '127\.0\.0\.1,\d+': the master's TLS certificate did not validate/);
  assert.doesNotMatch(o.errors[0]!.message, new RegExp(TSX_PASSWORD));
  assert.deepEqual(await targetsAtMaster(), []);
});

test('option 1: enlist (14229), the master lists the target, the target keeps the master; 14296, 14297, 14299; defect (14227)', async () => {
  ok(await batch(tsa, regwrite('MsxEncryptChannelOptions', 'REG_DWORD', 1)));
  const enlisted = ok(await batch(tsa, `EXEC msdb.dbo.sp_msx_enlist @msx_server_name = N'${msxName}', @location = N'rack 1';`));
  assert.deepEqual(infos(enlisted), [[14229, `Server enlisted into MSX '${msxName}'.`]]);
  const help = ok(await batch(msa, `EXEC msdb.dbo.sp_help_targetserver N'MSXDTARGET'`)).sets[0]!.rows[0]!;
  assert.deepEqual([help[1], help[2], help[6], help[9], help[10]], ['MSXDTARGET', 'rack 1', 1, 'sa', 60]);
  const local = ok(await batch(tsa, `SELECT originating_server, master_server FROM msdb.dbo.sysoriginatingservers;
SELECT email_address FROM msdb.dbo.sysoperators WHERE name = N'MSXOperator';`));
  assert.deepEqual(local.sets[0]?.rows, [[msxName, true]]);
  assert.deepEqual(local.sets[1]?.rows, [['dba@example.com']]);

  assert.deepEqual(errors(await batch(tsa, `EXEC msdb.dbo.sp_msx_enlist N'OTHERMASTER';`)),
    [[14296, `This server is already enlisted into MSX '${msxName}'.`]]);
  assert.deepEqual(errors(await batch(tsa, `EXEC msdb.dbo.sp_msx_enlist N'msxdtarget';`)), [[14297, 'Cannot enlist into the local machine.']]);
  assert.deepEqual(errors(await batch(msa, `EXEC msdb.dbo.sp_msx_enlist N'127.0.0.1,${target.port}';`)),
    [[14299, "Server 'MSXDMASTER' is an MSX. Cannot enlist one MSX into another MSX."]]);

  const defected = ok(await batch(tsa, 'EXEC msdb.dbo.sp_msx_defect;'));
  assert.deepEqual(infos(defected), [[14227, `Server defected from MSX '${msxName}'. 0 job(s) deleted.`]]);
  assert.deepEqual(await targetsAtMaster(), []);
  assert.deepEqual(ok(await batch(tsa, 'SELECT COUNT(*) FROM msdb.dbo.sysoriginatingservers')).sets[0]?.rows, [[0]]);
  assert.deepEqual(errors(await batch(tsa, 'EXEC msdb.dbo.sp_msx_defect;')), [[14298, 'This server is not currently enlisted into an MSX.']]);
});

test("option 2 with the master's certificate as the CA (MsxCaFile): enlist and defect", async () => {
  ok(await batch(tsa, `${regwrite('MsxEncryptChannelOptions', 'REG_DWORD', 2)}
${regwrite('MsxCaFile', 'REG_SZ', join(master.dataDir, 'tls', 'cert.pem'))}`));
  const enlisted = ok(await batch(tsa, `EXEC msdb.dbo.sp_msx_enlist N'${msxName}';`));
  assert.deepEqual(infos(enlisted).map((m) => m[0]), [14229]);
  assert.deepEqual(await targetsAtMaster(), ['MSXDTARGET']);
  ok(await batch(tsa, 'EXEC msdb.dbo.sp_msx_defect;'));
  assert.deepEqual(await targetsAtMaster(), []);
});

test('a master without MSXOperator refuses (14363, relayed)', async () => {
  ok(await batch(tsa, regwrite('MsxEncryptChannelOptions', 'REG_DWORD', 0)));
  ok(await batch(msa, `DELETE FROM msdb.dbo.sysoperators WHERE name = N'MSXOperator';`));
  assert.deepEqual(errors(await batch(tsa, `EXEC msdb.dbo.sp_msx_enlist N'${msxName}';`)),
    [[14363, "The MSX server is not prepared for enlistments [there must be an operator named 'MSXOperator' defined at the MSX]"]]);
});

test('neither node logged the MSX password', () => {
  assert.doesNotMatch(master.output(), new RegExp(TSX_PASSWORD));
  assert.doesNotMatch(target.output(), new RegExp(TSX_PASSWORD));
  assert.match(target.output(), /connected to MSX/);
});
