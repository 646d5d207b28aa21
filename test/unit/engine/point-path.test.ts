// The point-query path kept cheap (sp_executesql, cached UPDATE/DELETE row selection, the
// caller's SET options restored after dynamic SQL) must give the same answers as before: the
// cached texts follow DDL, SET ROWCOUNT, TOP and parameter types.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { EngineSession, RpcCall, RpcParam } from '../../../src/engine/api';
import type { SqlType } from '../../../src/types/sql-type';
import type { SqlValue } from '../../../src/types/values';
import { RecordingSink } from './helpers';
import { ok, rows, sqlNode, type SqlNode } from './sql/sql-helpers';

let node: SqlNode;
let s: EngineSession;

const NVARCHAR: SqlType = { kind: 'nvarchar', length: 4000 };

function param(name: string, type: SqlType, value: SqlValue): RpcParam {
  return { name, type, value, output: false, useDefault: false };
}

/** sp_executesql over RPC; the sink records whatever came back, errors included */
async function callExecuteSql(session: EngineSession, statement: string, declarations: string, ...args: RpcParam[]): Promise<RecordingSink> {
  const call: RpcCall = {
    procedure: 'sp_executesql',
    params: [param('@statement', NVARCHAR, statement), param('@params', NVARCHAR, declarations), ...args],
  };
  const sink = new RecordingSink();
  await session.executeRpc(call, sink, new AbortController().signal);
  return sink;
}

/** callExecuteSql that must not fail */
async function executeSql(session: EngineSession, statement: string, declarations: string, ...args: RpcParam[]): Promise<RecordingSink> {
  const sink = await callExecuteSql(session, statement, declarations, ...args);
  if (sink.errors.length > 0) throw new Error(sink.errors.map((e) => `${e.number} ${e.message}`).join('; '));
  return sink;
}

const int = (name: string, value: number): RpcParam => param(name, { kind: 'int' }, value);
const doneCounts = (sink: RecordingSink): number[] =>
  sink.events.flatMap((e) => (e.kind === 'done' && e.done.rowCount !== undefined ? [e.done.rowCount] : []));

before(async () => {
  node = await sqlNode();
  s = await node.session();
  await ok(s, 'CREATE DATABASE pointdb');
  await ok(s, `USE pointdb; CREATE TABLE dbo.t (id int NOT NULL PRIMARY KEY, v int NOT NULL);
    INSERT INTO dbo.t (id, v) VALUES (1, 10), (2, 20), (3, 30), (4, 40)`);
});

after(async () => {
  await node.dispose();
});

test('a point SELECT by parameter answers each key, also with another parameter type', async () => {
  for (const [id, v] of [[1, 10], [3, 30], [2, 20], [3, 30]] as const) {
    assert.deepEqual(rows(await executeSql(s, 'SELECT v FROM dbo.t WHERE id = @id', '@id int', int('@id', id))), [[v]]);
  }
  const big = await executeSql(s, 'SELECT v FROM dbo.t WHERE id = @id', '@id bigint', param('@id', { kind: 'bigint' }, 4n));
  assert.deepEqual(rows(big), [[40]]);
  const text = await executeSql(s, 'SELECT v FROM dbo.t WHERE id = @id', '@id int', param('@id', NVARCHAR, '2'));
  assert.deepEqual(rows(text), [[20]]);
});

test('a repeated UPDATE by key changes the right row each time and follows DDL', async () => {
  const update = 'UPDATE dbo.t SET v = v + 1 WHERE id = @id';
  for (const id of [1, 2, 1, 3]) assert.deepEqual(doneCounts(await executeSql(s, update, '@id int', int('@id', id))), [1]);
  assert.deepEqual(rows(await ok(s, 'SELECT id, v FROM dbo.t ORDER BY id')), [[1, 12], [2, 21], [3, 31], [4, 40]]);
  // The same text over a table re-created with its columns in another order and other values.
  await ok(s, `DROP TABLE dbo.t; CREATE TABLE dbo.t (v int NOT NULL, note nvarchar(10) NULL, id int NOT NULL PRIMARY KEY);
    INSERT INTO dbo.t (id, v) VALUES (1, 100), (2, 200), (3, 300), (4, 400)`);
  assert.deepEqual(doneCounts(await executeSql(s, update, '@id int', int('@id', 2))), [1]);
  assert.deepEqual(rows(await ok(s, 'SELECT id, v, note FROM dbo.t ORDER BY id')), [[1, 100, null], [2, 201, null], [3, 300, null], [4, 400, null]]);
  // A new column changes nothing for the text but must not break it.
  await ok(s, 'ALTER TABLE dbo.t ADD extra int NULL');
  assert.deepEqual(doneCounts(await executeSql(s, update, '@id int', int('@id', 4))), [1]);
  assert.deepEqual(rows(await ok(s, 'SELECT v FROM dbo.t WHERE id = 4')), [[401]]);
});

