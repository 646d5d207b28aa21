import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTempTable } from '../../../../src/engine/sql/local-tables';
import { errorsOf, ok, openNode, stateOf, storage } from './harness';

test('#temp tables are per session, visible to called procedures, dropped with the procedure that made them', async () => {
  const node = await openNode();
  try {
    const a = await node.session();
    const b = await node.session();
    await ok(a, 'CREATE TABLE #work (id int IDENTITY PRIMARY KEY, name varchar(10) DEFAULT \'x\')');
    await ok(b, 'CREATE TABLE #work (other int)');
    const t = findTempTable(stateOf(a), '#WORK');
    assert.equal(t?.sqliteName, '"temp"."dbo.#work"');
    assert.deepEqual(t?.columns.map((c) => [c.name, c.nullable, c.defaultDefinition]), [['id', false, null], ['name', true, "('x')"]]);
    assert.deepEqual([t?.nextIdentity(), t?.nextIdentity()], [1n, 2n]);
    assert.deepEqual(t?.uniques.map((u) => u.kind), ['PK']);
    assert.deepEqual(await errorsOf(a, 'CREATE TABLE #work (x int)'), [2714]);
    // a procedure sees its caller's #temp table; its own #temp tables end with it
    await ok(a, 'CREATE PROCEDURE use_work AS BEGIN TRUNCATE TABLE #work; CREATE TABLE #mine (x int) END');
    await ok(a, 'EXEC use_work');
    assert.deepEqual(await errorsOf(a, 'DROP TABLE #mine'), [3701]);
    assert.equal(findTempTable(stateOf(a), '#work')?.nextIdentity(), 1n, 'TRUNCATE restarts the identity');
    await ok(a, 'DROP TABLE #work');
    assert.equal(findTempTable(stateOf(a), '#work'), undefined);
    assert.ok(findTempTable(stateOf(b), '#work'), 'the other session keeps its own #work');
    assert.deepEqual(await errorsOf(a, 'DROP TABLE #work'), [3701]);
    await ok(a, 'DROP TABLE IF EXISTS #work');
    // created inside a rolled-back transaction: gone, and forgotten
    await ok(a, 'BEGIN TRAN; CREATE TABLE #gone (x int); ROLLBACK');
    assert.equal(findTempTable(stateOf(a), '#gone'), undefined);
    await ok(a, 'CREATE TABLE #gone (x int)');
    // dropped inside a rolled-back transaction: back again
    await ok(a, 'BEGIN TRAN; DROP TABLE #gone; ROLLBACK');
    assert.ok(findTempTable(stateOf(a), '#gone'));
    await ok(a, 'BEGIN TRAN; DROP TABLE #gone; COMMIT; CREATE TABLE #gone (y int); BEGIN TRAN; ROLLBACK');
    assert.deepEqual(findTempTable(stateOf(a), '#gone')?.columns.map((c) => c.name), ['y']);
  } finally {
    await node.dispose();
  }
});

test('##global temp tables live in tempdb, visible to every session', async () => {
  const node = await openNode();
  try {
    const a = await node.session();
    const b = await node.session();
    await ok(a, 'CREATE TABLE ##shared (id int PRIMARY KEY)');
    await ok(b, 'TRUNCATE TABLE ##shared');
    assert.deepEqual(await errorsOf(b, 'CREATE TABLE ##shared (x int)'), [2714]);
    await ok(b, 'DROP TABLE ##shared');
    assert.deepEqual(await errorsOf(a, 'TRUNCATE TABLE ##shared'), [4902]);
    // the creating session's disconnect drops it
    await ok(a, 'CREATE TABLE ##again (id int)');
    await ok(b, 'TRUNCATE TABLE ##again');
    await a.close();
    assert.deepEqual(await errorsOf(b, 'TRUNCATE TABLE ##again'), [4902]);
  } finally {
    await node.dispose();
  }
});

test('table variables keep their rows across ROLLBACK (whole or to a savepoint), unlike #temp tables', async () => {
  const node = await openNode();
  try {
    const a = await node.session();
    const st = storage(a);
    const nameOf = (prefix: string): string => st.all<{ name: string }>(`SELECT name FROM "temp".sqlite_master WHERE type = 'table' AND name LIKE ?`, [`${prefix}#%`])
      .map((r) => r.name).at(-1) ?? '';
    await ok(a, 'CREATE TABLE #t (a int)');
    await ok(a, 'BEGIN TRAN; DECLARE @v TABLE (a int PRIMARY KEY, b varchar(5))');
    const v = `"temp".${JSON.stringify(nameOf('@v'))}`;
    st.run(`INSERT INTO ${v} VALUES (1, 'one'), (2, 'two')`);
    st.run('INSERT INTO "temp"."dbo.#t" VALUES (1)');
    await ok(a, 'ROLLBACK');
    assert.deepEqual(st.all(`SELECT a, b FROM ${v} ORDER BY a`), [{ a: 1, b: 'one' }, { a: 2, b: 'two' }]);
    assert.deepEqual(st.all('SELECT a FROM "temp"."dbo.#t"'), []);
    await ok(a, 'BEGIN TRAN; SAVE TRAN s1; DECLARE @w TABLE (a int)');
    const w = `"temp".${JSON.stringify(nameOf('@w'))}`;
    st.run(`INSERT INTO ${w} VALUES (7)`);
    await ok(a, 'ROLLBACK TRAN s1; COMMIT');
    assert.deepEqual(st.all(`SELECT a FROM ${w}`), [{ a: 7 }]);
    // the next request's table variables replace the dead ones of earlier requests
    await ok(a, 'DECLARE @x TABLE (a int)');
    const left = st.all<{ name: string }>(`SELECT name FROM "temp".sqlite_master WHERE name LIKE '@%' AND type = 'table'`);
    assert.deepEqual(left.map((r) => r.name.split('#')[0]), ['@x']);
    assert.deepEqual(await errorsOf(a, 'DECLARE @y TABLE (a int); DECLARE @y TABLE (b int)'), [134]);
  } finally {
    await node.dispose();
  }
});
