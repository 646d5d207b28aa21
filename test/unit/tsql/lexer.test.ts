import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TokenType, tokenize } from '../../../src/tsql/lexer';
import { followingErrors } from '../../../src/tsql/syntax-error';
import { SqlError } from '../../../src/errors/sql-error';

const kinds = (sql: string): [number, string][] => tokenize(sql).slice(0, -1).map((t) => [t.type, t.value]);

test('identifiers: regular, bracketed with ]] escape, double-quoted, temp tables', () => {
  assert.deepEqual(kinds('abc [a]]b] "x""y" #t ##g a$1@#'), [
    [TokenType.Word, 'abc'], [TokenType.QuotedIdent, 'a]b'], [TokenType.QuotedIdent, 'x"y'],
    [TokenType.Word, '#t'], [TokenType.Word, '##g'], [TokenType.Word, 'a$1@#'],
  ]);
});

test('keywords are case-insensitive and flagged only when reserved', () => {
  const [sel, tran, go, tr] = tokenize('sElEcT tran GO try');
  assert.equal(sel!.upper, 'SELECT');
  assert.equal(sel!.keyword, true);
  assert.equal(tran!.keyword, true);
  assert.equal(go!.keyword, false);
  assert.equal(tr!.keyword, false);
});

test('variables, globals, pseudo columns', () => {
  assert.deepEqual(kinds('@v @@ROWCOUNT $IDENTITY'), [
    [TokenType.Variable, '@v'], [TokenType.Global, '@@ROWCOUNT'], [TokenType.Pseudo, '$IDENTITY'],
  ]);
});

test('numbers: int, decimal, float with exponent, money, binary', () => {
  assert.deepEqual(kinds('42 1.5 .5 2. 1e5 1.5E-3 $1.25 $-3 0x0aFF 0x'), [
    [TokenType.Integer, '42'], [TokenType.Decimal, '1.5'], [TokenType.Decimal, '.5'], [TokenType.Decimal, '2.'],
    [TokenType.Float, '1e5'], [TokenType.Float, '1.5E-3'], [TokenType.Money, '1.25'], [TokenType.Money, '-3'],
    [TokenType.Binary, '0aFF'], [TokenType.Binary, ''],
  ]);
});

test("strings with '' and N'unicode'", () => {
  const t = tokenize("'it''s' N'ü' n'x'");
  assert.equal(t[0]!.value, "it's");
  assert.equal(t[0]!.unicode, false);
  assert.equal(t[1]!.value, 'ü');
  assert.equal(t[1]!.unicode, true);
  assert.equal(t[2]!.unicode, true);
});

test('comments: -- line and nested /* */ are skipped, lines still counted', () => {
  const t = tokenize('a -- x\n/* 1 /* 2 */\n still */ b\nc');
  assert.deepEqual(t.slice(0, -1).map((x) => [x.value, x.line]), [['a', 1], ['b', 3], ['c', 4]]);
});

test('operators, two-character first', () => {
  assert.deepEqual(kinds('<> != !< !> <= >= += -= *= /= %= &= |= ^= :: << >> = ( ) , ; .').map((k) => k[1]),
    ['<>', '!=', '!<', '!>', '<=', '>=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '::', '<<', '>>', '=', '(', ')', ',', ';', '.']);
});

test('line numbers through multi-line strings and brackets', () => {
  const t = tokenize("'a\nb' [x\ny]\nz");
  assert.deepEqual(t.map((x) => x.line), [1, 2, 4, 4]);
});

test('unclosed quote: 105 then 102, at the line where the text ends', () => {
  try {
    tokenize("select 1\nselect 'abc\ndef");
    assert.fail('no error');
  } catch (e) {
    assert.ok(e instanceof SqlError);
    assert.equal(e.number, 105);
    assert.equal(e.message, "Unclosed quotation mark after the character string 'abc\ndef'.");
    assert.equal(e.lineNumber, 3);
    const [second] = followingErrors(e);
    assert.equal(second?.number, 102);
    assert.equal(second?.message, "Incorrect syntax near 'abc\ndef'.");
  }
});

test('unclosed bracket is also 105; unclosed comment is 113', () => {
  assert.throws(() => tokenize('select [abc'), (e: SqlError) => e.number === 105);
  assert.throws(() => tokenize('select 1 /* a /* b */'), (e: SqlError) => e.number === 113 && e.message === "Missing end comment mark '*/'.");
});

test('identifier longer than 128 characters is 103', () => {
  assert.throws(() => tokenize(`select ${'a'.repeat(129)}`), (e: SqlError) =>
    e.number === 103 && e.message === `The identifier that starts with '${'a'.repeat(129)}' is too long. Maximum length is 128.`);
});

test('GO is an ordinary word', () => {
  assert.deepEqual(kinds('GO'), [[TokenType.Word, 'GO']]);
});
