// SELECT over tables: joins, grouping under CI_AS, DISTINCT, ORDER BY, TOP/OFFSET, set operations,
// CTEs (recursive too), window functions, APPLY, subqueries, views and system views.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EngineSession } from '../../../../src/engine/api';
import { exec, ok, rows, sqlNode, type SqlNode } from './sql-helpers';

let node: SqlNode;
let s: EngineSession;

before(async () => {
  node = await sqlNode();
  s = await node.session();
  await ok(s, `CREATE TABLE dept (id int PRIMARY KEY, name nvarchar(20) NOT NULL);
    CREATE TABLE emp (id int PRIMARY KEY, name varchar(20) NOT NULL, dept_id int NULL, salary int NOT NULL, boss int NULL);
    INSERT dept VALUES (1, N'Sales'), (2, N'IT'), (3, N'Empty');
    INSERT emp VALUES (1, 'ann', 1, 100, NULL), (2, 'Bob', 1, 80, 1), (3, 'cy', 2, 120, 1), (4, 'ANN ', 2, 90, 3), (5, 'dee', NULL, 50, 3)`);
});
after(async () => node.dispose());

const q = async (text: string): Promise<unknown[][]> => rows(await ok(s, text));

test('inner, left, right and full outer joins', async () => {
  assert.deepEqual(await q('SELECT e.name, d.name FROM emp e JOIN dept d ON d.id = e.dept_id ORDER BY e.id'),
    [['ann', 'Sales'], ['Bob', 'Sales'], ['cy', 'IT'], ['ANN ', 'IT']]);
  assert.deepEqual(await q('SELECT e.id, d.id FROM emp e LEFT JOIN dept d ON d.id = e.dept_id WHERE d.id IS NULL'), [[5, null]]);
  assert.deepEqual(await q('SELECT d.name FROM emp e RIGHT JOIN dept d ON d.id = e.dept_id WHERE e.id IS NULL'), [['Empty']]);
  assert.deepEqual(await q('SELECT e.id, d.id FROM emp e FULL JOIN dept d ON d.id = e.dept_id WHERE e.id IS NULL OR d.id IS NULL ORDER BY e.id'),
    [[null, 3], [5, null]]);
  assert.deepEqual(await q('SELECT COUNT(*) FROM emp CROSS JOIN dept'), [[15]]);
});

test('GROUP BY, HAVING and DISTINCT compare strings under CI_AS (case and trailing spaces ignored)', async () => {
  assert.deepEqual(await q('SELECT COUNT(*) FROM emp GROUP BY name HAVING COUNT(*) > 1'), [[2]]);
  assert.deepEqual(await q('SELECT COUNT(*) FROM (SELECT DISTINCT name FROM emp) x'), [[4]]);
  assert.deepEqual(await q('SELECT dept_id, SUM(salary) FROM emp GROUP BY dept_id ORDER BY dept_id'), [[null, 50], [1, 180], [2, 210]]);
  assert.deepEqual(await q("SELECT id FROM emp WHERE name = 'ANN' ORDER BY id"), [[1], [4]]);
  assert.deepEqual(await q("SELECT id FROM emp WHERE name LIKE 'a%' ORDER BY id"), [[1], [4]]);
});

test('ORDER BY is case-insensitive, by alias and ordinal; TOP, PERCENT, WITH TIES, OFFSET/FETCH', async () => {
  assert.deepEqual(await q('SELECT name FROM emp WHERE id < 4 ORDER BY name'), [['ann'], ['Bob'], ['cy']]);
  assert.deepEqual(await q('SELECT salary AS s FROM emp ORDER BY s DESC'), [[120], [100], [90], [80], [50]]);
  assert.deepEqual(await q('SELECT id, salary FROM emp ORDER BY 2'), [[5, 50], [2, 80], [4, 90], [1, 100], [3, 120]]);
  assert.deepEqual(await q('SELECT TOP (2) id FROM emp ORDER BY salary DESC'), [[3], [1]]);
  assert.deepEqual(await q('SELECT TOP 40 PERCENT id FROM emp ORDER BY id'), [[1], [2]]);
  assert.deepEqual(await q('SELECT TOP 1 WITH TIES dept_id FROM emp WHERE dept_id IS NOT NULL ORDER BY dept_id'), [[1], [1]]);
  assert.deepEqual(await q('SELECT id FROM emp ORDER BY id OFFSET 1 ROWS FETCH NEXT 2 ROWS ONLY'), [[2], [3]]);
});

