import { test } from 'node:test';
import assert from 'node:assert/strict';
import { printExpr } from '../../../src/tsql/print/print';
import { parseExpression } from '../../../src/tsql/parse';
import { expr } from './helpers';

/** Fully parenthesised rendering, so tests state the grouping the parser chose. */
function shape(sql: string): string {
  const walk = (e: ReturnType<typeof expr>): string => {
    switch (e.kind) {
      case 'binary': case 'compare': return `(${walk(e.left)} ${e.op} ${walk(e.right)})`;
      case 'logical': return `(${walk(e.left)} ${e.op.toUpperCase()} ${walk(e.right)})`;
      case 'not': return `(NOT ${walk(e.operand)})`;
      case 'unary': return `(${e.op}${walk(e.operand)})`;
      case 'between': return `(${walk(e.operand)} BETWEEN ${walk(e.low)} AND ${walk(e.high)})`;
      case 'like': return `(${walk(e.operand)} LIKE ${walk(e.pattern)})`;
      case 'isNull': return `(${walk(e.operand)} IS${e.not ? ' NOT' : ''} NULL)`;
      default: return printExpr(e);
    }
  };
  return walk(expr(sql));
}

test('multiplicative binds tighter than additive; same level is left-associative', () => {
  assert.equal(shape('1 + 2 * 3'), '(1 + (2 * 3))');
  assert.equal(shape('4 - 2 + 27'), '((4 - 2) + 27)');
  assert.equal(shape('8 / 4 % 3 * 2'), '(((8 / 4) % 3) * 2)');
});

test('bitwise & ^ | share the additive level', () => {
  assert.equal(shape('1 | 2 + 3'), '((1 | 2) + 3)');
  assert.equal(shape('1 & 2 * 3'), '(1 & (2 * 3))');
});

test('unary operators bind tightest', () => {
  assert.equal(shape('-1 + 2'), '((-1) + 2)');
  assert.equal(shape('~1 * 2'), '((~1) * 2)');
  assert.equal(shape('- -1'), '(-(-1))');
});

test('comparison below arithmetic, NOT below comparison, AND below NOT, OR lowest', () => {
  assert.equal(shape('a + 1 = b * 2'), '((a + 1) = (b * 2))');
  assert.equal(shape('NOT a = 1 AND b = 2 OR c = 3'), '(((NOT (a = 1)) AND (b = 2)) OR (c = 3))');
  assert.equal(shape('a = 1 OR b = 2 AND c = 3'), '((a = 1) OR ((b = 2) AND (c = 3)))');
});

test('BETWEEN takes its AND before the logical AND', () => {
  assert.equal(shape('a BETWEEN 1 AND 2 AND b = 3'), '((a BETWEEN 1 AND 2) AND (b = 3))');
});

test('!= !< !> normalise to <> >= <=', () => {
  assert.deepEqual([expr('a != 1'), expr('a !< 1'), expr('a !> 1')].map((e) => e.kind === 'compare' && e.op), ['<>', '>=', '<=']);
});

test('parentheses may hold a condition or a value', () => {
  assert.equal(shape('(a = 1 OR b = 2) AND c = 3'), '(((a = 1) OR (b = 2)) AND (c = 3))');
  assert.equal(shape('(a + 1) * 2 > 4'), '(((a + 1) * 2) > 4)');
});

test('literals keep their text and form', () => {
  assert.deepEqual(expr('2147483648'), { kind: 'literal', form: 'integer', text: '2147483648', unicode: false });
  assert.deepEqual(expr('1.50'), { kind: 'literal', form: 'decimal', text: '1.50', unicode: false });
  assert.deepEqual(expr('1e3'), { kind: 'literal', form: 'float', text: '1e3', unicode: false });
  assert.deepEqual(expr('$1.5'), { kind: 'literal', form: 'money', text: '1.5', unicode: false });
  assert.deepEqual(expr('0xFF'), { kind: 'literal', form: 'binary', text: 'FF', unicode: false });
  assert.deepEqual(expr("N'x'"), { kind: 'literal', form: 'string', text: 'x', unicode: true });
  assert.deepEqual(expr('NULL'), { kind: 'null' });
});

test('column references, variables, globals', () => {
  assert.deepEqual(expr('db.dbo.t.c'), { kind: 'column', qualifier: ['db', 'dbo', 't'], name: 'c' });
  assert.deepEqual(expr('[a b]'), { kind: 'column', qualifier: [], name: 'a b' });
  assert.deepEqual(expr('@x'), { kind: 'variable', name: '@x' });
  assert.deepEqual(expr('@@rowcount'), { kind: 'global', name: '@@ROWCOUNT' });
});

test('special function syntax', () => {
  assert.deepEqual(expr('COUNT(*)'), { kind: 'call', name: { name: 'COUNT' }, args: [], star: true, distinct: false });
  assert.deepEqual(expr('count(distinct x)'), {
    kind: 'call', name: { name: 'count' }, args: [{ kind: 'column', qualifier: [], name: 'x' }], star: false, distinct: true,
  });
  const d = expr('DATEADD(DD, 1, x)');
  assert.ok(d.kind === 'call');
  assert.deepEqual(d.args[0], { kind: 'datePart', name: 'dd' });
  assert.deepEqual(expr('CAST(1 AS sysname)'), {
    kind: 'cast', operand: { kind: 'literal', form: 'integer', text: '1', unicode: false }, type: { kind: 'nvarchar', length: 128 }, try: false,
  });
  const c = expr('CONVERT(varchar, x, 112)');
  assert.ok(c.kind === 'convert');
  assert.deepEqual(c.type, { kind: 'varchar', length: 30 });
  const iif = expr('IIF(a > 1, 1, 0)');
  assert.ok(iif.kind === 'call' && iif.args[0]?.kind === 'compare');
  assert.deepEqual(expr('dbo.fn(1)'), {
    kind: 'call', name: { schema: 'dbo', name: 'fn' }, args: [{ kind: 'literal', form: 'integer', text: '1', unicode: false }], star: false, distinct: false,
  });
});

test('CASE simple and searched', () => {
  const s = expr("CASE a WHEN 1 THEN 'x' ELSE 'y' END");
  assert.ok(s.kind === 'case' && s.operand !== undefined && s.else !== undefined && s.whens.length === 1);
  const w = expr('CASE WHEN a > 1 THEN 1 END');
  assert.ok(w.kind === 'case' && w.operand === undefined && w.whens[0]?.when.kind === 'compare');
});

test('IN, LIKE ... ESCAPE, IS NOT NULL, EXISTS, quantified comparison', () => {
  assert.equal(expr('a NOT IN (1, 2)').kind, 'inList');
  assert.equal(expr('a IN (SELECT 1)').kind, 'inSubquery');
  const like = expr("a LIKE 'x!%' ESCAPE '!'");
  assert.ok(like.kind === 'like' && like.escape !== undefined && !like.not);
  assert.deepEqual(expr('a IS NOT NULL'), { kind: 'isNull', operand: { kind: 'column', qualifier: [], name: 'a' }, not: true });
  assert.equal(expr('EXISTS (SELECT 1)').kind, 'exists');
  const q = expr('a > ALL (SELECT 1)');
  assert.ok(q.kind === 'quantified' && q.quantifier === 'all' && q.op === '>');
});

test('expressions carry line numbers', () => {
  const e = parseExpression('1 +\n\n  x');
  assert.ok(e.kind === 'binary');
  assert.equal(e.line, 1);
  assert.equal(e.right.line, 3);
});
