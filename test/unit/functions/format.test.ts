import { test } from 'node:test';
import assert from 'node:assert/strict';
import { call, cast, lit, show } from './call';

const f = (v: ReturnType<typeof lit>, format: string): string => show(call('FORMAT', [v, lit(`'${format}'`)]));

test('FORMAT numbers (en-US)', () => {
  assert.equal(f(lit('1234.5678'), 'N'), '1,234.57');
  assert.equal(f(lit('1234.5678'), 'N0'), '1,235');
  assert.equal(f(lit('1234.5'), 'F3'), '1234.500');
  assert.equal(f(lit('42'), 'D5'), '00042');
  assert.equal(f(lit('1234.5'), 'C'), '$1,234.50');
  assert.equal(f(lit('0.1234'), 'P1'), '12.3%');
  assert.equal(f(lit('255'), 'X4'), '00FF');
  assert.equal(f(lit('1234567.891'), '#,##0.00'), '1,234,567.89');
  assert.equal(f(lit('5'), '000'), '005');
  assert.equal(f(lit('1.5'), '0.##'), '1.5');
});

test('FORMAT dates (en-US)', () => {
  const d = cast(lit("'2026-12-01 15:05:33.1234567'"), 'datetime2');
  assert.equal(f(d, 'yyyy-MM-dd HH:mm:ss'), '2026-12-01 15:05:33');
  assert.equal(f(d, 'dd/MM/yyyy'), '01/12/2026');
  assert.equal(f(d, 'd'), '12/1/2026');
  assert.equal(f(d, 'D'), 'Tuesday, December 1, 2026');
  assert.equal(f(d, 'MMM d, yyyy h:mm tt'), 'Dec 1, 2026 3:05 PM');
  assert.equal(f(d, 'HH:mm:ss.fff'), '15:05:33.123');
  assert.equal(f(d, "yyyyMMdd'T'HHmm"), '20261201T1505');
});
