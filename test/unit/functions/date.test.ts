import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultFunctionContext } from '../../../src/engine/functions/function-types';
import { stringLiteral } from '../../../src/types/literals';
import { call, cast, ctx, errorNumber, lit, show, typeDisplay } from './call';

const part = (name: string): ReturnType<typeof lit> => stringLiteral(name);
const d = (text: string, spec = 'datetime2'): ReturnType<typeof lit> => cast(lit(`'${text}'`), spec);

test('DATEDIFF counts boundaries crossed', () => {
  const diff = (p: string, a: string, b: string): string => show(call('DATEDIFF', [part(p), lit(`'${a}'`), lit(`'${b}'`)]));
  const a = '2005-12-31 23:59:59.9999999';
  const b = '2006-01-01 00:00:00.0000000';
  for (const p of ['year', 'quarter', 'month', 'dayofyear', 'day', 'week', 'hour', 'minute', 'second', 'ms', 'mcs']) assert.equal(diff(p, a, b), '1', p);
  assert.equal(diff('ns', a, b), '100');
  assert.equal(diff('day', '2026-01-01', '2025-12-30'), '-2');
  assert.equal(diff('week', '2026-11-28', '2026-11-29'), '1');
  assert.equal(diff('week', '2026-11-29', '2026-12-05'), '0');
  assert.equal(diff('month', '2026-01-31', '2026-02-01'), '1');
  assert.equal(errorNumber(() => call('DATEDIFF', [part('ns'), lit("'2000-01-01'"), lit("'2026-01-01'")])), 535);
  assert.equal(show(call('DATEDIFF_BIG', [part('ns'), lit("'2000-01-01'"), lit("'2000-01-02'")])), '86400000000000');
  assert.equal(errorNumber(() => call('DATEDIFF', [part('fortnight'), lit("'2000-01-01'"), lit("'2000-01-02'")])), 155);
});

test('DATEADD keeps the type, clamps month ends, rounds datetime', () => {
  const add = (p: string, n: string, v: ReturnType<typeof lit>): string => show(call('DATEADD', [part(p), lit(n), v]));
  assert.equal(add('month', '1', d('2026-01-31', 'date')), '2026-02-28');
  assert.equal(add('year', '1', d('2024-02-29', 'date')), '2025-02-28');
  assert.equal(add('day', '-1', d('2026-03-01', 'date')), '2026-02-28');
  assert.equal(add('hour', '25', d('2026-01-01 00:00', 'datetime')), '2026-01-02 01:00:00.000');
  assert.equal(add('ms', '2', d('2026-01-01 00:00', 'datetime')), '2026-01-01 00:00:00.003');
  assert.equal(add('quarter', '1', d('2026-11-15 10:00', 'datetime2')), '2027-02-15 10:00:00.0000000');
  assert.equal(add('week', '1', d('2026-01-01', 'date')), '2026-01-08');
  assert.equal(add('minute', '90', d('23:00', 'time(0)')), '00:30:00');
  assert.equal(typeDisplay(call('DATEADD', [part('day'), lit('1'), lit("'2026-01-01'")]).type), 'datetime');
  assert.equal(errorNumber(() => call('DATEADD', [part('hour'), lit('1'), d('2026-01-01', 'date')])), 9810);
  assert.equal(errorNumber(() => call('DATEADD', [part('year'), lit('10000'), d('2026-01-01', 'date')])), 517);
});

test('DATEPART, DATENAME, YEAR/MONTH/DAY; week and weekday follow DATEFIRST', () => {
  const v = lit("'2007-10-30 12:15:32.1234567 +05:10'");
  const dp = (p: string): string => show(call('DATEPART', [part(p), v]));
  const expected: [string, string][] = [
    ['year', '2007'], ['quarter', '4'], ['month', '10'], ['dayofyear', '303'], ['day', '30'], ['week', '44'],
    ['weekday', '3'], ['hour', '12'], ['minute', '15'], ['second', '32'], ['millisecond', '123'],
    ['microsecond', '123456'], ['nanosecond', '123456700'], ['tzoffset', '310'], ['iso_week', '44'],
  ];
  for (const [p, e] of expected) assert.equal(dp(p), e, p);
  assert.equal(show(call('DATENAME', [part('month'), v])), 'October');
  assert.equal(show(call('DATENAME', [part('dw'), v])), 'Tuesday');
  assert.equal(show(call('YEAR', [lit("'2026-12-01'")])), '2026');
  assert.equal(show(call('MONTH', [lit("'2026-12-01'")])), '12');
  assert.equal(show(call('DAY', [lit("'2026-12-01'")])), '1');
  const monday = defaultFunctionContext({ dateFirst: 1 });
  assert.equal(show(call('DATEPART', [part('dw'), lit("'2026-11-29'")], monday)), '7');
  assert.equal(show(call('DATEPART', [part('dw'), lit("'2026-11-29'")])), '1');
  assert.equal(show(call('DATEPART', [part('wk'), lit("'2026-01-04'")])), '2');
  assert.equal(show(call('DATEPART', [part('wk'), lit("'2026-01-04'")], monday)), '1');
  assert.equal(show(call('DATEPART', [part('ms'), d('2026-01-01 00:00:00.002', 'datetime')])), '3');
  assert.equal(errorNumber(() => call('DATEPART', [part('hour'), d('2026-01-01', 'date')])), 9810);
});

