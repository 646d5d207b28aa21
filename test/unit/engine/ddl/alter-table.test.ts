import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorsOf, ok, openNode } from './harness';

test('ALTER TABLE ADD/DROP/ALTER COLUMN rebuild the table and convert the values', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    const raw = node.raw();
    await ok(s, 'CREATE TABLE t (id int PRIMARY KEY, n int, s varchar(10))');
    raw.run(`INSERT INTO "master"."dbo.t" VALUES (1, 10, 'a'), (2, NULL, 'b')`);
    await ok(s, 'ALTER TABLE t ADD flag bit NOT NULL CONSTRAINT DF_flag DEFAULT 1, seq int IDENTITY(100, 10), note nvarchar(20) NULL');
    assert.deepEqual(raw.all(`SELECT id, n, s, flag, seq, note FROM "master"."dbo.t" ORDER BY id`),
      [{ id: 1, n: 10, s: 'a', flag: 1, seq: 100, note: null }, { id: 2, n: null, s: 'b', flag: 1, seq: 110, note: null }]);
    assert.deepEqual(await errorsOf(s, 'ALTER TABLE t ADD must int NOT NULL'), [4901]);
    assert.deepEqual(await errorsOf(s, 'ALTER TABLE t ADD n int'), [2705]);
    await ok(s, 'ALTER TABLE t ALTER COLUMN n varchar(5)');
    assert.deepEqual(raw.all(`SELECT n FROM "master"."dbo.t" ORDER BY id`), [{ n: '10' }, { n: null }]);
    assert.deepEqual(await errorsOf(s, 'ALTER TABLE t ALTER COLUMN n int NOT NULL'), [515]);
    assert.deepEqual(await errorsOf(s, 'ALTER TABLE t ALTER COLUMN nope int'), [4924]);
    // the PRIMARY KEY still holds after the rebuilds
    assert.throws(() => raw.run(`INSERT INTO "master"."dbo.t" (id, flag, seq) VALUES (1, 0, 0)`), /UNIQUE/);
    assert.deepEqual(await errorsOf(s, 'ALTER TABLE t DROP COLUMN flag'), [5074, 4922]);
    await ok(s, 'ALTER TABLE t DROP CONSTRAINT DF_flag; ALTER TABLE t DROP COLUMN flag, note');
    assert.deepEqual(Object.keys(raw.get(`SELECT * FROM "master"."dbo.t"`) ?? {}), ['id', 'n', 's', 'seq']);
    assert.deepEqual(await errorsOf(s, 'ALTER TABLE t DROP COLUMN gone'), [4924]);
    await ok(s, 'ALTER TABLE t DROP COLUMN IF EXISTS gone');
    assert.deepEqual(await errorsOf(s, 'ALTER TABLE nope ADD x int'), [4902]);
  } finally {
    await node.dispose();
  }
});

