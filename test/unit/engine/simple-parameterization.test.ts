// Simple parameterization of language batches (engine/parameterize): texts of one shape share a
// tree and its translation, and each still gets its own literals' answers, errors and lines.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { EngineSession } from '../../../src/engine/api';
import { LanguageBatches } from '../../../src/engine/parameterize/language-batches';
import { translationCounters } from '../../../src/engine/sql/translation-cache';
import { exec, ok, rows, sqlNode, type SqlNode } from './sql/sql-helpers';

let node: SqlNode;
let s: EngineSession;

before(async () => {
  node = await sqlNode();
  s = await node.session();
  await ok(s, `CREATE TABLE dbo.p (id int NOT NULL PRIMARY KEY, name varchar(20) NOT NULL, amount decimal(9,2) NULL, d datetime NULL)`);
  await ok(s, `INSERT INTO dbo.p VALUES (1, 'one', 1.50, '2025-01-01'), (2, 'two', 2.25, '2025-02-01'), (3, 'three', NULL, NULL), (40, 'forty', 40.00, '2025-03-01')`);
});

after(async () => {
  await node.dispose();
});

test('texts of one shape share one tree; each binds its own values', () => {
  const batches = new LanguageBatches();
  const a = batches.prepare('SELECT name FROM dbo.p WHERE id = 1');
  const b = batches.prepare('SELECT name FROM dbo.p WHERE id = 2');
  assert.ok(a.template, 'the WHERE literal is a parameter');
  assert.equal(b.batch, a.batch);
  assert.deepEqual(b.values?.map((v) => v.value), [2]);
  assert.deepEqual(a.values?.map((v) => v.value), [1]);
  assert.equal(batches.shapeCount, 1);
});

test('a shape is the tokens as written, on their lines, with the literals\' types', () => {
  const batches = new LanguageBatches();
  const base = batches.prepare('SELECT name FROM dbo.p WHERE id = 1');
  assert.notEqual(batches.prepare('SELECT name FROM dbo.p\nWHERE id = 1').batch, base.batch, 'another line: another shape');
  assert.notEqual(batches.prepare("SELECT name FROM dbo.p WHERE id = 'abc'").batch, base.batch, 'a string is another type');
  assert.notEqual(batches.prepare('SELECT name FROM dbo.p WHERE id = 1.5').batch, base.batch);
  assert.notEqual(batches.prepare('SELECT name FROM dbo.p WHERE id = 3000000000').batch, base.batch, 'beyond int: decimal');
  const abc = batches.prepare("SELECT name FROM dbo.p WHERE name = 'abc'");
  assert.equal(batches.prepare("SELECT name FROM dbo.p WHERE name = 'xyz'").batch, abc.batch);
  assert.notEqual(batches.prepare("SELECT name FROM dbo.p WHERE name = 'abcd'").batch, abc.batch, 'varchar(4) is not varchar(3)');
  assert.notEqual(batches.prepare("SELECT name FROM dbo.p WHERE name = N'abc'").batch, abc.batch, 'nvarchar is not varchar');
});

test('literals a plan depends on stay in the tree and must match', () => {
  const batches = new LanguageBatches();
  const top = batches.prepare('SELECT TOP 1 name FROM dbo.p WHERE id > 1 ORDER BY 1');
  assert.equal(top.template?.parameters.length, 1, 'only the WHERE literal');
  assert.equal(batches.prepare('SELECT TOP 1 name FROM dbo.p WHERE id > 2 ORDER BY 1').batch, top.batch);
  const other = batches.prepare('SELECT TOP 2 name FROM dbo.p WHERE id > 2 ORDER BY 1');
  assert.notEqual(other.batch, top.batch, 'another TOP is parsed as written');
  assert.equal(other.template, undefined);
  assert.equal(batches.prepare('SELECT 1 + 1').template, undefined, 'no column comparison');
  assert.equal(batches.prepare("EXEC sp_who 'sa'").template, undefined, 'not a SELECT/INSERT/UPDATE/DELETE');
  assert.equal(batches.prepare('SELECT name FROM dbo.p WHERE id = 1; SELECT 2').template, undefined, 'two statements');
  assert.equal(batches.prepare('SELECT name FROM dbo.p WHERE id + 1 = 2').template, undefined, 'arithmetic is not a column');
  assert.equal(batches.prepare('SELECT name INTO #x FROM dbo.p WHERE id = 1').template, undefined, 'SELECT INTO');
});

/** SQL Server's auto-parameterization counters, as a DBA reads them */
async function autoParams(): Promise<Record<string, number>> {
  const r = await ok(s, `SELECT RTRIM(counter_name), cntr_value FROM sys.dm_os_performance_counters
    WHERE object_name = N'SQLServer:SQL Statistics' AND counter_name LIKE N'%Auto-Param%'`);
  return Object.fromEntries(rows(r).map(([name, value]) => [name as string, value as number]));
}

