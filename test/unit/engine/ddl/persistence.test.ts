import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorsOf, ok, openNode, SA_PASSWORD } from './harness';
import { runUntilKilled } from '../../../helpers/kill9-run';

test('schema objects survive a restart: tables, constraints, procedures, functions, views', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'msxd-ddl-'));
  let node = await openNode(dir);
  const s = await node.session();
  await ok(s, 'CREATE DATABASE shop');
  await ok(s, 'USE shop; CREATE TABLE dbo.items (id int IDENTITY(5, 5) PRIMARY KEY, name nvarchar(50) NOT NULL DEFAULT N\'?\')');
  await ok(s, `-- keeps its comment
CREATE PROCEDURE dbo.count_to @n int, @out int OUTPUT AS SET @out = @n`);
  await ok(s, 'USE shop; EXEC(\'CREATE FUNCTION dbo.twice (@x int) RETURNS int AS BEGIN RETURN @x * 2 END\')');
  await ok(s, 'USE shop; EXEC(\'CREATE VIEW dbo.v_items AS SELECT id, name FROM dbo.items\')');
  await node.close();

  node = await openNode(dir);
  try {
    const t = await node.session('shop');
    const r = await ok(t, 'DECLARE @o int; EXEC count_to 7, @o OUTPUT; SELECT @o, dbo.twice(21)');
    assert.deepEqual(r.resultSets[0]!.rows, [[7, 42]]);
    const raw = node.raw('shop');
    const def = raw.get<{ definition: string }>(`SELECT definition FROM "shop".__msxd_objects WHERE name = 'count_to'`)?.definition ?? '';
    assert.ok(def.startsWith('-- keeps its comment\nCREATE PROCEDURE'), def);
    assert.equal(raw.get<{ definition: string }>(`SELECT definition FROM "shop".__msxd_objects WHERE name = 'v_items'`)?.definition,
      'CREATE VIEW dbo.v_items AS SELECT id, name FROM dbo.items');
    assert.deepEqual(await errorsOf(t, 'CREATE TABLE items (x int)'), [2714]);
    await ok(t, 'DROP VIEW v_items; DROP TABLE items; DROP FUNCTION twice; DROP PROCEDURE count_to');
  } finally {
    await node.dispose();
  }
});

test('kill -9 loses no committed DDL', { timeout: 30_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'msxd-ddl-'));
  (await openNode(dir)).close();
  const { printed, signal, stderr } = await runUntilKilled(join(__dirname, 'ddl-kill9-child'), [dir, SA_PASSWORD], 40, 8000);
  assert.equal(signal, 'SIGKILL', `child ended by itself: ${stderr}`);
  assert.ok(printed.length >= 5, `child created only ${printed.length} objects: ${stderr}`);
  const node = await openNode(dir);
  try {
    const s = await node.session();
    for (const n of printed) {
      const r = await ok(s, `DECLARE @rc int; EXEC @rc = dbo.kp${n}; SELECT @rc`);
      assert.deepEqual(r.resultSets[0]!.rows, [[n]]);
    }
    const raw = node.raw();
    for (const n of printed) raw.run(`INSERT INTO "master"."dbo.k${n}" (id, v) VALUES (1, 'y')`);
  } finally {
    await node.dispose();
  }
});
