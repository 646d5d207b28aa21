// ALTER TABLE rebuilds a #temp table under a new SQLite name, CREATE / DROP INDEX make a new
// version over the same SQLite table; inside a transaction the registry (ddl/temp-tables.ts) keeps
// the version replaced, so that ROLLBACK (whole or to a savepoint) registers again whichever
// version SQLite went back to, and COMMIT forgets them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EngineSession } from '../../../../src/engine/api';
import { tempTableEntry } from '../../../../src/engine/ddl/temp-tables';
import { findTempTable } from '../../../../src/engine/sql/local-tables';
import { errorsOf, ok, openNode, run, stateOf, storage } from './harness';

const columnsOf = (s: EngineSession, name: string): string[] | undefined => findTempTable(stateOf(s), name)?.columns.map((c) => c.name);

async function inFreshNode(body: (a: EngineSession) => Promise<void>): Promise<void> {
  const node = await openNode();
  try {
    await body(await node.session());
  } finally {
    await node.dispose();
  }
}

/** the SQLite tables of the temp schema that belong to #name (every version still there) */
function sqliteTablesOf(s: EngineSession, name: string): string[] {
  return storage(s).all<{ name: string }>(`SELECT name FROM "temp".sqlite_master WHERE type = 'table' AND name LIKE ?`, [`dbo.${name}%`])
    .map((r) => r.name);
}

test('ROLLBACK of an ALTER registers the old version again, with its SQLite table and rows; COMMIT keeps the new one', () => inFreshNode(async (a) => {
  await ok(a, 'CREATE TABLE #r (id int IDENTITY, v int); INSERT #r (v) VALUES (10), (20)');
  const before = findTempTable(stateOf(a), '#r');
  await ok(a, 'BEGIN TRAN; ALTER TABLE #r ADD w int');
  assert.deepEqual(columnsOf(a, '#r'), ['id', 'v', 'w']);
  await ok(a, 'ROLLBACK');
  assert.equal(findTempTable(stateOf(a), '#r'), before, 'the very entry registered before the ALTER');
  assert.deepEqual(sqliteTablesOf(a, '#r'), ['dbo.#r']);
  assert.deepEqual((await run(a, 'SELECT * FROM #r ORDER BY id')).resultSets[0]?.rows, [[1, 10], [2, 20]]);

  await ok(a, 'BEGIN TRAN; ALTER TABLE #r ALTER COLUMN v bigint; INSERT #r (v) VALUES (30); ROLLBACK');
  await ok(a, 'INSERT #r (v) VALUES (40)');
  assert.deepEqual((await run(a, 'SELECT id, v FROM #r WHERE v = 40')).resultSets[0]?.rows, [[4, 40]],
    'identity values are not transactional: the one the rolled-back version handed out is not reused');

  await ok(a, 'BEGIN TRAN; ALTER TABLE #r DROP COLUMN v; COMMIT');
  await ok(a, 'BEGIN TRAN; INSERT #r DEFAULT VALUES; ROLLBACK');
  assert.deepEqual(columnsOf(a, '#r'), ['id']);
  assert.equal(sqliteTablesOf(a, '#r').length, 1);
}));

test('ROLLBACK TO a savepoint undoes only the later ALTERs and DROPs; the outer ROLLBACK undoes the earlier ones', () => inFreshNode(async (a) => {
  await ok(a, 'CREATE TABLE #s (a int); INSERT #s VALUES (1); CREATE TABLE #d (x int)');
  await ok(a, 'BEGIN TRAN; ALTER TABLE #s ADD b int; DROP TABLE #d; SAVE TRAN s1; ALTER TABLE #s DROP COLUMN a');
  assert.deepEqual(columnsOf(a, '#s'), ['b']);
  await ok(a, 'ROLLBACK TRAN s1');
  assert.deepEqual(columnsOf(a, '#s'), ['a', 'b']);
  assert.equal(findTempTable(stateOf(a), '#d'), undefined, 'dropped before the savepoint: still dropped');
  await ok(a, 'ROLLBACK');
  assert.deepEqual(columnsOf(a, '#s'), ['a']);
  assert.deepEqual(columnsOf(a, '#d'), ['x'], 'the outer ROLLBACK brings back what was dropped before the savepoint');
  assert.deepEqual((await run(a, 'SELECT * FROM #s')).resultSets[0]?.rows, [[1]]);
}));

test('a failed ALTER inside a transaction leaves the table registered as it was', () => inFreshNode(async (a) => {
  await ok(a, 'CREATE TABLE #f (a int NULL); INSERT #f VALUES (NULL)');
  await ok(a, 'BEGIN TRAN');
  assert.deepEqual(await errorsOf(a, 'ALTER TABLE #f ALTER COLUMN a int NOT NULL'), [515]);
  assert.deepEqual(sqliteTablesOf(a, '#f'), ['dbo.#f']);
  await ok(a, 'ALTER TABLE #f ADD b int; ROLLBACK');
  assert.deepEqual(columnsOf(a, '#f'), ['a']);
  assert.deepEqual((await run(a, 'SELECT * FROM #f')).resultSets[0]?.rows, [[null]]);
}));

const indexesOf = (s: EngineSession, name: string): string[] | undefined => tempTableEntry(stateOf(s), name)?.plan.indexes.map((i) => i.name);

test('CREATE / DROP INDEX make a new version of the entry: ALTER rebuilds with the indexes, ROLLBACK brings back the old one', () => inFreshNode(async (a) => {
  await ok(a, 'CREATE TABLE #i (id int IDENTITY, v int); CREATE INDEX ix_v ON #i (v); CREATE UNIQUE INDEX ux ON #i (id)');
  await ok(a, 'ALTER TABLE #i ADD w int');
  assert.deepEqual(indexesOf(a, '#i'), ['ix_v', 'ux'], 'a non-unique index is part of the plan an ALTER rebuilds from');
  const plain = findTempTable(stateOf(a), '#i');
  await ok(a, 'INSERT #i (v) VALUES (1); BEGIN TRAN; CREATE UNIQUE INDEX ux_v ON #i (v); INSERT #i (v) VALUES (2)');
  assert.deepEqual(findTempTable(stateOf(a), '#i')?.uniques.map((u) => u.name), ['ux', 'ux_v']);
  assert.equal(plain?.uniques.length, 1, 'the replaced version is left as it was');
  await ok(a, 'ROLLBACK');
  assert.equal(findTempTable(stateOf(a), '#i'), plain);
  await ok(a, 'INSERT #i (v) VALUES (3)');
  assert.deepEqual((await run(a, 'SELECT id FROM #i WHERE v = 3')).resultSets[0]?.rows, [[3]], 'identity goes on from the undone version');

  await ok(a, 'BEGIN TRAN; DROP INDEX ix_v ON #i; SAVE TRAN s1; DROP INDEX ux ON #i');
  assert.deepEqual(indexesOf(a, '#i'), []);
  await ok(a, 'ROLLBACK TRAN s1');
  assert.deepEqual(indexesOf(a, '#i'), ['ux']);
  await ok(a, 'ROLLBACK');
  assert.equal(findTempTable(stateOf(a), '#i'), plain);
  await ok(a, 'BEGIN TRAN; DROP INDEX ix_v ON #i; COMMIT; BEGIN TRAN; ROLLBACK');
  assert.deepEqual(indexesOf(a, '#i'), ['ux']);
}));