test('UNION, UNION ALL, EXCEPT, INTERSECT with result types widened', async () => {
  assert.deepEqual(await q('SELECT id FROM dept UNION SELECT dept_id FROM emp WHERE dept_id IS NOT NULL ORDER BY 1'), [[1], [2], [3]]);
  assert.deepEqual(await q('SELECT 1 UNION ALL SELECT 1'), [[1], [1]]);
  assert.deepEqual(await q('SELECT id FROM dept EXCEPT SELECT dept_id FROM emp'), [[3]]);
  assert.deepEqual(await q('SELECT id FROM dept INTERSECT SELECT dept_id FROM emp ORDER BY id'), [[1], [2]]);
  const sink = await ok(s, "SELECT 1 AS x UNION ALL SELECT 2.5");
  assert.equal(sink.resultSets[0]!.columns[0]!.type.kind, 'decimal');
  assert.deepEqual(rows(sink), [['1.0'], ['2.5']]);
  const ci = await ok(s, "SELECT 'a' AS v UNION SELECT 'A'");
  assert.equal(rows(ci).length, 1);
});

test('CTEs, including a recursive one', async () => {
  assert.deepEqual(await q('WITH big AS (SELECT * FROM emp WHERE salary >= 100) SELECT COUNT(*) FROM big'), [[2]]);
  assert.deepEqual(await q(`WITH chain (id, lvl) AS (SELECT id, 0 FROM emp WHERE boss IS NULL
      UNION ALL SELECT e.id, c.lvl + 1 FROM emp e JOIN chain c ON e.boss = c.id)
    SELECT id, lvl FROM chain ORDER BY id`), [[1, 0], [2, 1], [3, 1], [4, 2], [5, 2]]);
});

test('window functions: ROW_NUMBER, RANK, DENSE_RANK, NTILE, aggregates OVER, LAG/LEAD', async () => {
  assert.deepEqual(await q(`SELECT id, ROW_NUMBER() OVER (PARTITION BY dept_id ORDER BY salary DESC),
      SUM(salary) OVER (PARTITION BY dept_id), LAG(salary) OVER (ORDER BY id), LEAD(salary, 1, 0) OVER (ORDER BY id)
    FROM emp WHERE dept_id = 1 ORDER BY id`), [[1, 1, 180, null, 80], [2, 2, 180, 100, 0]]);
  assert.deepEqual(await q('SELECT RANK() OVER (ORDER BY d), DENSE_RANK() OVER (ORDER BY d), NTILE(2) OVER (ORDER BY d) FROM (VALUES (1), (1), (2)) v(d)'),
    [[1, 1, 1], [1, 1, 1], [3, 2, 2]]);
});

test('CROSS APPLY and OUTER APPLY over correlated derived tables', async () => {
  assert.deepEqual(await q(`SELECT d.name, x.name FROM dept d
      CROSS APPLY (SELECT TOP 1 name FROM emp WHERE emp.dept_id = d.id ORDER BY salary DESC) x ORDER BY d.id`),
  [['Sales', 'ann'], ['IT', 'cy']]);
  assert.deepEqual(await q(`SELECT d.id, x.n FROM dept d OUTER APPLY (SELECT COUNT(*) AS n FROM emp WHERE emp.dept_id = d.id HAVING COUNT(*) > 0) x ORDER BY d.id`),
    [[1, 2], [2, 2], [3, null]]);
});