test('SET ROWCOUNT and TOP still cap a repeated UPDATE', async () => {
  const update = 'UPDATE dbo.t SET note = @n WHERE id >= @id';
  assert.deepEqual(doneCounts(await executeSql(s, update, '@id int, @n nvarchar(10)', int('@id', 1), param('@n', NVARCHAR, 'a'))), [4]);
  await ok(s, 'SET ROWCOUNT 2');
  try {
    assert.deepEqual(doneCounts(await executeSql(s, update, '@id int, @n nvarchar(10)', int('@id', 1), param('@n', NVARCHAR, 'b'))), [2]);
  } finally {
    await ok(s, 'SET ROWCOUNT 0');
  }
  assert.deepEqual(doneCounts(await executeSql(s, update, '@id int, @n nvarchar(10)', int('@id', 1), param('@n', NVARCHAR, 'c'))), [4]);
  const top = 'UPDATE TOP (@k) dbo.t SET note = N\'t\' WHERE id >= 1';
  assert.deepEqual(doneCounts(await executeSql(s, top, '@k int', int('@k', 1))), [1]);
  assert.deepEqual(doneCounts(await executeSql(s, top, '@k int', int('@k', 3))), [3]);
});

test('a repeated DELETE by key deletes one row each time; another session sees it at once', async () => {
  await ok(s, 'CREATE TABLE dbo.d (id int NOT NULL PRIMARY KEY); INSERT INTO dbo.d (id) VALUES (1), (2), (3)');
  for (const id of [3, 1]) assert.deepEqual(doneCounts(await executeSql(s, 'DELETE FROM dbo.d WHERE id = @id', '@id int', int('@id', id))), [1]);
  assert.deepEqual(doneCounts(await executeSql(s, 'DELETE FROM dbo.d WHERE id = @id', '@id int', int('@id', 3))), [0]);
  const other = await node.session();
  await ok(other, 'USE pointdb');
  assert.deepEqual(rows(await executeSql(other, 'SELECT id FROM dbo.d WHERE id >= @id', '@id int', int('@id', 0))), [[2]]);
});

test('another session\'s UPDATE by the same text and its commits are visible to the next statement', async () => {
  const other = await node.session();
  await ok(other, 'USE pointdb');
  await executeSql(other, 'UPDATE dbo.t SET v = v + 1 WHERE id = @id', '@id int', int('@id', 1));
  assert.deepEqual(rows(await executeSql(s, 'SELECT v FROM dbo.t WHERE id = @id', '@id int', int('@id', 1))), [[101]]);
  await executeSql(s, 'UPDATE dbo.t SET v = v + 1 WHERE id = @id', '@id int', int('@id', 1));
  assert.deepEqual(rows(await executeSql(other, 'SELECT v FROM dbo.t WHERE id = @id', '@id int', int('@id', 1))), [[102]]);
});

test('SET options changed inside sp_executesql revert when it ends, nested or not', async () => {
  const options = async (): Promise<unknown> => rows(await ok(s, 'SELECT @@OPTIONS'))[0]?.[0];
  const before = await options();
  const inner = await executeSql(s, 'SET NOCOUNT ON; SET DATEFORMAT dmy; SET NO_BROWSETABLE ON; SELECT @@OPTIONS, CAST(\'03/04/2020\' AS date)', '');
  assert.notEqual(rows(inner)[0]?.[0], before);
  assert.equal(await options(), before);
  // DATEFORMAT mdy again: 03/04 is March 4th.
  const date = rows(await ok(s, 'SELECT MONTH(CAST(\'03/04/2020\' AS date))'))[0]?.[0];
  assert.equal(date, 3);
  await executeSql(s, 'EXEC sp_executesql N\'SET NOCOUNT ON; SET ARITHABORT OFF\'; SET ANSI_WARNINGS OFF', '');
  assert.equal(await options(), before);
  // Options set by the caller before stay after the call.
  await ok(s, 'SET NOCOUNT ON');
  try {
    const withNocount = await options();
    await executeSql(s, 'SET NOCOUNT OFF; SELECT 1', '');
    assert.equal(await options(), withNocount);
  } finally {
    await ok(s, 'SET NOCOUNT OFF');
  }
  assert.equal(await options(), before);
});

