import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typeDisplay } from '../../../src/types/type-names';
import { SqlVariant } from '../../../src/types/values';
import { openSession, run } from './helpers';

async function one(sql: string): Promise<{ values: readonly unknown[]; types: string[] }> {
  const s = await openSession();
  const sink = await run(s, sql);
  assert.deepEqual(sink.errors.map((e) => e.message), []);
  const set = sink.resultSets[0]!;
  return { values: set.rows[0]!.map((v) => (v instanceof SqlVariant ? v.value : v)), types: set.columns.map((c) => typeDisplay(c.type)) };
}

async function error(sql: string): Promise<[number, number, number]> {
  const s = await openSession();
  const e = (await run(s, sql)).errors[0]!;
  return [e.number, e.state, e.lineNumber];
}

test('numeric constants: leading zeros are not digits; arithmetic over numeric stays numeric', async () => {
  const r = await one('SELECT 0.1 + 0.2, 1.5, 0.05');
  assert.deepEqual(r.types, ['numeric(2,1)', 'numeric(2,1)', 'numeric(2,2)']);
});

test('error states as SQL Server raises them', async () => {
  assert.deepEqual(await error('DECLARE @i int = 2147483647;\nSET @i = @i + 1;'), [8115, 2, 2]);
  assert.deepEqual(await error('DECLARE @d decimal(5,2);\nSET @d = 1234.5;'), [8115, 8, 2]);
  assert.deepEqual(await error("SELECT CAST('12.3x' AS decimal(5,2))"), [8114, 5, 1]);
  assert.deepEqual(await error("DECLARE @g uniqueidentifier;\nSET @g = 'not-a-guid';"), [8169, 2, 2]);
  assert.deepEqual(await error('SELECT no_such_function(1)'), [195, 10, 1]);
  assert.deepEqual(await error('SELECT COALESCE(NULL, NULL)'), [4127, 1, 1]);
});

test('supplementary characters count as two UTF-16 code units (collation without _SC)', async () => {
  const r = await one("SELECT LEN(N'😀'), UNICODE(N'😀'), NCHAR(65536)");
  assert.deepEqual(r.values, [2, 0xd83d, null]);
});

test("CONCAT_NULL_YIELDS_NULL OFF: 'a' + CAST(NULL AS varchar(1)) is typed as the concatenation", async () => {
  const r = await one("SET CONCAT_NULL_YIELDS_NULL OFF;\nSELECT 'a' + CAST(NULL AS varchar(1))");
  assert.deepEqual(r.types, ['varchar(2)']);
  assert.deepEqual(r.values, ['a']);
});

test('SQL_VARIANT_PROPERTY', async () => {
  const r = await one("SELECT SQL_VARIANT_PROPERTY(1, 'BaseType'), SQL_VARIANT_PROPERTY(12.345, 'Precision'), SQL_VARIANT_PROPERTY(12.345, 'Scale'), SQL_VARIANT_PROPERTY(@@SPID, 'BaseType'), SQL_VARIANT_PROPERTY('ab', 'Collation'), SQL_VARIANT_PROPERTY(N'ab', 'MaxLength'), SQL_VARIANT_PROPERTY(1, 'nope')");
  assert.deepEqual(r.values, ['int', 5, 3, 'smallint', 'SQL_Latin1_General_CP1_CI_AS', 4, null]);
  assert.deepEqual(r.types, Array(7).fill('sql_variant'));
});

test('STRING_ESCAPE, TRIM(chars FROM s), LEADING/TRAILING, ROWCOUNT_BIG, DB_ID typed int', async () => {
  const r = await one("SELECT STRING_ESCAPE('a\"b/' + CHAR(10) + CHAR(1), 'json'), TRIM('xy' FROM 'xyaxyx'), TRIM(LEADING 'x' FROM 'xxax'), TRIM(TRAILING 'x' FROM 'xxax'), ROWCOUNT_BIG(), DB_ID()");
  assert.deepEqual(r.values, ['a\\"b\\/\\n\\u0001', 'a', 'ax', 'xxa', 0n, 1]);
  assert.deepEqual(r.types.slice(1, 2), ['varchar(6)']);
  assert.deepEqual(r.types.slice(4), ['bigint', 'int']);
});

test('SELECT @a = @b, @b = @a assigns left to right; a false WHERE assigns nothing', async () => {
  const s = await openSession();
  const sink = await run(s, "DECLARE @a int = 1, @b int = 2, @v varchar(10) = 'keep';\nSELECT @a = @b, @b = @a;\nSELECT @v = 'changed' WHERE 1 = 0;\nSELECT @a, @b, @v, @@ROWCOUNT;");
  assert.deepEqual(sink.resultSets[0]!.rows, [[2, 2, 'keep', 0]]);
  const counts = sink.events.flatMap((e) => (e.kind === 'done' && e.done.rowCount !== undefined ? [e.done.rowCount] : []));
  assert.deepEqual(counts, [1, 0, 1]);
});

test('COLLATE in a comparison: case-sensitive names, 448 for unknown names, 468 for a conflict', async () => {
  const r = await one("SELECT CASE WHEN 'abc' COLLATE Latin1_General_CS_AS = 'ABC' THEN 1 ELSE 0 END, CASE WHEN 'abc' = 'ABC' COLLATE SQL_Latin1_General_CP1_CI_AS THEN 1 ELSE 0 END");
  assert.deepEqual(r.values, [0, 1]);
  assert.deepEqual(await error("SELECT 'a' COLLATE Klingon_CI_AS"), [448, 1, 1]);
  assert.deepEqual(await error("SELECT CASE WHEN 'a' COLLATE Latin1_General_CS_AS = 'a' COLLATE Latin1_General_BIN THEN 1 END"), [468, 1, 1]);
});
