// Target server groups: add, rename, delete, members, sp_help_targetservergroup.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openMsxNode, ok, run, type MsxNode } from './msx-node';
import { addMsxOperator, enlist, errorNumbers, lastScalar } from './fixtures';

let node: MsxNode;
before(async () => {
  node = await openMsxNode();
  await addMsxOperator(node.sa);
  await enlist(node.sa, 'tsx1');
  await enlist(node.sa, 'tsx2');
  await ok(node.sa, `CREATE LOGIN plain WITH PASSWORD = N'Str0ng!Passw0rd', CHECK_POLICY = OFF;
CREATE USER plain FOR LOGIN plain;`);
});
after(async () => { await node.dispose(); });

async function rc(sql: string): Promise<{ errors: number[]; rc: unknown; text: string[] }> {
  const sink = await run(node.sa, `DECLARE @rc int; EXEC @rc = ${sql}; SELECT @rc;`);
  return { errors: errorNumbers(sink), rc: lastScalar(sink), text: sink.errors.map((e) => e.message) };
}

test('sp_add_targetservergroup: names are trimmed, unique, without commas', async () => {
  assert.deepEqual(await rc("dbo.sp_add_targetservergroup N'  Web  '"), { errors: [], rc: 0, text: [] });
  assert.deepEqual(await rc("dbo.sp_add_targetservergroup N'Web'"), { errors: [14261], rc: 1, text: ["The specified @name ('Web') already exists."] });
  assert.deepEqual(await rc("dbo.sp_add_targetservergroup N'a,b'"), { errors: [14289], rc: 1, text: ["@name cannot contain ',' characters."] });
  await ok(node.sa, "EXEC dbo.sp_add_targetservergroup @name = N'Db'");
  const all = await ok(node.sa, 'EXEC dbo.sp_help_targetservergroup');
  assert.deepEqual(all.resultSets[0]!.columns.map((c) => [c.name, c.type.kind]), [['servergroup_id', 'int'], ['name', 'nvarchar']]);
  assert.deepEqual(all.resultSets[0]!.rows.map((r) => r[1]), ['Db', 'Web']);
});

test('sp_add_targetsvrgrp_member / sp_delete_targetsvrgrp_member', async () => {
  assert.deepEqual(await rc("dbo.sp_add_targetsvrgrp_member N'Web', N'tsx1'"), { errors: [], rc: 0, text: [] });
  await ok(node.sa, "EXEC dbo.sp_add_targetsvrgrp_member @group_name = N'Web', @server_name = N'TSX2'");
  assert.deepEqual(await rc("dbo.sp_add_targetsvrgrp_member N'Web', N'tsx1'"),
    { errors: [14263], rc: 1, text: ["Target server 'TSX1' is already a member of group 'Web'."] });
  assert.deepEqual((await rc("dbo.sp_add_targetsvrgrp_member N'Nope', N'tsx1'")).text, ["The specified @group_name ('Nope') does not exist."]);
  assert.deepEqual((await rc("dbo.sp_add_targetsvrgrp_member N'Web', N'ghost'")).text, ["The specified @server_name ('GHOST') does not exist."]);
  const members = await ok(node.sa, "EXEC dbo.sp_help_targetservergroup N'Web'");
  assert.deepEqual(members.resultSets[0]!.columns.map((c) => c.name), ['server_id', 'server_name']);
  assert.deepEqual(members.resultSets[0]!.rows.map((r) => r[1]), ['TSX1', 'TSX2']);
  assert.deepEqual(await rc("dbo.sp_delete_targetsvrgrp_member N'Web', N'tsx2'"), { errors: [], rc: 0, text: [] });
  assert.deepEqual(await rc("dbo.sp_delete_targetsvrgrp_member N'Web', N'tsx2'"),
    { errors: [14264], rc: 1, text: ["Target server 'TSX2' is not a member of group 'Web'."] });
  assert.deepEqual((await rc("dbo.sp_help_targetservergroup N'Nope'")).errors, [14262]);
});

test('sp_update_targetservergroup: rename with the same checks', async () => {
  assert.deepEqual((await rc("dbo.sp_update_targetservergroup N'Nope', N'X'")).text, ["The specified @name ('Nope') does not exist."]);
  assert.deepEqual((await rc("dbo.sp_update_targetservergroup N'Web', N'Db'")).text, ["The specified @new_name ('Db') already exists."]);
  assert.deepEqual((await rc("dbo.sp_update_targetservergroup N'Web', N'W,eb'")).text, ["@new_name cannot contain ',' characters."]);
  assert.deepEqual(await rc("dbo.sp_update_targetservergroup N'Web', N'Frontend'"), { errors: [], rc: 0, text: [] });
  const members = await ok(node.sa, "EXEC dbo.sp_help_targetservergroup N'Frontend'");
  assert.deepEqual(members.resultSets[0]!.rows.map((r) => r[1]), ['TSX1']);
});

test('sp_delete_targetservergroup: the group and its memberships go, the servers stay', async () => {
  assert.deepEqual(await rc("dbo.sp_delete_targetservergroup N'Frontend'"), { errors: [], rc: 0, text: [] });
  assert.deepEqual((await rc("dbo.sp_delete_targetservergroup N'Frontend'")).errors, [14262]);
  const left = await ok(node.sa, 'SELECT (SELECT COUNT(*) FROM dbo.systargetservergroupmembers), (SELECT COUNT(*) FROM dbo.systargetservers)');
  assert.deepEqual(left.resultSets[0]?.rows, [[0, 2]]);
});

test('groups: sysadmin only (15003 from the bodies that check, 229 from the others)', async () => {
  const plain = await node.sessionOf('plain');
  const cases: [string, number][] = [
    ["sp_add_targetservergroup N'G'", 15003], ["sp_update_targetservergroup N'Db', N'G'", 15003],
    ["sp_delete_targetservergroup N'Db'", 15003], ["sp_add_targetsvrgrp_member N'Db', N'tsx1'", 229],
    ["sp_delete_targetsvrgrp_member N'Db', N'tsx1'", 229], ['sp_help_targetservergroup', 229],
  ];
  for (const [sql, number] of cases) {
    const sink = await run(plain, `EXEC msdb.dbo.${sql}`);
    assert.deepEqual(errorNumbers(sink), [number], sql);
  }
  const sink = await run(plain, "EXEC msdb.dbo.sp_add_targetservergroup N'G'");
  assert.equal(sink.errors[0]?.message, 'Only members of the sysadmin role can execute this stored procedure.');
});