test('integers beyond 2^53 keep every digit, as numbers, text or beside narrow columns', async () => {
  await ok(s, `CREATE TABLE dbo.w (id int NOT NULL PRIMARY KEY, b bigint NOT NULL, n nvarchar(30) NULL, d decimal(18, 0) NULL);
    INSERT INTO dbo.w (id, b, n, d) VALUES (1, 9007199254740993, N'x', 900719925474099312)`);
  const big = await executeSql(s, 'SELECT b, d FROM dbo.w WHERE id = @id', '@id int', int('@id', 1));
  assert.deepEqual(big.resultSets[0]?.rows, [[9007199254740993n, big.resultSets[0]?.rows[0]?.[1]]]);
  assert.equal(rows(await ok(s, 'SELECT CAST(d AS varchar(30)) FROM dbo.w'))[0]?.[0], '900719925474099312');
  const text = await executeSql(s, 'SELECT id, CONVERT(varchar(30), b), ISNULL(n, N\'-\') FROM dbo.w WHERE id = @id', '@id int', int('@id', 1));
  assert.deepEqual(rows(text), [[1, '9007199254740993', 'x']]);
  const mixed = await executeSql(s, 'SELECT id, b + 1 FROM dbo.w WHERE id = @id', '@id int', int('@id', 1));
  assert.deepEqual(mixed.resultSets[0]?.rows, [[1, 9007199254740994n]]);
});

const kinds = (sink: RecordingSink): string[] => sink.events.map((e) => e.kind);

test('sp_executesql of a point SELECT writes its whole response before its promise settles', async () => {
  const call: RpcCall = {
    procedure: 'sp_executesql',
    params: [param('@statement', NVARCHAR, 'SELECT id, v FROM dbo.t WHERE id = @id'), param('@params', NVARCHAR, '@id int'), int('@id', 3)],
  };
  await executeSql(s, 'SELECT id, v FROM dbo.t WHERE id = @id', '@id int', int('@id', 2));
  const sink = new RecordingSink();
  const pending = s.executeRpc(call, sink, new AbortController().signal);
  assert.deepEqual(kinds(sink), ['columns', 'row', 'done', 'status', 'procDone']);
  await pending;
  assert.deepEqual(kinds(sink), ['columns', 'row', 'done', 'status', 'procDone']);
  assert.deepEqual(rows(sink), [[3, 300]]);
  // the same columns array at every execution of the cached text
  const again = await executeSql(s, 'SELECT id, v FROM dbo.t WHERE id = @id', '@id int', int('@id', 1));
  const columnsOf = (k: RecordingSink): unknown => k.events.find((e) => e.kind === 'columns');
  assert.equal((columnsOf(again) as { columns: unknown }).columns, (columnsOf(sink) as { columns: unknown }).columns);
});

test('RETURN, run-time errors and SET options in a synchronous sp_executesql text', async () => {
  const v4 = rows(await ok(s, 'SELECT v FROM dbo.t WHERE id = 4'));
  const returned = await executeSql(s, 'SELECT v FROM dbo.t WHERE id = @id; RETURN; SELECT 2', '@id int', int('@id', 4));
  assert.deepEqual(rows(returned), v4);
  assert.deepEqual(kinds(returned), ['columns', 'row', 'done', 'status', 'procDone']);
  const sink = await callExecuteSql(s, 'SELECT v / (id - id) FROM dbo.t WHERE id = @id; SELECT 7', '@id int', int('@id', 4));
  assert.deepEqual(sink.errors.map((e) => e.number), [8134]);
  assert.deepEqual(kinds(sink), ['columns', 'message', 'done', 'columns', 'row', 'done', 'status', 'procDone']);
  assert.deepEqual(rows(sink, 1), [[7]]);
  const options = rows(await ok(s, 'SELECT @@OPTIONS'))[0]?.[0];
  await executeSql(s, 'SET NOCOUNT ON; SELECT v FROM dbo.t WHERE id = @id', '@id int', int('@id', 4));
  assert.equal(rows(await ok(s, 'SELECT @@OPTIONS'))[0]?.[0], options);
  const failed = await callExecuteSql(s, 'SELECT v FROM dbo.t WHERE id = @id', '@id int', int('@nope', 4));
  assert.deepEqual(failed.errors.map((e) => e.number), [8145]);
  assert.deepEqual(kinds(failed), ['message', 'procDone']);
  assert.deepEqual(failed.events.at(-1), { kind: 'procDone', error: true });
});