test('subqueries: correlated scalar, EXISTS, IN, ANY/ALL; 512 for several rows', async () => {
  assert.deepEqual(await q('SELECT d.name, (SELECT MAX(salary) FROM emp WHERE dept_id = d.id) FROM dept d ORDER BY d.id'),
    [['Sales', 100], ['IT', 120], ['Empty', null]]);
  assert.deepEqual(await q('SELECT id FROM dept d WHERE NOT EXISTS (SELECT 1 FROM emp WHERE dept_id = d.id)'), [[3]]);
  assert.deepEqual(await q('SELECT id FROM emp WHERE dept_id IN (SELECT id FROM dept WHERE name = N\'it\') ORDER BY id'), [[3], [4]]);
  assert.deepEqual(await q('SELECT id FROM emp WHERE salary > ALL (SELECT salary FROM emp WHERE dept_id = 1) ORDER BY id'), [[3]]);
  const err = await exec(s, 'SELECT (SELECT id FROM emp)');
  assert.equal(err.errors[0]?.number, 512);
});

test('views are inlined; system views and INFORMATION_SCHEMA join like tables', async () => {
  await ok(s, 'CREATE VIEW rich AS SELECT id, name FROM emp WHERE salary >= 100');
  assert.deepEqual(await q('SELECT name FROM rich ORDER BY id'), [['ann'], ['cy']]);
  assert.deepEqual(await q("SELECT t.name FROM sys.tables t WHERE t.name IN ('dept', 'emp') ORDER BY t.name"), [['dept'], ['emp']]);
  assert.deepEqual(await q("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'emp'"), [[5]]);
});

test('name errors: 207, 208, 209, 4104', async () => {
  assert.equal((await exec(s, 'SELECT nope FROM emp')).errors[0]?.number, 207);
  assert.equal((await exec(s, 'SELECT * FROM nothere')).errors[0]?.number, 208);
  assert.equal((await exec(s, 'SELECT id FROM emp, dept')).errors[0]?.number, 209);
  assert.equal((await exec(s, 'SELECT x.id FROM emp')).errors[0]?.number, 4104);
});

test('8120: a column neither grouped nor aggregated', async () => {
  const e = await exec(s, 'SELECT e.name, COUNT(*) FROM emp e GROUP BY e.dept_id');
  assert.equal(e.errors[0]?.number, 8120);
  assert.equal(e.errors[0]!.message, "Column 'e.name' is invalid in the select list because it is not contained in either an aggregate function or the GROUP BY clause.");
  assert.deepEqual(await q('SELECT dept_id + 1, COUNT(*) FROM emp WHERE dept_id IS NOT NULL GROUP BY dept_id + 1 ORDER BY 1'), [[2, 2], [3, 2]]);
});

test('table-valued functions: STRING_SPLIT and user functions with constant arguments', async () => {
  assert.deepEqual(await q("SELECT value FROM STRING_SPLIT('a,b,,c', ',') ORDER BY value"), [[''], ['a'], ['b'], ['c']]);
  assert.deepEqual(await q("SELECT s.value, s.ordinal FROM STRING_SPLIT(N'x y', ' ', 1) AS s"), [['x', 1], ['y', 2]]);
  await ok(s, 'CREATE FUNCTION dbo.rich_in (@d int) RETURNS TABLE AS RETURN SELECT id, name FROM emp WHERE dept_id = @d AND salary >= 90');
  assert.deepEqual(await q('SELECT r.name FROM dbo.rich_in(2) AS r ORDER BY r.id'), [['cy'], ['ANN ']]);
  await ok(s, `CREATE FUNCTION dbo.nums (@n int) RETURNS @t TABLE (n int) AS
    BEGIN DECLARE @i int = 1; WHILE @i <= @n BEGIN INSERT @t VALUES (@i); SET @i += 1; END; RETURN; END`);
  assert.deepEqual(await q('SELECT SUM(n) FROM dbo.nums(4)'), [[10]]);
});

