import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EngineSession } from '../../../../src/engine/api';
import { columnDefaults } from '../../../../src/engine/ddl/column-defaults';
import { checkViolation, foreignKeyViolation, mapConstraintError } from '../../../../src/engine/ddl/constraint-errors';
import { identityInsertOn } from '../../../../src/engine/ddl/identity-insert';
import type { SessionState } from '../../../../src/engine/session/session-state';
import { findTempTable } from '../../../../src/engine/sql/local-tables';
import { errorsOf, ok, openNode, run } from './harness';

const stateOf = (s: EngineSession): SessionState => (s as unknown as { state: SessionState }).state;

test('DROP: 3701 per missing name, IF EXISTS, 3705 for the wrong kind, the other names still dropped', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, 'CREATE TABLE a (x int); CREATE TABLE b (x int)');
    await ok(s, "EXEC('CREATE VIEW v AS SELECT 1 AS one')");
    const sink = await run(s, 'DROP TABLE a, missing, b');
    assert.deepEqual(sink.errors.map((e) => [e.number, e.message]), [[3701, "Cannot drop the table 'missing', because it does not exist or you do not have permission."]]);
    assert.deepEqual(await errorsOf(s, 'DROP TABLE a'), [3701]);
    assert.deepEqual(await errorsOf(s, 'DROP TABLE IF EXISTS a, b'), []);
    const wrong = await run(s, 'DROP TABLE v');
    assert.deepEqual(wrong.errors.map((e) => e.message), ["Cannot use DROP TABLE with 'v' because 'v' is a view. Use DROP VIEW."]);
    assert.deepEqual(await errorsOf(s, 'DROP VIEW dbo.v'), []);
    assert.deepEqual(await errorsOf(s, 'DROP VIEW v'), [3701]);
    assert.deepEqual(await errorsOf(s, 'DROP SEQUENCE s'), [40510]);
  } finally {
    await node.dispose();
  }
});

test('views: CREATE OR ALTER keeps the object, ALTER of a missing view is 208, column list checked', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, 'CREATE VIEW dbo.v (a, b) AS SELECT 1, 2');
    const raw = node.raw();
    const id = raw.get<{ object_id: number }>(`SELECT object_id FROM "master".__msxd_objects WHERE name = 'v'`)?.object_id;
    await ok(s, 'CREATE OR ALTER VIEW dbo.v (a) AS SELECT 3');
    const row = raw.get<{ object_id: number; definition: string; type: string }>(`SELECT object_id, definition, type FROM "master".__msxd_objects WHERE name = 'v'`);
    assert.deepEqual(row, { object_id: id, definition: 'CREATE OR ALTER VIEW dbo.v (a) AS SELECT 3', type: 'V' });
    assert.deepEqual(await errorsOf(s, 'CREATE VIEW v AS SELECT 1 AS x'), [2714]);
    assert.deepEqual(await errorsOf(s, 'ALTER VIEW nope AS SELECT 1 AS x'), [208]);
    assert.deepEqual(await errorsOf(s, 'CREATE VIEW w (a, a) AS SELECT 1, 2'), [4506]);
    assert.deepEqual(await errorsOf(s, 'CREATE VIEW w (a) AS SELECT 1, 2'), [8158]);
    assert.deepEqual(await errorsOf(s, 'CREATE VIEW w (a, b) AS SELECT 1'), [8159]);
    assert.deepEqual(await errorsOf(s, 'ALTER PROCEDURE v AS RETURN 1'), [2010]);
  } finally {
    await node.dispose();
  }
});

test('TRUNCATE TABLE restarts the identity; SET IDENTITY_INSERT state and errors', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    const raw = node.raw();
    await ok(s, 'CREATE TABLE t (id int IDENTITY(1,1), v int); CREATE TABLE u (id int IDENTITY, v int); CREATE TABLE plain (v int)');
    raw.run(`INSERT INTO "master"."dbo.t" VALUES (1, 1)`);
    raw.run(`UPDATE "master".__msxd_columns SET identity_last = '41' WHERE name = 'id' AND object_id = (SELECT object_id FROM "master".__msxd_objects WHERE name = 't')`);
    await ok(s, 'TRUNCATE TABLE dbo.t');
    assert.equal(raw.get<{ n: number }>(`SELECT count(*) AS n FROM "master"."dbo.t"`)?.n, 0);
    assert.equal(raw.get<{ l: string | null }>(`SELECT identity_last AS l FROM "master".__msxd_columns WHERE name = 'id' AND object_id = (SELECT object_id FROM "master".__msxd_objects WHERE name = 't')`)?.l, null);
    assert.deepEqual(await errorsOf(s, 'TRUNCATE TABLE nope'), [4902]);
    await ok(s, 'SET IDENTITY_INSERT t ON');
    assert.equal(identityInsertOn(stateOf(s), { database: 'master', schema: 'dbo', name: 'T' }), true);
    const other = await run(s, 'SET IDENTITY_INSERT u ON');
    assert.deepEqual(other.errors.map((e) => e.message), ["IDENTITY_INSERT is already ON for table 'master.dbo.t'. Cannot perform SET operation for table 'u'."]);
    assert.deepEqual(await errorsOf(s, 'SET IDENTITY_INSERT plain ON'), [8106]);
    assert.deepEqual(await errorsOf(s, 'SET IDENTITY_INSERT nope ON'), [1088]);
    await ok(s, 'SET IDENTITY_INSERT t OFF; SET IDENTITY_INSERT u ON');
    assert.equal(identityInsertOn(stateOf(s), { database: 'master', schema: 'dbo', name: 't' }), false);
  } finally {
    await node.dispose();
  }
});

