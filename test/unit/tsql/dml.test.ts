import { test } from 'node:test';
import assert from 'node:assert/strict';
import { one, strip } from './helpers';

const int = (text: string) => ({ kind: 'literal', form: 'integer', text, unicode: false });
const col = (name: string, ...qualifier: string[]) => ({ kind: 'column', qualifier, name });

test('INSERT VALUES with several rows and DEFAULT', () => {
  assert.deepEqual(strip(one('INSERT INTO dbo.t (a, b) VALUES (1, 2), (3, DEFAULT)')), {
    kind: 'insert', with: [], target: { kind: 'table', name: { schema: 'dbo', name: 't' }, hints: [] }, columns: ['a', 'b'], output: [],
    source: { kind: 'values', rows: [[int('1'), int('2')], [int('3'), { kind: 'default' }]] },
  });
});

test('INSERT ... SELECT, EXEC, DEFAULT VALUES, table variable target', () => {
  const q = strip(one('INSERT @t SELECT 1'));
  assert.ok(q.kind === 'insert' && q.source.kind === 'query');
  assert.deepEqual(q.target, { kind: 'tableVariable', name: '@t' });
  const e = strip(one("INSERT INTO #t EXEC ('select 1')"));
  assert.ok(e.kind === 'insert' && e.source.kind === 'exec' && e.source.exec.kind === 'execString');
  const d = strip(one('INSERT t DEFAULT VALUES'));
  assert.ok(d.kind === 'insert' && d.source.kind === 'defaultValues');
});

test('OUTPUT and OUTPUT INTO', () => {
  const s = strip(one('INSERT INTO t (a) OUTPUT inserted.id INTO @ids (id) OUTPUT inserted.a VALUES (1)'));
  assert.ok(s.kind === 'insert');
  assert.deepEqual(s.output, [
    { items: [{ kind: 'expr', expr: col('id', 'inserted') }], into: { target: { kind: 'tableVariable', name: '@ids' }, columns: ['id'] } },
    { items: [{ kind: 'expr', expr: col('a', 'inserted') }] },
  ]);
});

test('UPDATE: SET forms, @v = col = expr, FROM with joins, TOP, WHERE', () => {
  const s = strip(one('UPDATE TOP (1) x SET a = 1, x.b += 2, @v = c = c + 1, @w = 5 FROM t x JOIN u ON u.id = x.id WHERE x.id = 1'));
  assert.ok(s.kind === 'update');
  assert.deepEqual(s.set, [
    { kind: 'column', column: col('a'), op: '=', value: int('1') },
    { kind: 'column', column: col('b', 'x'), op: '+=', value: int('2') },
    { kind: 'variableColumn', variable: '@v', column: col('c'), op: '=', value: { kind: 'binary', op: '+', left: col('c'), right: int('1') } },
    { kind: 'variable', variable: '@w', op: '=', value: int('5') },
  ]);
  assert.equal(s.from[0]?.kind, 'join');
  assert.equal(s.where?.kind, 'compare');
  assert.deepEqual(s.top, { count: int('1'), percent: false, withTies: false });
});

test('DELETE with and without FROM, joins, TOP, OUTPUT', () => {
  const a = strip(one('DELETE t WHERE a = 1'));
  const b = strip(one('DELETE FROM t WHERE a = 1'));
  assert.deepEqual(a, b);
  const c = strip(one('DELETE TOP (2) FROM x OUTPUT deleted.* FROM t AS x INNER JOIN u ON u.a = x.a'));
  assert.ok(c.kind === 'delete' && c.from.length === 1 && c.output.length === 1 && c.top !== undefined);
});

test('MERGE clauses', () => {
  const m = strip(one('MERGE t AS d USING s ON d.k = s.k WHEN MATCHED THEN UPDATE SET v = s.v ' +
    'WHEN NOT MATCHED BY TARGET THEN INSERT (k, v) VALUES (s.k, s.v) WHEN NOT MATCHED BY SOURCE AND d.v > 0 THEN DELETE;'));
  assert.ok(m.kind === 'merge');
  assert.equal(m.targetAlias, 'd');
  assert.deepEqual(m.whens.map((w) => [w.when, w.action.kind, w.condition !== undefined]),
    [['matched', 'update', false], ['notMatchedByTarget', 'insert', false], ['notMatchedBySource', 'delete', true]]);
});

test('CTE before INSERT/UPDATE/DELETE', () => {
  for (const verb of ['INSERT INTO t SELECT a FROM c', 'UPDATE c SET a = 1', 'DELETE FROM c']) {
    const s = strip(one(`WITH c AS (SELECT 1 AS a) ${verb}`));
    assert.ok((s.kind === 'insert' || s.kind === 'update' || s.kind === 'delete') && s.with.length === 1);
  }
});

test('TRUNCATE TABLE', () => {
  assert.deepEqual(strip(one('TRUNCATE TABLE msdb.dbo.sysjobhistory')),
    { kind: 'truncateTable', name: { database: 'msdb', schema: 'dbo', name: 'sysjobhistory' } });
});
