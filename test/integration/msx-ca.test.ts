// `msxd ca init` / `msxd ca issue`, the documented way to give a master a certificate its targets
// validate (MsxEncryptChannelOptions = 2, the default): a master serving a CA-issued certificate,
// a target trusting the CA through its default file <data>/tls/msx-ca.pem enlists; a target
// trusting another CA is refused with 22026.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { nodeCommand, startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';

const TSX_PASSWORD = 'Tsx-Ca-Login-Pa55word!';
const work = mkdtempSync(join(os.tmpdir(), 'msxd-ca-'));
let master: NodeHandle;
let target: NodeHandle;
let msa: Session;
let tsa: Session;

function msxd(...args: string[]): string {
  const { command, args: base } = nodeCommand();
  return execFileSync(command, [...base, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function msxdFails(...args: string[]): string {
  try {
    msxd(...args);
  } catch (e) {
    return String((e as { stderr?: unknown }).stderr);
  }
  throw new Error(`msxd ${args.join(' ')} succeeded`);
}

before(async () => {
  msxd('ca', 'init', '--dir', join(work, 'ca'));
  msxd('ca', 'init', '--dir', join(work, 'other-ca'), '--name', 'someone else');
  msxd('ca', 'issue', '--ca', join(work, 'ca'), '--name', 'MSXDCAMASTER', '--host', 'localhost', '127.0.0.1', '--out', join(work, 'master-tls'));
  master = await startNode({
    name: 'MSXDCAMASTER',
    args: ['--cert', join(work, 'master-tls', 'cert.pem'), '--key', join(work, 'master-tls', 'key.pem'), '--no-agent'],
  });
  target = await startNode({ name: 'MSXDCATARGET', args: ['--no-agent'] });
  msa = await connect(master);
  tsa = await connect(target);
  ok(await batch(msa, `USE msdb;
EXEC dbo.sp_add_operator @name = N'MSXOperator';
CREATE LOGIN tsx_ca WITH PASSWORD = N'${TSX_PASSWORD}', CHECK_POLICY = OFF;
CREATE USER tsx_ca FOR LOGIN tsx_ca;
ALTER ROLE TargetServersRole ADD MEMBER tsx_ca;`));
  ok(await batch(tsa, `USE msdb;
CREATE CREDENTIAL MsxCa WITH IDENTITY = N'tsx_ca', SECRET = N'${TSX_PASSWORD}';
EXEC dbo.sp_msx_set_account @credential_name = N'MsxCa';`));
});

after(async () => {
  await close(msa);
  await close(tsa);
  await Promise.all([master.stop(), target.stop()]);
  rmSync(work, { recursive: true, force: true });
});

test('the CA key is private to its owner and a CA is created only once', () => {
  assert.equal(statSync(join(work, 'ca', 'ca-key.pem')).mode & 0o777, 0o600);
  assert.equal(statSync(join(work, 'master-tls', 'key.pem')).mode & 0o777, 0o600);
  assert.match(msxdFails('ca', 'init', '--dir', join(work, 'ca')), /ca\.pem exists/);
});

test('a target trusting another CA refuses the master (22026)', async () => {
  mkdirSync(join(target.dataDir, 'tls'), { recursive: true });
  copyFileSync(join(work, 'other-ca', 'ca.pem'), join(target.dataDir, 'tls', 'msx-ca.pem'));
  const o = await batch(tsa, `EXEC msdb.dbo.sp_msx_enlist N'127.0.0.1,${master.port}';`);
  assert.equal(o.errors[0]?.number, 22026);
  assert.match(o.errors[0]!.message, /the master's TLS certificate did not validate/);
  assert.deepEqual(ok(await batch(msa, 'SELECT COUNT(*) FROM msdb.dbo.systargetservers')).sets[0]?.rows, [[0]]);
});

test("a target trusting the CA (its default <data>/tls/msx-ca.pem) enlists with option 2", async () => {
  copyFileSync(join(work, 'ca', 'ca.pem'), join(target.dataDir, 'tls', 'msx-ca.pem'));
  const o = ok(await batch(tsa, `EXEC msdb.dbo.sp_msx_enlist N'127.0.0.1,${master.port}';`));
  assert.deepEqual(o.infos.filter((m) => m.number === 14229).length, 1);
  assert.deepEqual(ok(await batch(msa, 'SELECT server_name FROM msdb.dbo.systargetservers')).sets[0]?.rows, [['MSXDCATARGET']]);
  ok(await batch(tsa, 'EXEC msdb.dbo.sp_msx_defect;'));
});
