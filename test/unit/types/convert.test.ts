import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convert, tryConvert } from '../../../src/types/convert';
import { SqlDateTime } from '../../../src/types/values';
import { SqlError } from '../../../src/errors/sql-error';
import { cast, errorMessage, errorNumber, lit, show, type } from './sql';

const text = (v: ReturnType<typeof lit>, spec: string, style?: number): string => String(cast(v, spec, style === undefined ? {} : { style }).value);

test('datetime rounds to 1/300 second (.000/.003/.007)', () => {
  const ms = (t: string): string => show(cast(lit(`'2026-01-01 10:00:00.${t}'`), 'datetime'));
  assert.equal(ms('001'), '2026-01-01 10:00:00.000');
  assert.equal(ms('002'), '2026-01-01 10:00:00.003');
  assert.equal(ms('005'), '2026-01-01 10:00:00.007');
  assert.equal(ms('999'), '2026-01-01 10:00:01.000');
  assert.equal(show(cast(lit("'2026-12-31 23:59:59.999'"), 'datetime')), '2027-01-01 00:00:00.000');
  assert.equal(errorNumber(() => cast(lit("'2026-01-01 10:00:00.1234'"), 'datetime')), 241);
});

test('smalldatetime rounds to the minute, datetime2(n) to n digits', () => {
  assert.equal(text(cast(lit("'2026-01-01 10:00:29.998'"), 'smalldatetime'), 'varchar', 120), '2026-01-01 10:00:00');
  assert.equal(text(cast(lit("'2026-01-01 10:00:29.999'"), 'smalldatetime'), 'varchar', 120), '2026-01-01 10:01:00');
  assert.equal(text(cast(lit("'2026-01-01 10:00:00.1234567'"), 'datetime2(3)'), 'varchar'), '2026-01-01 10:00:00.123');
  assert.equal(text(cast(lit("'2026-01-01 10:00:00.1235'"), 'datetime2(3)'), 'varchar'), '2026-01-01 10:00:00.124');
  assert.equal(text(cast(lit("'2026-01-01 10:00:00.1234567'"), 'datetime2'), 'varchar'), '2026-01-01 10:00:00.1234567');
  assert.equal(text(cast(lit("'10:20:30.5'"), 'time(0)'), 'varchar'), '10:20:31');
});

test('CONVERT date styles', () => {
  const d = cast(lit("'2026-12-01 15:05:33.123'"), 'datetime');
  const cases: [number | undefined, string][] = [
    [undefined, 'Dec  1 2026  3:05PM'], [0, 'Dec  1 2026  3:05PM'], [100, 'Dec  1 2026  3:05PM'],
    [1, '12/01/26'], [101, '12/01/2026'], [2, '26.12.01'], [102, '2026.12.01'], [3, '01/12/26'], [103, '01/12/2026'],
    [104, '01.12.2026'], [105, '01-12-2026'], [106, '01 Dec 2026'], [107, 'Dec 01, 2026'], [108, '15:05:33'],
    [109, 'Dec  1 2026  3:05:33:123PM'], [10, '12-01-26'], [110, '12-01-2026'], [11, '26/12/01'], [111, '2026/12/01'],
    [12, '261201'], [112, '20261201'], [113, '01 Dec 2026 15:05:33:123'], [114, '15:05:33:123'], [20, '2026-12-01 15:05:33'],
    [120, '2026-12-01 15:05:33'], [21, '2026-12-01 15:05:33.123'], [121, '2026-12-01 15:05:33.123'], [23, '2026-12-01'],
    [126, '2026-12-01T15:05:33.123'], [127, '2026-12-01T15:05:33.123'],
  ];
  for (const [style, expected] of cases) assert.equal(text(d, 'varchar(40)', style), expected, `style ${style}`);
  assert.equal(text(cast(lit("'2020-01-01'"), 'datetime'), 'varchar(30)', 126), '2020-01-01T00:00:00');
  assert.equal(text(cast(lit("'2026-12-01'"), 'date'), 'varchar(30)'), '2026-12-01');
  assert.equal(text(cast(lit("'2026-12-01'"), 'date'), 'varchar(30)', 101), '12/01/2026');
  assert.equal(text(cast(lit("'2026-12-01 10:00 +05:30'"), 'datetimeoffset(0)'), 'varchar(40)'), '2026-12-01 10:00:00 +05:30');
  assert.equal(text(d, 'varchar(10)', 120), '2026-12-01');
  assert.equal(errorNumber(() => cast(d, 'varchar(30)', { style: 99 })), 281);
});

