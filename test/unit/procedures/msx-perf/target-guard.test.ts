// The guard of the target-side procedures remembers a passed check (per node, target and login)
// so an idle poll pays no lookups for it; enlisting or removing the target forgets it at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { EngineSession } from '../../../../src/engine/api';
import { accessTrusted, forgetAccess, TRUSTED_ACCESS_MS, trustAccess } from '../../../../src/procedures/msdb/msx/target-access';
import type { ProcedureContext } from '../../../../src/engine/procedure-registry';
import { openMsxNode, ok, run, type MsxNode } from '../msx/msx-node';
import { addMsxOperator, enlist, errorNumbers } from '../msx/fixtures';

let node: MsxNode;
let agent1: EngineSession;
let agent2: EngineSession;
before(async () => {
  node = await openMsxNode();
  await addMsxOperator(node.sa);
  for (const name of ['gagent1', 'gagent2']) {
    await ok(node.sa, `CREATE LOGIN ${name} WITH PASSWORD = N'Str0ng!Passw0rd', CHECK_POLICY = OFF; CREATE USER ${name} FOR LOGIN ${name};
ALTER ROLE TargetServersRole ADD MEMBER ${name};`);
  }
  agent1 = await node.sessionOf('gagent1');
  agent2 = await node.sessionOf('gagent2');
});
after(async () => { await node.dispose(); });

const probe = (server: string): string => `EXEC msdb.dbo.sp_sqlagent_probe_msx N'${server}', N'2026/12/01 10:00:00', 60`;

test('a trusted verdict is per login and expires', () => {
  const ctx = { loginName: 'L1' } as ProcedureContext;
  const other = { loginName: 'l2' } as ProcedureContext;
  trustAccess(ctx, 'TSXG0', 1_000);
  assert.equal(accessTrusted(ctx, 'TSXG0', 1_000 + TRUSTED_ACCESS_MS - 1), true);
  assert.equal(accessTrusted({ loginName: 'l1' } as ProcedureContext, 'TSXG0', 1_001), true);
  assert.equal(accessTrusted(other, 'TSXG0', 1_001), false);
  assert.equal(accessTrusted(ctx, 'TSXG0', 1_000 + TRUSTED_ACCESS_MS), false);
  trustAccess(ctx, 'TSXG0', 1_000);
  forgetAccess('TSXG0');
  assert.equal(accessTrusted(ctx, 'TSXG0', 1_001), false);
});

test('a target removed and enlisted again by another login: the first login is refused at once', async () => {
  assert.deepEqual(errorNumbers(await enlist(agent1, 'tsxg1')), []);
  const first = await ok(agent1, probe('tsxg1'));
  assert.deepEqual(first.resultSets[0]?.rows, [[false, 0, 0]]);
  assert.deepEqual(errorNumbers(await run(agent2, probe('tsxg1'))), [14260]);
  await ok(node.sa, "EXEC msdb.dbo.sp_delete_targetserver @server_name = N'tsxg1', @clear_downloadlist = 1, @post_defection = 0");
  assert.deepEqual(errorNumbers(await enlist(agent2, 'tsxg1')), []);
  assert.deepEqual(errorNumbers(await run(agent1, probe('tsxg1'))), [14260]);
  assert.deepEqual(errorNumbers(await run(agent1, "EXEC msdb.dbo.sp_msxd_fetch_download_instructions N'tsxg1'")), [14260]);
  const owner = await ok(agent2, probe('tsxg1'));
  assert.deepEqual(owner.resultSets[0]?.rows, [[false, 0, 0]]);
});

test('an unknown target is not remembered: the probe answers bad enlistment each time', async () => {
  for (let i = 0; i < 2; i++) {
    const sink = await ok(agent1, probe('tsxg9'));
    assert.deepEqual(sink.resultSets[0]?.rows, [[true, 0, 0]]);
  }
});
