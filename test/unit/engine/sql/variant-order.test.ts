// sql_variant over tables: SQLite's ORDER BY (msxd_variant_key), its comparisons (msxd_cmp),
// MIN/MAX and the interpreter's comparisons of variables must all give SQL Server's one order.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EngineSession } from '../../../../src/engine/api';
import { compareOperands } from '../../../../src/engine/expressions/variant-order';
import type { Typed } from '../../../../src/types/typed-value';
import type { SqlValue } from '../../../../src/types/values';
import { ok, rows, sqlNode, type SqlNode } from './sql-helpers';

let node: SqlNode;
let s: EngineSession;

const VALUES = [
  'CAST(5 AS int)', 'CAST(1.5 AS decimal(5,2))', 'CAST(2.5E0 AS float)', "CAST('2024-01-01' AS datetime)",
  "CAST(N'abc' AS nvarchar(10))", "CAST('ABD' AS varchar(10))", 'CAST(0x0102 AS varbinary(8))',
  "CAST('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11' AS uniqueidentifier)", 'NULL', 'CAST(5.0 AS decimal(3,1))',
  'CAST(-7 AS bigint)', "CAST('12:00' AS time)", "CAST('2024-01-01' AS date)", 'CAST(5 AS money)', "CAST('abc ' AS char(4))",
];

before(async () => {
  node = await sqlNode();
  s = await node.session();
  await ok(s, `CREATE TABLE vx (id int NOT NULL, v sql_variant NULL);
    INSERT vx VALUES ${VALUES.map((x, i) => `(${i + 1}, ${x})`).join(', ')}`);
});
after(async () => node.dispose());

const variantOf = (value: SqlValue): Typed => ({ type: { kind: 'sql_variant' }, value });

async function stored(): Promise<Map<number, Typed>> {
  const sink = await ok(s, 'SELECT id, v FROM vx');
  return new Map(sink.resultSets[0]!.rows.map((r) => [Number(r[0]), variantOf(r[1]!)]));
}

test('ORDER BY v is sorted by the comparison the interpreter uses, NULL first', async () => {
  const values = await stored();
  const ids = rows(await ok(s, 'SELECT id FROM vx ORDER BY v, id')).map((r) => Number(r[0]));
  assert.equal(ids[0], 9);
  for (let k = 1; k + 1 < ids.length; k++) {
    const c = compareOperands(values.get(ids[k]!)!, values.get(ids[k + 1]!)!);
    assert.ok(c !== null && c <= 0, `${ids[k]} before ${ids[k + 1]}`);
  }
  const desc = rows(await ok(s, 'SELECT id FROM vx ORDER BY v DESC, id DESC')).map((r) => Number(r[0]));
  assert.deepEqual(desc, [...ids].reverse());
});

test('SQLite comparisons agree with the interpreter pair by pair', async () => {
  const values = await stored();
  const pairs = rows(await ok(s, `SELECT a.id, b.id,
      CASE WHEN a.v < b.v THEN -1 WHEN a.v = b.v THEN 0 WHEN a.v > b.v THEN 1 END
    FROM vx a CROSS JOIN vx b`));
  assert.equal(pairs.length, VALUES.length ** 2);
  for (const [i, j, c] of pairs) {
    assert.equal(c, compareOperands(values.get(Number(i))!, values.get(Number(j))!), `${String(i)} vs ${String(j)}`);
  }
});

test('variables compare as the table columns do (interpreter path)', async () => {
  const sink = await ok(s, `DECLARE @a sql_variant, @b sql_variant, @r TABLE (i int, j int, c int);
    DECLARE @i int = 1, @j int;
    WHILE @i <= ${VALUES.length} BEGIN
      SET @j = 1;
      WHILE @j <= ${VALUES.length} BEGIN
        SELECT @a = v FROM vx WHERE id = @i;
        SELECT @b = v FROM vx WHERE id = @j;
        IF @a < @b INSERT @r VALUES (@i, @j, -1);
        ELSE IF @a = @b INSERT @r VALUES (@i, @j, 0);
        ELSE IF @a > @b INSERT @r VALUES (@i, @j, 1);
        SET @j += 1;
      END
      SET @i += 1;
    END
    SELECT COUNT(*) FROM vx a CROSS JOIN vx b LEFT JOIN @r r ON r.i = a.id AND r.j = b.id
    WHERE ISNULL(r.c, 9) <> ISNULL(CASE WHEN a.v < b.v THEN -1 WHEN a.v = b.v THEN 0 WHEN a.v > b.v THEN 1 END, 9);`);
  assert.deepEqual(rows(sink, sink.resultSets.length - 1), [[0]]);
});

test('equal values across types of one family: WHERE, GROUP BY, DISTINCT, COUNT(DISTINCT), IN', async () => {
  assert.deepEqual(rows(await ok(s, 'SELECT id FROM vx WHERE v = 5 ORDER BY id')), [[1], [10], [14]]);
  assert.deepEqual(rows(await ok(s, "SELECT id FROM vx WHERE v = N'ABC' ORDER BY id")), [[5], [15]]);
  assert.deepEqual(rows(await ok(s, "SELECT id FROM vx WHERE v IN (5.00, 'abc') ORDER BY id")), [[1], [5], [10], [14], [15]]);
  assert.deepEqual(rows(await ok(s, 'SELECT COUNT(*) FROM (SELECT v FROM vx GROUP BY v) g')), [[11]]);
  assert.deepEqual(rows(await ok(s, 'SELECT COUNT(*) FROM (SELECT DISTINCT v FROM vx) d')), [[11]]);
  assert.deepEqual(rows(await ok(s, 'SELECT COUNT(DISTINCT v) FROM vx')), [[10]]);
  assert.deepEqual(rows(await ok(s, 'SELECT COUNT(*) FROM vx WHERE v IN (SELECT v FROM vx WHERE id = 10)')), [[3]]);
});

test('MIN and MAX follow the family order', async () => {
  const sink = await ok(s, 'SELECT MIN(v), MAX(v) FROM vx');
  const [mn, mx] = sink.resultSets[0]!.rows[0]!;
  assert.equal((mn as { type: { kind: string } }).type.kind, 'uniqueidentifier');
  assert.equal((mx as { type: { kind: string } }).type.kind, 'datetime');
  const exact = await ok(s, 'SELECT MIN(v), MAX(v) FROM vx WHERE id IN (1, 2, 11)');
  assert.deepEqual(exact.resultSets[0]!.rows[0]!.map((x) => (x as { type: { kind: string } }).type.kind), ['bigint', 'int']);
});

test('MIN and MAX OVER (...) of sql_variant, sliding frames included', async () => {
  const kinds = (sink: Awaited<ReturnType<typeof ok>>): unknown[][] =>
    sink.resultSets[0]!.rows.map((r) => r.map((x) => (x === null ? null : typeof x === 'object' && 'type' in x ? (x as { type: { kind: string } }).type.kind : x)));
  const sink = await ok(s, `SELECT id, MAX(v) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW),
      MIN(v) OVER (PARTITION BY CASE WHEN id <= 4 THEN 1 ELSE 2 END)
    FROM vx WHERE id IN (1, 2, 3, 4, 5, 6) ORDER BY id`);
  assert.deepEqual(kinds(sink), [
    [1, 'int', 'decimal'], [2, 'int', 'decimal'], [3, 'float', 'decimal'], [4, 'datetime', 'decimal'], [5, 'datetime', 'nvarchar'], [6, 'varchar', 'nvarchar'],
  ]);
});