test('string -> date formats and DATEFORMAT', () => {
  const iso = (s: string, spec = 'datetime2(0)', dateFormat?: 'dmy' | 'mdy' | 'ymd'): string => text(convert(lit(`'${s}'`), type(spec), dateFormat ? { dateFormat } : {}), 'varchar(40)');
  assert.equal(iso('20260102'), '2026-01-02 00:00:00');
  assert.equal(iso('2026-01-02T03:04:05'), '2026-01-02 03:04:05');
  assert.equal(iso('01/02/2026'), '2026-01-02 00:00:00');
  assert.equal(iso('01/02/2026', 'datetime2(0)', 'dmy'), '2026-02-01 00:00:00');
  assert.equal(iso('Dec 1 2026 3:05PM'), '2026-12-01 15:05:00');
  assert.equal(iso('1 December 2026'), '2026-12-01 00:00:00');
  assert.equal(iso('10:30'), '1900-01-01 10:30:00');
  assert.equal(iso(''), '1900-01-01 00:00:00');
  assert.equal(iso('01/02/26'), '2026-01-02 00:00:00');
  assert.equal(iso('01/02/50'), '1950-01-02 00:00:00');
  assert.equal(text(convert(lit("'02/01/2026'"), type('date'), { style: 103 }), 'varchar(20)'), '2026-01-02');
  assert.equal(errorMessage(() => cast(lit("'abc'"), 'datetime')), 'Conversion failed when converting date and/or time from character string.');
  assert.equal(errorMessage(() => cast(lit("'02/30/2026'"), 'datetime')), 'The conversion of a varchar data type to a datetime data type resulted in an out-of-range value.');
  assert.equal(errorNumber(() => cast(lit("'1700-01-01'"), 'datetime')), 242);
  assert.equal(text(cast(lit("'1700-01-01'"), 'datetime2(0)'), 'varchar(30)'), '1700-01-01 00:00:00');
});

// SQL Server's datetime and smalldatetime read a date or time written in a known shape but with a
// part out of range as 242, state 3 (published transcripts of 'Msg 242, Level 16, State 3' for
// month 13, hour 25, minute 60, 13:00AM, '0000-00-00 00:00:00'); date, datetime2 and time say 241.
test('string -> datetime: a part out of range is 242 state 3; the newer types say 241', () => {
  const outOfRange = ['13/31/2025', '2025-00-10', '0000-00-00 00:00:00', '0-0-0 0:0:0', '01/01/2025 25:00:00',
    '01/01/2025 12:60:00', '01/01/2025 13:00:00AM', '2024-1-1 24:0:0', '2024-1-1 0:0:60', '30-Feb-2007 22:55:07'];
  for (const s of outOfRange) {
    for (const target of ['datetime', 'smalldatetime']) {
      try {
        cast(lit(`'${s}'`), target);
        assert.fail(`${s} as ${target}`);
      } catch (e) {
        assert.ok(e instanceof SqlError, s);
        assert.deepEqual([e.number, e.state], [242, 3], `${s} as ${target}`);
      }
    }
    assert.equal(errorNumber(() => cast(lit(`'${s}'`), 'datetime2')), 241, s);
  }
  assert.equal(errorNumber(() => cast(lit("'2024-1-1 -1:0:0'"), 'datetime')), 241);
});