test('answers follow each text\'s literals; the translation is made once', async () => {
  const before = await autoParams();
  const translated = translationCounters.translated;
  for (const [id, name] of [[1, 'one'], [2, 'two'], [40, 'forty'], [7, undefined]] as const) {
    const r = await ok(s, `SELECT name FROM dbo.p WHERE id = ${id}`);
    assert.deepEqual(rows(r), name === undefined ? [] : [[name]]);
  }
  assert.equal(translationCounters.translated - translated, 1, 'one translation for the four texts');
  const now = await autoParams();
  assert.equal(now['Auto-Param Attempts/sec']! - before['Auto-Param Attempts/sec']!, 4);
  assert.equal(now['Safe Auto-Params/sec']! - before['Safe Auto-Params/sec']!, 4);
  assert.equal(now['Failed Auto-Params/sec'], before['Failed Auto-Params/sec']);
  await ok(s, 'SELECT TOP 1 name FROM dbo.p WHERE id > 1');
  await ok(s, 'SELECT TOP 2 name FROM dbo.p WHERE id > 1');
  const later = await autoParams();
  assert.equal(later['Failed Auto-Params/sec']! - now['Failed Auto-Params/sec']!, 1, 'another TOP: parsed as written');
  assert.deepEqual(rows(await ok(s, "SELECT id FROM dbo.p WHERE name = 'TWO'")), [[2]], 'case-insensitive as a literal is');
  assert.deepEqual(rows(await ok(s, "SELECT id FROM dbo.p WHERE name = 'one  '")), [[1]], 'trailing spaces ignored');
  assert.deepEqual(rows(await ok(s, 'SELECT id FROM dbo.p WHERE id BETWEEN 2 AND 3 ORDER BY id')), [[2], [3]]);
  assert.deepEqual(rows(await ok(s, 'SELECT id FROM dbo.p WHERE id BETWEEN 1 AND 2 ORDER BY id')), [[1], [2]]);
  assert.deepEqual(rows(await ok(s, 'SELECT id FROM dbo.p WHERE id IN (1, 40) ORDER BY id')), [[1], [40]]);
  assert.deepEqual(rows(await ok(s, 'SELECT id FROM dbo.p WHERE id IN (2, 3) ORDER BY id')), [[2], [3]]);
  assert.deepEqual(rows(await ok(s, 'SELECT id FROM dbo.p WHERE amount > 2.00 AND NOT id = 40')), [[2]]);
  assert.deepEqual(rows(await ok(s, "SELECT id FROM dbo.p WHERE d >= '2025-02-01' AND d < '2025-03-01'")), [[2]]);
});

test('UPDATE SET and WHERE values, INSERT VALUES and DELETE are parameters too', async () => {
  await ok(s, 'CREATE TABLE dbo.w (id int NOT NULL PRIMARY KEY, v int NOT NULL, t varchar(5) NULL)');
  for (let i = 1; i <= 5; i++) await ok(s, `INSERT INTO dbo.w (id, v, t) VALUES (${i}, ${i * 10}, 'r${i}')`);
  await ok(s, 'UPDATE dbo.w SET v = 7 WHERE id = 2');
  await ok(s, 'UPDATE dbo.w SET v = 9 WHERE id = 4');
  await ok(s, 'DELETE FROM dbo.w WHERE id = 5');
  await ok(s, 'DELETE FROM dbo.w WHERE id = 1');
  assert.deepEqual(rows(await ok(s, 'SELECT id, v, t FROM dbo.w ORDER BY id')), [[2, 7, 'r2'], [3, 30, 'r3'], [4, 9, 'r4']]);
});

test('errors keep each text\'s values and lines', async () => {
  const bad = await exec(s, "SELECT name FROM dbo.p WHERE id = 'abc'");
  assert.equal(bad.errors[0]?.number, 245);
  assert.match(bad.errors[0]?.message ?? '', /'abc'/);
  const worse = await exec(s, "SELECT name FROM dbo.p WHERE id = 'xyz'");
  assert.equal(worse.errors[0]?.number, 245);
  assert.match(worse.errors[0]?.message ?? '', /'xyz'/);
  await ok(s, 'CREATE TABLE dbo.k (id int NOT NULL PRIMARY KEY)');
  await ok(s, 'INSERT INTO dbo.k VALUES (1)');
  const dup = await exec(s, '\n\nINSERT INTO dbo.k VALUES (1)');
  assert.equal(dup.errors[0]?.number, 2627);
  assert.equal(dup.errors[0]?.lineNumber, 3);
  assert.match(dup.errors[0]?.message ?? '', /\(1\)/);
  const dup2 = await exec(s, '\n\nINSERT INTO dbo.k VALUES (2)');
  assert.equal(dup2.errors.length, 0);
  const dup3 = await exec(s, '\n\nINSERT INTO dbo.k VALUES (2)');
  assert.match(dup3.errors[0]?.message ?? '', /\(2\)/);
  const undeclared = await exec(s, 'SELECT name FROM dbo.p WHERE id = @x');
  assert.equal(undeclared.errors[0]?.number, 137, 'user variables are still checked');
});
