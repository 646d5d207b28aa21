// Result column types and nullability (COLMETADATA) follow SQL Server's typing rules.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EngineSession } from '../../../../src/engine/api';
import { exec, ok, rows, sqlNode, type SqlNode } from './sql-helpers';

let node: SqlNode;
let s: EngineSession;

before(async () => {
  node = await sqlNode();
  s = await node.session();
  await ok(s, `CREATE TABLE n (i int NOT NULL, b bigint, t tinyint, d decimal(5,2), m money, f float, v varchar(10), nv nvarchar(20));
    INSERT n VALUES (1, 10, 1, 1.25, $2.5, 0.5, 'a', N'x'), (2, 20, 2, 2.50, $1, 1.5, 'B', N'y'), (4, NULL, 3, NULL, NULL, NULL, 'c', NULL)`);
});
after(async () => node.dispose());

async function types(q: string): Promise<string[]> {
  const sink = await ok(s, q);
  return sink.resultSets[0]!.columns.map((c) => JSON.stringify(c.type));
}

test('aggregates: COUNT int, COUNT_BIG bigint, SUM(int) int, SUM(decimal) decimal(38,s), AVG(int) int', async () => {
  assert.deepEqual(await types('SELECT COUNT(*), COUNT_BIG(*), SUM(i), SUM(b), SUM(d), AVG(i), AVG(d), MIN(v), MAX(nv), SUM(m), AVG(f) FROM n'), [
    '{"kind":"int"}', '{"kind":"bigint"}', '{"kind":"int"}', '{"kind":"bigint"}', '{"kind":"decimal","precision":38,"scale":2}',
    '{"kind":"int"}', '{"kind":"decimal","precision":38,"scale":6}', '{"kind":"varchar","length":10}', '{"kind":"nvarchar","length":20}',
    '{"kind":"money"}', '{"kind":"float"}',
  ]);
  const sink = await ok(s, 'SELECT COUNT(*), AVG(i), SUM(d), AVG(d), SUM(t) FROM n');
  // AVG of int is an integer average: (1 + 2 + 4) / 3 = 2
  assert.deepEqual(rows(sink), [[3, 2, '3.75', '1.875000', 6]]);
});

test('arithmetic typing: int + decimal widens, int / int is integer division, literals', async () => {
  assert.deepEqual(await types("SELECT i + d, i / 2, 1.0 / 3, 'abc', N'abcd', i * 1.5, m * 2, b + i FROM n"), [
    '{"kind":"decimal","precision":13,"scale":2}', '{"kind":"int"}', '{"kind":"decimal","precision":7,"scale":6,"numeric":true}',
    '{"kind":"varchar","length":3}', '{"kind":"nvarchar","length":4}', '{"kind":"decimal","precision":13,"scale":1,"numeric":true}',
    '{"kind":"money"}', '{"kind":"bigint"}',
  ]);
  const sink = await ok(s, 'SELECT i / 2, i % 3, 7 / 2.0, i + d FROM n WHERE i = 4');
  assert.deepEqual(rows(sink), [[2, 1, '3.500000', null]]);
});

test('nullability: NOT NULL columns and COUNT are not nullable; outer join sides are', async () => {
  const sink = await ok(s, 'SELECT n.i, COUNT(*) OVER () AS c, x.i AS xi FROM n LEFT JOIN n AS x ON x.i = n.i + 100');
  assert.deepEqual(sink.resultSets[0]!.columns.map((c) => c.nullable), [false, false, true]);
  const lit = await ok(s, "SELECT 1 AS one, 'a' AS a, v FROM n WHERE i = 1");
  assert.deepEqual(lit.resultSets[0]!.columns.map((c) => c.nullable), [false, false, true]);
});

test('string concatenation vs numeric addition is decided by type', async () => {
  const sink = await ok(s, "SELECT v + nv, v + '1', i + '1', CAST(i AS varchar(5)) + v FROM n WHERE i = 1");
  assert.deepEqual(rows(sink), [['ax', 'a1', 2, '1a']]);
  assert.deepEqual(sink.resultSets[0]!.columns.map((c) => c.type.kind), ['nvarchar', 'varchar', 'int', 'varchar']);
});