test('numbers: truncation, rounding and overflow', () => {
  assert.equal(show(cast(lit('1.9'), 'int')), '1');
  assert.equal(show(cast(lit('-1.9'), 'int')), '-1');
  assert.equal(show(cast(lit('$2.50'), 'int')), '3');
  assert.equal(show(cast(lit('1.25'), 'decimal(2,1)')), '1.3');
  assert.equal(show(cast(lit('0.145e0'), 'decimal(10,2)')), '0.15');
  assert.equal(show(cast(lit('1.23456'), 'money')), '1.23');
  assert.equal(show(cast(cast(lit('1.23456'), 'money'), 'varchar', { style: 2 })), '1.2346');
  assert.equal(show(cast(lit('1234567.891'), 'money')), '1234567.89');
  assert.equal(text(cast(lit('1234567.891'), 'money'), 'varchar', 1), '1,234,567.89');
  assert.equal(errorMessage(() => cast(lit('300'), 'tinyint')), 'Arithmetic overflow error for data type tinyint, value = 300.');
  assert.equal(errorMessage(() => cast(lit('123.45'), 'decimal(4,2)')), 'Arithmetic overflow error converting numeric to data type numeric.');
  assert.equal(errorMessage(() => cast(lit('1e10'), 'int')), 'Arithmetic overflow error converting float to data type int.');
  assert.equal(errorMessage(() => cast(lit("'abc'"), 'int')), "Conversion failed when converting the varchar value 'abc' to data type int.");
  assert.equal(errorMessage(() => cast(lit("'abc'"), 'decimal(10,2)')), 'Error converting data type varchar to numeric.');
  assert.equal(errorMessage(() => cast(lit("'abc'"), 'float')), 'Error converting data type varchar to float.');
  assert.equal(errorNumber(() => cast(lit("'99999999999'"), 'int')), 248);
  assert.equal(show(cast(lit("' 42 '"), 'int')), '42');
  assert.equal(show(cast(lit("''"), 'int')), '0');
  assert.equal(show(cast(lit("'1.5e3'"), 'float')), '1500');
});

test('float text forms (style 0 = 6 significant digits)', () => {
  assert.equal(text(lit('1.5e0'), 'varchar'), '1.5');
  assert.equal(text(lit('123456789e0'), 'varchar'), '1.23457e+008');
  assert.equal(text(lit('0.0001e0'), 'varchar'), '0.0001');
  assert.equal(text(lit('1e-5'), 'varchar'), '1e-005');
  assert.equal(text(lit('100000e0'), 'varchar'), '100000');
  assert.equal(text(lit('1.5e0'), 'varchar', 1), '1.5000000e+000');
  assert.equal(text(lit('1.5e0'), 'varchar', 2), '1.500000000000000e+000');
  assert.equal(text(lit('3.14159265358979e0'), 'varchar', 3), '3.14159265358979');
});

test('strings: silent truncation, char padding, * for short integers, code page', () => {
  assert.equal(text(lit("'abcdef'"), 'varchar(3)'), 'abc');
  assert.equal(text(lit("'ab'"), 'char(4)'), 'ab  ');
  assert.equal(text(lit('123'), 'varchar(2)'), '*');
  assert.equal(errorNumber(() => cast(lit('123'), 'nvarchar(2)')), 8115);
  assert.equal(text(lit("N'aĀb'"), 'varchar(10)'), 'a?b');
  assert.equal(text(lit("N'€'"), 'varchar(10)'), '€');
  assert.equal(text(lit('1'), 'varchar'), '1');
  assert.equal(cast(lit('1'), 'varchar').type.kind, 'varchar');
  assert.deepEqual(cast(lit('1'), 'varchar').type, { kind: 'varchar', length: 30 });
});

test('bit, uniqueidentifier and binary', () => {
  assert.equal(cast(lit("'TRUE'"), 'bit').value, true);
  assert.equal(cast(lit("'false'"), 'bit').value, false);
  assert.equal(cast(lit("'0'"), 'bit').value, false);
  assert.equal(cast(lit('42'), 'bit').value, true);
  assert.equal(errorNumber(() => cast(lit("'yes'"), 'bit')), 245);
  const g = cast(lit("'6f9619ff-8b86-d011-b42d-00c04fc964ff'"), 'uniqueidentifier');
  assert.equal(g.value, '6F9619FF-8B86-D011-B42D-00C04FC964FF');
  assert.equal(show(cast(g, 'binary(16)')), '0xFF19966F868B11D0B42D00C04FC964FF');
  assert.equal(cast(cast(g, 'binary(16)'), 'uniqueidentifier').value, g.value);
  assert.equal(errorNumber(() => cast(lit("'nope'"), 'uniqueidentifier')), 8169);
  assert.equal(errorNumber(() => cast(g, 'varchar(10)')), 8170);
  assert.equal(show(cast(lit('1'), 'binary(4)')), '0x00000001');
  assert.equal(show(cast(lit('256'), 'varbinary(1)')), '0x00');
  assert.equal(show(cast(lit("'AB'"), 'varbinary(10)')), '0x4142');
  assert.equal(show(cast(lit("N'AB'"), 'varbinary(10)')), '0x41004200');
  assert.equal(text(lit('0x4142'), 'varchar(10)'), 'AB');
  assert.equal(text(lit('0x4142'), 'varchar(10)', 1), '0x4142');
  assert.equal(text(lit('0x4142'), 'varchar(10)', 2), '4142');
  assert.equal(show(convert(lit("'0x0A0B'"), type('varbinary(10)'), { style: 1 })), '0x0A0B');
  assert.equal(show(convert(lit("'0A0B'"), type('varbinary(10)'), { style: 2 })), '0x0A0B');
  assert.equal(show(cast(lit('0x01'), 'binary(3)')), '0x010000');
});

