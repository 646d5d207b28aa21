import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorsOf, ok, openNode, run } from './harness';

test('CREATE TABLE writes the SQLite table and catalogue rows; constraints and defaults are named objects', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, `CREATE TABLE dbo.orders (
      id int IDENTITY(10, 5) CONSTRAINT PK_orders PRIMARY KEY,
      code varchar(20) NOT NULL UNIQUE,
      qty int CONSTRAINT DF_qty DEFAULT 0 CHECK (qty >= 0),
      note nvarchar(max),
      placed datetime DEFAULT getdate(),
      total AS qty * 2)`);
    const raw = node.raw();
    const objs = raw.all<{ name: string; type: string; definition: string | null }>(
      `SELECT name, type, definition FROM "master".__msxd_objects WHERE object_id >= 1000000 ORDER BY object_id`);
    assert.deepEqual(objs.map((o) => o.type), ['U', 'D', 'D', 'PK', 'UQ', 'C']);
    assert.equal(objs[0]!.name, 'orders');
    assert.equal(objs.find((o) => o.name === 'DF_qty')?.definition, '((0))');
    assert.equal(objs.find((o) => o.type === 'C')?.definition, '([qty]>=(0))');
    assert.match(objs.find((o) => o.type === 'UQ')!.name, /^UQ__orders__[0-9A-F]{16}$/);
    const cols = raw.all<{ name: string; is_nullable: number; is_identity: number; identity_seed: string | null; default_definition: string | null; computed_definition: string | null }>(
      `SELECT c.name, c.is_nullable, c.is_identity, c.identity_seed, c.default_definition, c.computed_definition
         FROM "master".__msxd_columns c JOIN "master".__msxd_objects o ON o.object_id = c.object_id WHERE o.name = 'orders' ORDER BY column_id`);
    assert.deepEqual(cols.map((c) => [c.name, c.is_nullable]), [['id', 0], ['code', 0], ['qty', 1], ['note', 1], ['placed', 1], ['total', 1]]);
    assert.equal(cols[0]!.identity_seed, '10');
    assert.equal(cols[4]!.default_definition, '(getdate())');
    assert.equal(cols[5]!.computed_definition, '([qty]*(2))');
    // The SQLite side: NOT NULL and a CI_AS unique key on the string column.
    raw.run(`INSERT INTO "master"."dbo.orders" (id, code) VALUES (1, 'abc')`);
    assert.throws(() => raw.run(`INSERT INTO "master"."dbo.orders" (id, code) VALUES (2, 'ABC  ')`), /UNIQUE/);
    assert.throws(() => raw.run(`INSERT INTO "master"."dbo.orders" (id, code) VALUES (3, NULL)`), /NOT NULL/);
  } finally {
    await node.dispose();
  }
});

test('CREATE TABLE errors: 2714, 2705, 8110, 8111, 2744, 2749, constraint failures followed by 1750', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, 'CREATE TABLE t (a int PRIMARY KEY)');
    assert.deepEqual(await errorsOf(s, 'CREATE TABLE t (b int)'), [2714]);
    assert.deepEqual(await errorsOf(s, 'CREATE TABLE u (a int, A int)'), [2705]);
    assert.deepEqual(await errorsOf(s, 'CREATE TABLE u (a int PRIMARY KEY, b int PRIMARY KEY)'), [8110, 1750]);
    assert.deepEqual(await errorsOf(s, 'CREATE TABLE u (a int NULL PRIMARY KEY)'), [8111, 1750]);
    assert.deepEqual(await errorsOf(s, 'CREATE TABLE u (a int IDENTITY, b int IDENTITY)'), [2744]);
    assert.deepEqual(await errorsOf(s, 'CREATE TABLE u (a varchar(10) IDENTITY)'), [2749]);
    assert.deepEqual(await errorsOf(s, 'CREATE TABLE u (a int CONSTRAINT PK__dup PRIMARY KEY, b int CONSTRAINT PK__dup UNIQUE)'), [2714, 1750]);
    assert.deepEqual(await errorsOf(s, 'CREATE TABLE u (a int REFERENCES nope(id))'), [1767, 1750]);
    assert.deepEqual(await errorsOf(s, 'CREATE TABLE u (a int, b int, FOREIGN KEY (b) REFERENCES t(a), CONSTRAINT c2 FOREIGN KEY (a) REFERENCES t(zz))'), [1770, 1750]);
    await ok(s, 'CREATE TABLE nopk (x int)');
    assert.deepEqual(await errorsOf(s, 'CREATE TABLE u (a int REFERENCES nopk(x))'), [1776, 1750]);
    // nothing of the failed statements is left behind
    assert.deepEqual(await errorsOf(s, 'CREATE TABLE u (a int REFERENCES t)'), []);
    // DDL is transactional: a rolled-back CREATE TABLE leaves neither table nor catalogue rows
    await ok(s, 'BEGIN TRAN; CREATE TABLE tx (a int PRIMARY KEY); ROLLBACK');
    await ok(s, 'CREATE TABLE tx (b int)');
    const sink = await run(s, 'BEGIN TRY CREATE TABLE v (a int REFERENCES nope(id)) END TRY BEGIN CATCH SELECT ERROR_NUMBER() END CATCH');
    assert.deepEqual(sink.resultSets[0]!.rows, [[1750]]);
  } finally {
    await node.dispose();
  }
});

test('nullability follows ANSI_NULL_DFLT_ON / OFF', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, 'SET ANSI_NULL_DFLT_ON OFF; SET ANSI_NULL_DFLT_OFF ON; CREATE TABLE n1 (a int); SET ANSI_NULL_DFLT_ON ON; CREATE TABLE n2 (a int)');
    const rows = node.raw().all<{ name: string; is_nullable: number }>(
      `SELECT o.name, c.is_nullable FROM "master".__msxd_columns c JOIN "master".__msxd_objects o ON o.object_id = c.object_id WHERE o.name IN ('n1', 'n2') ORDER BY o.name`);
    assert.deepEqual(rows.map((r) => [r.name, r.is_nullable]), [['n1', 0], ['n2', 1]]);
  } finally {
    await node.dispose();
  }
});