test('EOMONTH and the FROMPARTS family', () => {
  assert.equal(show(call('EOMONTH', [lit("'2024-02-10'")])), '2024-02-29');
  assert.equal(show(call('EOMONTH', [lit("'2026-01-31'"), lit('1')])), '2026-02-28');
  assert.equal(show(call('EOMONTH', [lit("'2026-01-31'"), lit('-2')])), '2025-11-30');
  assert.equal(show(call('DATEFROMPARTS', [lit('2026'), lit('12'), lit('1')])), '2026-12-01');
  assert.equal(errorNumber(() => call('DATEFROMPARTS', [lit('2026'), lit('2'), lit('30')])), 289);
  assert.equal(show(call('DATETIMEFROMPARTS', [lit('2026'), lit('12'), lit('1'), lit('10'), lit('5'), lit('3'), lit('2')])), '2026-12-01 10:05:03.003');
  const d2 = call('DATETIME2FROMPARTS', [lit('2026'), lit('12'), lit('1'), lit('10'), lit('5'), lit('3'), lit('5'), lit('1')]);
  assert.equal(show(d2), '2026-12-01 10:05:03.5');
  assert.equal(typeDisplay(d2.type), 'datetime2(1)');
  assert.equal(show(call('TIMEFROMPARTS', [lit('23'), lit('59'), lit('59'), lit('0'), lit('0')])), '23:59:59');
  assert.equal(show(call('DATEFROMPARTS', [lit('2026'), { type: { kind: 'int' }, value: null }, lit('1')])), 'NULL');
});

test('clock functions read the injected clock (server at UTC+01:00)', () => {
  assert.equal(show(call('GETDATE', [])), '2026-12-01 11:05:33.123');
  assert.equal(show(call('CURRENT_TIMESTAMP', [])), '2026-12-01 11:05:33.123');
  assert.equal(show(call('GETUTCDATE', [])), '2026-12-01 10:05:33.123');
  assert.equal(show(call('SYSDATETIME', [])), '2026-12-01 11:05:33.1230000');
  assert.equal(show(call('SYSUTCDATETIME', [])), '2026-12-01 10:05:33.1230000');
  assert.equal(show(call('SYSDATETIMEOFFSET', [])), '2026-12-01 11:05:33.1230000 +01:00');
  assert.equal(typeDisplay(call('GETDATE', [], ctx).type), 'datetime');
  assert.equal(show(cast(call('GETDATE', []), 'varchar')), 'Dec  1 2026 11:05AM');
});

test('ISDATE, SWITCHOFFSET, TODATETIMEOFFSET', () => {
  assert.equal(show(call('ISDATE', [lit("'2026-02-28'")])), '1');
  assert.equal(show(call('ISDATE', [lit("'2026-02-30'")])), '0');
  assert.equal(show(call('ISDATE', [lit("'hello'")])), '0');
  assert.equal(show(call('ISDATE', [lit("'1700-01-01'")])), '0');
  const dto = cast(lit("'2026-12-01 10:00 +00:00'"), 'datetimeoffset(0)');
  assert.equal(show(call('SWITCHOFFSET', [dto, lit("'-05:00'")])), '2026-12-01 05:00:00.0000000 -05:00');
  assert.equal(show(call('TODATETIMEOFFSET', [d('2026-12-01 10:00', 'datetime2(0)'), lit("'+02:00'")])), '2026-12-01 10:00:00.0000000 +02:00');
});