test('not allowed conversions raise 529; TRY_CONVERT gives NULL for failures only', () => {
  assert.equal(errorMessage(() => cast(cast(lit("'2026-01-01'"), 'date'), 'int')), 'Explicit conversion from data type date to int is not allowed.');
  assert.equal(errorNumber(() => cast(lit('1'), 'uniqueidentifier')), 529);
  assert.equal(errorNumber(() => cast(cast(lit("'2026-01-01'"), 'date'), 'time')), 529);
  assert.equal(tryConvert(lit("'abc'"), type('int')).value, null);
  assert.equal(tryConvert(lit("'x'"), type('datetime')).value, null);
  assert.equal(errorNumber(() => tryConvert(cast(lit("'2026-01-01'"), 'date'), type('int'))), 529);
  assert.equal(cast({ type: { kind: 'int' }, value: null }, 'varchar').value, null);
});

test('datetime <-> numbers count days since 1900-01-01', () => {
  assert.equal(show(cast(lit('1'), 'datetime')), '1900-01-02 00:00:00.000');
  assert.equal(show(cast(lit('1.5e0'), 'datetime')), '1900-01-02 12:00:00.000');
  assert.equal(show(cast(cast(lit("'1900-01-02 12:00'"), 'datetime'), 'int')), '2');
  assert.equal(show(cast(cast(lit("'1900-01-02 11:59'"), 'datetime'), 'int')), '1');
  assert.equal(show(cast(cast(lit("'1900-01-02 12:00'"), 'datetime'), 'float')), '1.5');
  const dt = cast(lit("'2026-03-04 05:06:07.890'"), 'datetime');
  assert.ok(dt.value instanceof SqlDateTime);
});

test('round trips of every type through nvarchar', () => {
  const specs: [string, string][] = [
    ['1', 'bit'], ['255', 'tinyint'], ['-32768', 'smallint'], ['-2147483648', 'int'], ['9223372036854775807', 'bigint'],
    ['123.4500', 'decimal(10,4)'], ['-0.5', 'numeric(3,1)'], ['1.5', 'float'], ['0.25', 'real'], ['-12.3400', 'money'], ['214748.3647', 'smallmoney'],
    ['abc', 'varchar(10)'], ['ab  ', 'char(4)'], ['αβγ', 'nvarchar(10)'], ['6F9619FF-8B86-D011-B42D-00C04FC964FF', 'uniqueidentifier'],
    ['2026-12-01', 'date'], ['10:20:30.1234567', 'time'], ['2026-12-01 10:20:30.997', 'datetime'], ['2026-12-01 10:20:00', 'smalldatetime'],
    ['2026-12-01 10:20:30.1234567', 'datetime2'], ['2026-12-01 10:20:30.123 -08:00', 'datetimeoffset(3)'],
  ];
  for (const [value, spec] of specs) {
    const v = cast(lit(`N'${value}'`), spec);
    const back = cast(cast(v, 'nvarchar(100)', { style: spec === 'datetime' || spec === 'smalldatetime' ? 121 : spec.endsWith('money') ? 2 : undefined }), spec);
    assert.deepEqual(back.value, v.value, spec);
  }
  const bin = cast(lit('0x00FF10'), 'varbinary(10)');
  assert.deepEqual(cast(cast(bin, 'nvarchar(100)', { style: 1 }), 'varbinary(10)', { style: 1 }).value, bin.value);
});