test('ALTER TABLE ADD/DROP CONSTRAINT: PK, UNIQUE, CHECK and FOREIGN KEY validate existing rows', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    const raw = node.raw();
    await ok(s, 'CREATE TABLE p (id int NOT NULL, code varchar(5) NOT NULL); CREATE TABLE c (pid int, qty int)');
    raw.run(`INSERT INTO "master"."dbo.p" VALUES (1, 'a'), (2, 'A')`);
    raw.run(`INSERT INTO "master"."dbo.c" VALUES (1, 5), (3, -1)`);
    await ok(s, 'ALTER TABLE p ADD CONSTRAINT PK_p PRIMARY KEY (id)');
    assert.deepEqual(await errorsOf(s, 'ALTER TABLE p ADD CONSTRAINT PK_p2 PRIMARY KEY (code)'), [1779, 1750]);
    assert.deepEqual(await errorsOf(s, 'ALTER TABLE p ADD CONSTRAINT UQ_code UNIQUE (code)'), [1505, 1750]);
    assert.deepEqual(await errorsOf(s, 'ALTER TABLE c ADD CONSTRAINT CK_qty CHECK (qty > 0)'), [547]);
    await ok(s, 'ALTER TABLE c WITH NOCHECK ADD CONSTRAINT CK_qty CHECK (qty > 0)');
    assert.deepEqual(await errorsOf(s, 'ALTER TABLE c ADD CONSTRAINT FK_c_p FOREIGN KEY (pid) REFERENCES p (id)'), [547]);
    raw.run(`DELETE FROM "master"."dbo.c" WHERE pid = 3`);
    await ok(s, 'ALTER TABLE c ADD CONSTRAINT FK_c_p FOREIGN KEY (pid) REFERENCES p (id) ON DELETE CASCADE');
    const fk = raw.get<{ definition: string }>(`SELECT definition FROM "master".__msxd_objects WHERE name = 'FK_c_p'`);
    assert.deepEqual(JSON.parse(fk!.definition), { columns: ['pid'], refSchema: 'dbo', refTable: 'p', refColumns: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' });
    assert.deepEqual(await errorsOf(s, 'ALTER TABLE p DROP CONSTRAINT PK_p'), [3725, 3727]);
    assert.deepEqual(await errorsOf(s, 'DROP TABLE p'), [3726]);
    assert.deepEqual(await errorsOf(s, 'TRUNCATE TABLE p'), [4712]);
    assert.deepEqual(await errorsOf(s, 'ALTER TABLE c DROP CONSTRAINT nope'), [3728, 3727]);
    await ok(s, 'ALTER TABLE c DROP CONSTRAINT FK_c_p, CK_qty; DROP TABLE p');
    await ok(s, 'ALTER TABLE c ADD CONSTRAINT DF_qty DEFAULT 0 FOR qty');
    assert.deepEqual(await errorsOf(s, 'ALTER TABLE c ADD DEFAULT 1 FOR qty'), [1781, 1750]);
    assert.equal(raw.get<{ d: string }>(`SELECT default_definition AS d FROM "master".__msxd_columns WHERE name = 'qty'`)?.d, '((0))');
  } finally {
    await node.dispose();
  }
});

test('CREATE INDEX / DROP INDEX: unique under CI_AS, 1913, 1505, 3701, 3723', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    const raw = node.raw();
    await ok(s, 'CREATE TABLE t (id int CONSTRAINT PK_t PRIMARY KEY, name varchar(10), city varchar(10))');
    raw.run(`INSERT INTO "master"."dbo.t" VALUES (1, 'x', 'Rome'), (2, 'y', 'ROME')`);
    await ok(s, 'CREATE INDEX ix_city ON t (city DESC) INCLUDE (name) WITH (FILLFACTOR = 80)');
    assert.deepEqual(await errorsOf(s, 'CREATE INDEX ix_city ON t (name)'), [1913]);
    assert.deepEqual(await errorsOf(s, 'CREATE UNIQUE INDEX ux_city ON dbo.t (city)'), [1505]);
    await ok(s, 'CREATE UNIQUE NONCLUSTERED INDEX ux_name ON dbo.t (name)');
    assert.throws(() => raw.run(`INSERT INTO "master"."dbo.t" VALUES (3, 'X ', 'Oslo')`), /UNIQUE/);
    assert.deepEqual(await errorsOf(s, 'CREATE INDEX ix ON nope (a)'), [1088]);
    assert.deepEqual(await errorsOf(s, 'CREATE INDEX ix2 ON t (nope)'), [1911]);
    assert.deepEqual(await errorsOf(s, 'DROP INDEX PK_t ON t'), [3723]);
    await ok(s, 'DROP INDEX ix_city ON t; DROP INDEX t.ux_name');
    assert.deepEqual(await errorsOf(s, 'DROP INDEX ix_city ON t'), [3701]);
    await ok(s, 'DROP INDEX IF EXISTS ix_city ON t');
    raw.run(`INSERT INTO "master"."dbo.t" VALUES (3, 'X ', 'Oslo')`);
    await ok(s, 'CREATE TABLE #tmp (a int); CREATE UNIQUE INDEX ux ON #tmp (a); DROP INDEX ux ON #tmp');
  } finally {
    await node.dispose();
  }
});
