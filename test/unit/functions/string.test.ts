import { test } from 'node:test';
import assert from 'node:assert/strict';
import { call, cast, errorMessage, errorNumber, lit, show, typeDisplay } from './call';

const s = (name: string, ...args: string[]): string => show(call(name, args.map(lit)));
const t = (name: string, ...args: string[]): string => typeDisplay(call(name, args.map(lit)).type);

test('LEN ignores trailing spaces; DATALENGTH counts bytes', () => {
  assert.equal(s('LEN', "'abc  '"), '3');
  assert.equal(s('LEN', "'  abc'"), '5');
  assert.equal(s('LEN', '12345'), '5');
  assert.equal(t('LEN', "'abc'"), 'int');
  assert.equal(typeDisplay(call('LEN', [cast(lit("'a'"), 'varchar(max)')]).type), 'bigint');
  assert.equal(s('DATALENGTH', "N'abc '"), '8');
  assert.equal(s('DATALENGTH', "'abc '"), '4');
  assert.equal(s('DATALENGTH', '1'), '4');
  assert.equal(show(call('LEN', [{ type: { kind: 'varchar', length: 1 }, value: null }])), 'NULL');
});

test('LEFT, RIGHT, SUBSTRING', () => {
  assert.equal(s('LEFT', "'abcdef'", '3'), 'abc');
  assert.equal(s('RIGHT', "'abcdef'", '2'), 'ef');
  assert.equal(s('RIGHT', "'ab'", '5'), 'ab');
  assert.equal(s('SUBSTRING', "'abcdef'", '2', '3'), 'bcd');
  assert.equal(s('SUBSTRING', "'abcdef'", '0', '3'), 'ab');
  assert.equal(s('SUBSTRING', "'abcdef'", '10', '3'), '');
  assert.equal(t('LEFT', "N'abc'", '1'), 'nvarchar(3)');
  assert.equal(errorMessage(() => call('LEFT', [lit("'abc'"), { type: { kind: 'int' }, value: -1 }])), 'Invalid length parameter passed to the left function.');
  assert.equal(errorNumber(() => call('SUBSTRING', [lit("'abc'"), lit('1'), { type: { kind: 'int' }, value: -1 }])), 536);
  assert.equal(show(call('SUBSTRING', [lit('0x010203'), lit('2'), lit('2')])), '0x0203');
});

test('case and trimming', () => {
  assert.equal(s('UPPER', "'abc'"), 'ABC');
  assert.equal(s('LOWER', "'ÀBC'"), 'àbc');
  assert.equal(s('LTRIM', "'  a  '"), 'a  ');
  assert.equal(s('RTRIM', "'  a  '"), '  a');
  assert.equal(s('TRIM', "'  a  '"), 'a');
  assert.equal(s('TRIM', "'..a,.'", "'.,'"), 'a');
});

test('REPLICATE, SPACE, STUFF, REVERSE, REPLACE (case-insensitive)', () => {
  assert.equal(s('REPLICATE', "'ab'", '3'), 'ababab');
  assert.equal(s('REPLICATE', "'ab'", '0'), '');
  assert.equal(show(call('REPLICATE', [lit("'ab'"), { type: { kind: 'int' }, value: -1 }])), 'NULL');
  assert.equal(s('SPACE', '3'), '   ');
  assert.equal(s('STUFF', "'abcdef'", '2', '3', "'ijklmn'"), 'aijklmnef');
  assert.equal(s('REVERSE', "'abc'"), 'cba');
  assert.equal(s('REPLACE', "'abcABC'", "'b'", "'x'"), 'axcAxC');
  assert.equal(s('REPLACE', "'aaa'", "'aa'", "'b'"), 'ba');
});

test('CONCAT, CONCAT_WS, QUOTENAME', () => {
  assert.equal(show(call('CONCAT', [lit("'a'"), { type: { kind: 'int' }, value: null }, lit('1'), lit('1.50')])), 'a11.50');
  assert.equal(t('CONCAT', "'a'", "N'b'"), 'nvarchar(2)');
  assert.equal(show(call('CONCAT_WS', [lit("','"), lit("'a'"), { type: { kind: 'varchar', length: 1 }, value: null }, lit("'b'")])), 'a,b');
  assert.equal(s('QUOTENAME', "'a]b'"), '[a]]b]');
  assert.equal(s('QUOTENAME', "'ab'", "''''"), "'ab'");
  assert.equal(s('QUOTENAME', "'ab'", "'('"), '(ab)');
  assert.equal(errorNumber(() => call('CONCAT', [lit("'a'")])), 189);
});

test('ASCII, CHAR, UNICODE, NCHAR', () => {
  assert.equal(s('ASCII', "'A'"), '65');
  assert.equal(s('ASCII', "'€'"), '128');
  assert.equal(s('CHAR', '65'), 'A');
  assert.equal(s('CHAR', '128'), '€');
  assert.equal(s('CHAR', '256'), 'NULL');
  assert.equal(s('UNICODE', "N'Ā'"), '256');
  assert.equal(s('NCHAR', '256'), 'Ā');
});

test('CHARINDEX and PATINDEX', () => {
  assert.equal(s('CHARINDEX', "'B'", "'abcabc'"), '2');
  assert.equal(s('CHARINDEX', "'b'", "'abcabc'", '3'), '5');
  assert.equal(s('CHARINDEX', "'z'", "'abc'"), '0');
  assert.equal(s('PATINDEX', "'%c_b%'", "'abcabc'"), '3');
  assert.equal(s('PATINDEX', "'%[0-9]%'", "'ab12'"), '3');
  assert.equal(s('PATINDEX', "'ab%'", "'abc'"), '1');
  assert.equal(s('PATINDEX', "'%z%'", "'abc'"), '0');
});

test('STR, TRANSLATE, FORMATMESSAGE', () => {
  assert.equal(s('STR', '123.45e0'), '       123');
  assert.equal(s('STR', '123.45e0', '6', '1'), ' 123.5');
  assert.equal(s('STR', '123456e0', '3'), '***');
  assert.equal(s('TRANSLATE', "'2*[3+4]'", "'[]'", "'()'"), '2*(3+4)');
  assert.equal(s('FORMATMESSAGE', "'Job %s has %d steps'", "'x'", '3'), 'Job x has 3 steps');
});
