// The per-connection cache of user tables' catalogue entries (src/engine/sql/catalog-cache.ts):
// a new statement text must see every committed change, this session's own DDL at once and
// another session's DDL once it commits (not before: its transaction is invisible until then).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exec, ok, sqlNode } from './sql-helpers';

const names = (sink: Awaited<ReturnType<typeof ok>>): string[] => sink.resultSets[0]?.columns.map((c) => c.name) ?? [];

test('own DDL is seen by the next new statement text', async () => {
  const node = await sqlNode();
  try {
    const s = await node.session();
    await ok(s, 'CREATE TABLE dbo.cc1 (a int)');
    assert.deepEqual(names(await ok(s, 'SELECT * FROM dbo.cc1 WHERE 1 = 1')), ['a']);
    await ok(s, 'ALTER TABLE dbo.cc1 ADD b int NULL');
    assert.deepEqual(names(await ok(s, 'SELECT * FROM dbo.cc1 WHERE 2 = 2')), ['a', 'b']);
    await ok(s, 'BEGIN TRAN; ALTER TABLE dbo.cc1 ADD c int NULL');
    assert.deepEqual(names(await ok(s, 'SELECT * FROM dbo.cc1 WHERE 3 = 3')), ['a', 'b', 'c']);
    await ok(s, 'ROLLBACK');
    assert.deepEqual(names(await ok(s, 'SELECT * FROM dbo.cc1 WHERE 4 = 4')), ['a', 'b']);
    await ok(s, 'DROP TABLE dbo.cc1');
    assert.deepEqual((await exec(s, 'SELECT * FROM dbo.cc1 WHERE 5 = 5')).errors.map((e) => e.number), [208]);
  } finally {
    await node.dispose();
  }
});

test("another session's DDL is seen once it commits", async () => {
  const node = await sqlNode();
  try {
    const a = await node.session();
    const b = await node.session();
    await ok(a, 'CREATE TABLE dbo.cc2 (a int); INSERT dbo.cc2 VALUES (1)');
    assert.deepEqual(names(await ok(b, 'SELECT * FROM dbo.cc2 WHERE 1 = 1')), ['a']);
    await ok(a, 'BEGIN TRAN; ALTER TABLE dbo.cc2 ADD b int NULL');
    assert.deepEqual(names(await ok(b, 'SELECT * FROM dbo.cc2 WHERE 2 = 2')), ['a'], 'uncommitted: the old columns');
    await ok(a, 'COMMIT');
    assert.deepEqual(names(await ok(b, 'SELECT * FROM dbo.cc2 WHERE 3 = 3')), ['a', 'b'], 'committed: the new columns');
    await ok(a, 'BEGIN TRAN; DROP TABLE dbo.cc2');
    assert.deepEqual(names(await ok(b, 'SELECT * FROM dbo.cc2 WHERE 4 = 4')), ['a', 'b']);
    await ok(a, 'COMMIT');
    assert.deepEqual((await exec(b, 'SELECT * FROM dbo.cc2 WHERE 5 = 5')).errors.map((e) => e.number), [208]);
  } finally {
    await node.dispose();
  }
});

test("a repeated text is translated again after another session's DDL commits", async () => {
  const node = await sqlNode();
  try {
    const a = await node.session();
    const b = await node.session();
    await ok(a, 'CREATE TABLE dbo.cc3 (a int); INSERT dbo.cc3 VALUES (1)');
    assert.deepEqual(names(await ok(b, 'SELECT * FROM dbo.cc3')), ['a']);
    await ok(a, 'BEGIN TRAN; ALTER TABLE dbo.cc3 ADD b int NULL');
    assert.deepEqual(names(await ok(b, 'SELECT * FROM dbo.cc3')), ['a']);
    await ok(a, 'COMMIT');
    assert.deepEqual(names(await ok(b, 'SELECT * FROM dbo.cc3')), ['a', 'b']);
  } finally {
    await node.dispose();
  }
});