test('CREATE / DROP / ALTER DATABASE: 226 inside a transaction, 1801, harmless options, refused options', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, 'CREATE DATABASE app');
    assert.ok(node.store.databaseExists('app'));
    assert.deepEqual(await errorsOf(s, 'CREATE DATABASE APP'), [1801]);
    const inTran = await run(s, 'BEGIN TRAN; CREATE DATABASE other; ROLLBACK');
    assert.deepEqual(inTran.errors.map((e) => e.message), ['CREATE DATABASE statement not allowed within multi-statement transaction.']);
    await ok(s, 'ALTER DATABASE app SET RECOVERY SIMPLE; ALTER DATABASE app SET READ_COMMITTED_SNAPSHOT ON; ALTER DATABASE CURRENT SET PAGE_VERIFY CHECKSUM');
    assert.deepEqual(await errorsOf(s, 'ALTER DATABASE app SET SINGLE_USER'), [40517]);
    assert.deepEqual(await errorsOf(s, 'ALTER DATABASE app MODIFY NAME = app2'), [40517]);
    assert.deepEqual(await errorsOf(s, 'ALTER DATABASE nope SET RECOVERY SIMPLE'), [911]);
    assert.deepEqual(await errorsOf(s, 'BEGIN TRAN; DROP DATABASE app; ROLLBACK'), [226]);
    await ok(s, 'DROP DATABASE app');
    assert.equal(node.store.databaseExists('app'), false);
    assert.deepEqual(await errorsOf(s, 'DROP DATABASE app'), [911]);
    await ok(s, 'DROP DATABASE IF EXISTS app');
  } finally {
    await node.dispose();
  }
});

test('DML seams: columnDefaults, constraint error texts, SQLite error mapping', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, "CREATE TABLE #c (id int CONSTRAINT PK_c PRIMARY KEY, name varchar(10) NOT NULL DEFAULT 'n/a', made datetime DEFAULT getdate())");
    const t = findTempTable(stateOf(s), '#c')!;
    const defaults = columnDefaults(t);
    assert.deepEqual([...defaults.keys()].length, 2);
    assert.equal(defaults.values().next().value?.kind, 'literal');
    const st = stateOf(s).storage!;
    st.run(`INSERT INTO ${t.sqliteName} VALUES (1, 'a', NULL)`);
    let dup: unknown;
    try { st.run(`INSERT INTO ${t.sqliteName} VALUES (1, 'b', NULL)`); } catch (e) { dup = e; }
    assert.equal(mapConstraintError(dup, t, 'INSERT', () => '(1)')?.message,
      "Violation of PRIMARY KEY constraint 'PK_c'. Cannot insert duplicate key in object 'dbo.#c'. The duplicate key value is (1).");
    let nul: unknown;
    try { st.run(`INSERT INTO ${t.sqliteName} VALUES (2, NULL, NULL)`); } catch (e) { nul = e; }
    assert.equal(mapConstraintError(nul, t, 'INSERT')?.message,
      "Cannot insert the value NULL into column 'name', table 'tempdb.dbo.#c'; column does not allow nulls. INSERT fails.");
    assert.equal(checkViolation(t, 'UPDATE', 'CK_x', 'qty').message,
      'The UPDATE statement conflicted with the CHECK constraint "CK_x". The conflict occurred in database "tempdb", table "dbo.#c", column \'qty\'.');
    assert.equal(foreignKeyViolation('DELETE', 'REFERENCE', 'FK_a_b', 'shop', 'dbo.a').message,
      'The DELETE statement conflicted with the REFERENCE constraint "FK_a_b". The conflict occurred in database "shop", table "dbo.a".');
  } finally {
    await node.dispose();
  }
});