test('FOR XML PATH / RAW and FOR JSON PATH / AUTO', async () => {
  assert.deepEqual(await q("SELECT STUFF((SELECT ',' + name FROM dept ORDER BY id FOR XML PATH('')), 1, 1, '') AS names"), [['Sales,IT,Empty']]);
  const x = await ok(s, "SELECT id AS [@id], name FROM dept WHERE id < 3 ORDER BY id FOR XML PATH('d'), ROOT('all')");
  assert.equal(x.resultSets[0]!.columns[0]!.name, 'XML_F52E2B61-18A1-11d1-B105-00805F49916B');
  assert.deepEqual(rows(x), [['<all><d id="1"><name>Sales</name></d><d id="2"><name>IT</name></d></all>']]);
  assert.deepEqual(await q('SELECT id, boss FROM emp WHERE id < 3 ORDER BY id FOR XML RAW'), [['<row id="1"/><row id="2" boss="1"/>']]);
  const j = await ok(s, 'SELECT id, name AS [n.v], boss FROM emp WHERE id < 3 ORDER BY id FOR JSON PATH');
  assert.equal(j.resultSets[0]!.columns[0]!.name, 'JSON_F52E2B61-18A1-11d1-B105-00805F49916B');
  assert.deepEqual(rows(j), [['[{"id":1,"n":{"v":"ann"}},{"id":2,"n":{"v":"Bob"},"boss":1}]']]);
  assert.deepEqual(await q("SELECT 1 AS a, NULL AS b FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES"), [['{"a":1,"b":null}']]);
});

test('EXCEPT and INTERSECT compare strings under CI_AS', async () => {
  assert.deepEqual(await q("SELECT name FROM emp WHERE id IN (1, 2) EXCEPT SELECT 'ANN'"), [['Bob']]);
  assert.deepEqual(await q("SELECT name FROM emp INTERSECT SELECT 'bob '"), [['Bob']]);
  assert.deepEqual(await q('SELECT dept_id FROM emp EXCEPT SELECT id FROM dept'), [[null]]);
});

test('OPENJSON with the default schema', async () => {
  assert.deepEqual(await q(`SELECT [key], value, type FROM OPENJSON(N'{"a":1,"b":"x","c":[1,2],"d":null,"e":true}')`),
    [['a', '1', 2], ['b', 'x', 1], ['c', '[1,2]', 4], ['d', null, 0], ['e', 'true', 3]]);
  assert.deepEqual(await q(`SELECT value FROM OPENJSON(N'{"list":[{"n":1},{"n":2}]}', '$.list') ORDER BY [key]`), [['{"n":1}'], ['{"n":2}']]);
});

test('a cached translation sees ALTER VIEW and DROP/CREATE TABLE', async () => {
  await ok(s, 'CREATE VIEW vv AS SELECT id FROM dept');
  assert.deepEqual(await q('SELECT * FROM vv ORDER BY 1'), [[1], [2], [3]]);
  await ok(s, 'ALTER VIEW vv AS SELECT name FROM dept WHERE id = 2');
  assert.deepEqual(await q('SELECT * FROM vv ORDER BY 1'), [['IT']]);
  await ok(s, 'CREATE TABLE tt (a int); INSERT tt VALUES (1)');
  assert.deepEqual(await q('SELECT * FROM tt'), [[1]]);
  await ok(s, "DROP TABLE tt; CREATE TABLE tt (a varchar(5), b int); INSERT tt VALUES ('x', 2)");
  assert.deepEqual(await q('SELECT * FROM tt'), [['x', 2]]);
});

test('COLLATE on a comparison over columns', async () => {
  assert.deepEqual(await q("SELECT id FROM emp WHERE name COLLATE Latin1_General_CS_AS = 'ann'"), [[1]]);
  assert.deepEqual(await q("SELECT COUNT(*) FROM emp WHERE name = 'ANN' COLLATE SQL_Latin1_General_CP1_CI_AS"), [[2]]);
  assert.equal((await exec(s, "SELECT id FROM emp WHERE name COLLATE Nope_CI = 'x'")).errors[0]?.number, 448);
});
