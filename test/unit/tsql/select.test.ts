import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Query, QuerySpec, SelectStatement, TableSource } from '../../../src/tsql/ast';
import { one, strip } from './helpers';

function query(sql: string): Query {
  const s = one(sql) as SelectStatement;
  assert.equal(s.kind, 'select');
  return strip(s.query);
}

function spec(sql: string): QuerySpec {
  const q = query(sql);
  assert.equal(q.body.kind, 'querySpec');
  return q.body as QuerySpec;
}

const col = (name: string, ...qualifier: string[]) => ({ kind: 'column', qualifier, name });

test('select list: alias forms, star, qualified star, assignment', () => {
  const s = spec("SELECT a, b AS c, d e, f = 1, 'g' = 2, h 'i', * , t.*, @v = a, @w += 1 FROM t");
  assert.deepEqual(s.items, [
    { kind: 'expr', expr: col('a') },
    { kind: 'expr', expr: col('b'), alias: 'c' },
    { kind: 'expr', expr: col('d'), alias: 'e' },
    { kind: 'expr', expr: { kind: 'literal', form: 'integer', text: '1', unicode: false }, alias: 'f' },
    { kind: 'expr', expr: { kind: 'literal', form: 'integer', text: '2', unicode: false }, alias: 'g' },
    { kind: 'expr', expr: col('h'), alias: 'i' },
    { kind: 'star', qualifier: [] },
    { kind: 'star', qualifier: ['t'] },
    { kind: 'assign', variable: '@v', op: '=', expr: col('a') },
    { kind: 'assign', variable: '@w', op: '+=', expr: { kind: 'literal', form: 'integer', text: '1', unicode: false } },
  ]);
});

test('TOP forms', () => {
  assert.deepEqual(spec('SELECT TOP (@n) PERCENT WITH TIES a FROM t ORDER BY a').top,
    { count: { kind: 'variable', name: '@n' }, percent: true, withTies: true });
  assert.deepEqual(spec('SELECT TOP 5 * FROM t').top, { count: { kind: 'literal', form: 'integer', text: '5', unicode: false }, percent: false, withTies: false });
  assert.equal(spec('SELECT DISTINCT a FROM t').distinct, true);
});

test('FROM: names of one to four parts, aliases, hints', () => {
  const s = spec('SELECT * FROM t, dbo.t AS a, db.dbo.t b WITH (NOLOCK, INDEX(ix)), srv.db.dbo.t, msdb..sysjobs, #tmp, @tv v');
  assert.deepEqual(s.from, [
    { kind: 'table', name: { name: 't' }, hints: [] },
    { kind: 'table', name: { schema: 'dbo', name: 't' }, alias: 'a', hints: [] },
    { kind: 'table', name: { database: 'db', schema: 'dbo', name: 't' }, alias: 'b', hints: ['NOLOCK', 'INDEX(IX)'] },
    { kind: 'table', name: { server: 'srv', database: 'db', schema: 'dbo', name: 't' }, hints: [] },
    { kind: 'table', name: { database: 'msdb', name: 'sysjobs' }, hints: [] },
    { kind: 'table', name: { name: '#tmp' }, hints: [] },
    { kind: 'tableVariable', name: '@tv', alias: 'v' },
  ]);
});

test('joins of every kind, nested ON, APPLY', () => {
  const s = spec('SELECT * FROM a JOIN b ON 1 = 1 LEFT JOIN c ON 1 = 1 RIGHT OUTER JOIN d ON 1 = 1 FULL JOIN e ON 1 = 1 CROSS JOIN f CROSS APPLY g() OUTER APPLY h()');
  const types: string[] = [];
  let t: TableSource = s.from[0]!;
  while (t.kind === 'join') {
    types.unshift(t.joinType);
    t = t.left;
  }
  assert.deepEqual(types, ['inner', 'left', 'right', 'full', 'cross', 'crossApply', 'outerApply']);
  const nested = spec('SELECT * FROM a JOIN b JOIN c ON c.x = b.x ON a.y = b.y').from[0]!;
  assert.ok(nested.kind === 'join' && nested.right.kind === 'join' && nested.right.on !== undefined);
});

test('derived tables, VALUES tables, table-valued functions', () => {
  const s = spec('SELECT * FROM (SELECT 1 AS n) d, (VALUES (1), (2)) AS v(x), dbo.tvf(1) AS f(c), STRING_SPLIT(@s, \',\')');
  assert.deepEqual(s.from.map((f) => f.kind), ['derived', 'values', 'tableFunction', 'tableFunction']);
  const v = s.from[1]!;
  assert.ok(v.kind === 'values' && v.rows.length === 2 && v.alias === 'v');
  assert.deepEqual(v.columns, ['x']);
});

test('WHERE, GROUP BY, HAVING, ORDER BY, OFFSET/FETCH', () => {
  const q = query('SELECT a, COUNT(*) FROM t WHERE b > 0 GROUP BY a HAVING COUNT(*) > 1 ORDER BY a DESC, 2 OFFSET 5 ROWS FETCH FIRST 10 ROWS ONLY');
  const s = q.body as QuerySpec;
  assert.equal(s.where?.kind, 'compare');
  assert.deepEqual(s.groupBy, [col('a')]);
  assert.equal(s.having?.kind, 'compare');
  assert.deepEqual(q.orderBy.map((o) => o.desc), [true, false]);
  assert.deepEqual(q.offset, { kind: 'literal', form: 'integer', text: '5', unicode: false });
  assert.deepEqual(q.fetch, { kind: 'literal', form: 'integer', text: '10', unicode: false });
});

test('set operations: INTERSECT binds tighter; ORDER BY applies to the whole', () => {
  const q = query('SELECT 1 UNION ALL SELECT 2 INTERSECT SELECT 3 EXCEPT SELECT 4 ORDER BY 1');
  const b = q.body;
  assert.ok(b.kind === 'setOperation' && b.op === 'except');
  assert.ok(b.left.kind === 'setOperation' && b.left.op === 'unionAll');
  assert.ok(b.left.right.kind === 'setOperation' && b.left.right.op === 'intersect');
  assert.equal(q.orderBy.length, 1);
});

test('recursive CTE with column list, OPTION hints', () => {
  const q = query('WITH r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT n FROM r OPTION (MAXRECURSION 10)');
  assert.equal(q.with.length, 1);
  assert.equal(q.with[0]!.name, 'r');
  assert.deepEqual(q.with[0]!.columns, ['n']);
  assert.deepEqual(q.hints, ['MAXRECURSION 10']);
});

test('SELECT INTO and FOR XML PATH', () => {
  assert.deepEqual(spec('SELECT * INTO #t FROM u').into, { name: '#t' });
  assert.deepEqual(query("SELECT a FROM t FOR XML PATH(''), TYPE").for, { kind: 'xml', mode: 'path', element: '', options: ['TYPE'] });
});

test('window functions', () => {
  const s = spec('SELECT ROW_NUMBER() OVER (PARTITION BY a ORDER BY b) FROM t');
  const item = s.items[0]!;
  assert.ok(item.kind === 'expr' && item.expr.kind === 'call');
  assert.deepEqual(item.expr.over, { partitionBy: [col('a')], orderBy: [{ expr: col('b'), desc: false }] });
});

test('statement line is the line of SELECT', () => {
  const s = one('\n\n  SELECT 1');
  assert.equal(s.line, 3);
});