test('CASE, COALESCE, ISNULL, NULLIF, IIF take SQL Server result types', async () => {
  assert.deepEqual(await types("SELECT CASE WHEN i = 1 THEN 1 ELSE 2.5 END, COALESCE(b, i), ISNULL(v, 'zzzzzzzzzzzzzzz'), NULLIF(i, 1), IIF(i > 1, 'x', N'yy') FROM n"), [
    '{"kind":"decimal","precision":11,"scale":1,"numeric":true}', '{"kind":"bigint"}', '{"kind":"varchar","length":10}', '{"kind":"int"}', '{"kind":"nvarchar","length":2}',
  ]);
  const sink = await ok(s, "SELECT ISNULL(b, -1), COALESCE(d, 0), NULLIF(i, 4), IIF(v = 'C', 'yes', 'no') FROM n WHERE i = 4");
  assert.deepEqual(rows(sink), [[-1, '0.00', null, 'yes']]);
});

test('CAST/CONVERT and built-ins evaluate per row with T-SQL semantics', async () => {
  const sink = await ok(s, "SELECT CONVERT(varchar(10), i) + '-' + UPPER(v), LEN(nv), DATEADD(day, i, CAST('2024-01-30' AS date)), CAST(d AS int), TRY_CAST(v AS int) FROM n WHERE i = 2");
  const r = rows(sink)[0]!;
  assert.equal(r[0], '2-B');
  assert.equal(r[1], 1);
  // decimal -> int truncates: 2.50 -> 2
  assert.equal(r[3], 2);
  assert.equal(r[4], null);
  assert.equal(sink.resultSets[0]!.columns[2]!.type.kind, 'date');
});

test('integer overflow per row is 8115', async () => {
  const e = await exec(s, 'SELECT i * 2147483647 FROM n');
  assert.equal(e.errors[0]?.number, 8115);
  assert.equal(e.errors[0]!.message, 'Arithmetic overflow error converting expression to data type int.');
  assert.deepEqual(rows(await ok(s, 'SELECT b * 2 FROM n WHERE i = 1')), [[20]]);
});

test('uniqueidentifier values order by SQL Server byte groups', async () => {
  const sink = await ok(s, `SELECT g FROM (VALUES (CAST('00000000-0000-0000-0000-000000000002' AS uniqueidentifier)),
    (CAST('01000000-0000-0000-0000-000000000001' AS uniqueidentifier)), (CAST('00000000-0000-0000-0100-000000000001' AS uniqueidentifier))) v(g) ORDER BY g`);
  assert.deepEqual(rows(sink), [['01000000-0000-0000-0000-000000000001'], ['00000000-0000-0000-0100-000000000001'], ['00000000-0000-0000-0000-000000000002']]);
});

test('an IDENTITY column is flagged in COLMETADATA', async () => {
  await ok(s, 'CREATE TABLE idt (id int IDENTITY PRIMARY KEY, v int)');
  const sink = await ok(s, 'SELECT id, v, id + 0 AS e FROM idt');
  assert.deepEqual(sink.resultSets[0]!.columns.map((c) => c.identity === true), [true, false, false]);
});

test('expressionType types an expression over columns (computed columns)', async () => {
  const { expressionType } = await import('../../../../src/engine/sql/expression-type');
  const { parseExpression } = await import('../../../../src/tsql');
  const scope = { engine: {}, session: { database: 'master', options: {} }, frame: { all: () => [][Symbol.iterator]() } } as never;
  const r = expressionType(scope, parseExpression('qty * price'), [
    { name: 'qty', type: { kind: 'int' }, nullable: false }, { name: 'price', type: { kind: 'decimal', precision: 9, scale: 2 }, nullable: true },
  ]);
  assert.deepEqual(r, { type: { kind: 'decimal', precision: 20, scale: 2 }, nullable: true });
});
