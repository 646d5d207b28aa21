// sp_send_dbmail's @query text: fixed-width result sets, value rendering by type.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { queryResultText, valueText } from '../../../../src/procedures/msdb/mail/query-result-text';
import { SqlDateTime, SqlDecimal } from '../../../../src/types/values';
import type { QueryResult } from '../../../../src/engine/procedure-registry';

const INT = { kind: 'int' } as const;
const NV = { kind: 'nvarchar', length: 20 } as const;
const set: QueryResult = {
  columns: [{ name: 'id', type: INT, nullable: false }, { name: 'name', type: NV, nullable: true }],
  rows: [[7, 'seven'], [100, null]],
  rowCount: 2,
};

test('values: decimals, dates by type, binary, bits, NULL', () => {
  assert.equal(valueText(new SqlDecimal(-1234n, 3), { kind: 'decimal', precision: 10, scale: 3 }), '-1.234');
  assert.equal(valueText(new SqlDecimal(5n, 2), { kind: 'decimal', precision: 10, scale: 2 }), '0.05');
  // 2026-12-02 is day 739,951 from 0001-01-01; 13:45:30.5 in 100 ns ticks
  const ticks = ((13 * 60 + 45) * 60 + 30) * 10_000_000 + 5_000_000;
  const dt = new SqlDateTime(739_951, ticks);
  assert.equal(valueText(dt, { kind: 'datetime' }), '2026-12-02 13:45:30.500');
  assert.equal(valueText(dt, { kind: 'date' }), '2026-12-02');
  assert.equal(valueText(Buffer.from([0xab, 0x01]), { kind: 'varbinary', length: 2 }), '0xAB01');
  assert.equal(valueText(true, { kind: 'bit' }), '1');
  assert.equal(valueText(null, INT), 'NULL');
});

const BASE = { header: true, width: 256, separator: ' ', noPadding: false, noTruncate: false } as const;
const lines = (...l: string[]): string => l.map((x) => `${x}\r\n`).join('');

test('a result set: names, dashes as wide as the type, numbers right-aligned, rows affected', () => {
  assert.equal(queryResultText([set], BASE), lines(
    'id          name                ',
    '----------- --------------------',
    '          7 seven               ',
    '        100 NULL                ',
    '', '(2 rows affected)'));
});

test('no header, a separator, no padding (dashes as long as the name)', () => {
  assert.equal(queryResultText([set], { ...BASE, header: false, separator: ',', noPadding: true }),
    lines('7,seven', '100,NULL', '', '(2 rows affected)'));
  assert.equal(queryResultText([set], { ...BASE, separator: ',', noPadding: true }),
    lines('id,name', '--,----', '7,seven', '100,NULL', '', '(2 rows affected)'));
});

test('a line longer than @query_result_width goes on over the next lines', () => {
  assert.deepEqual(queryResultText([set], { ...BASE, width: 20 }).split('\r\n').slice(0, 4),
    ['id          name    ', '            ', '----------- --------', '------------']);
});

test('large types: cut at 256 characters, whole and without headers under @query_no_truncate', () => {
  const big: QueryResult = { columns: [{ name: 'v', type: { kind: 'nvarchar', length: 'max' }, nullable: true }], rows: [['x'.repeat(300)]], rowCount: 1 };
  const cut = queryResultText([big], { ...BASE, width: 1000 }).split('\r\n');
  assert.deepEqual(cut.slice(0, 2).map((l) => l.length), [256, 256]);
  assert.equal(cut[2], 'x'.repeat(256));
  assert.equal(queryResultText([big], { ...BASE, width: 1000, noTruncate: true }), lines('x'.repeat(300), '', '(1 rows affected)'));
});

test('display sizes: decimal p + 2, datetime 23, bit 1, money with four decimals', () => {
  const s: QueryResult = {
    columns: [
      { name: 'd', type: { kind: 'decimal', precision: 5, scale: 2 }, nullable: false },
      { name: 'when', type: { kind: 'datetime' }, nullable: false },
      { name: 'b', type: { kind: 'bit' }, nullable: false },
      { name: 'm', type: { kind: 'money' }, nullable: false },
    ],
    rows: [[new SqlDecimal(-125n, 2), new SqlDateTime(739_951, 0), true, 123400n]],
    rowCount: 1,
  };
  assert.equal(queryResultText([s], BASE), lines(
    'd       when                    b m                    ',
    '------- ----------------------- - ---------------------',
    '  -1.25 2026-12-02 00:00:00.000 1               12.3400',
    '', '(1 rows affected)'));
});

test('SET NOCOUNT ON in the query (no count on the SELECT\'s DONE): no rows-affected line; no padding ignores the width', () => {
  const quiet: QueryResult = { columns: set.columns, rows: set.rows };
  assert.equal(queryResultText([quiet], { ...BASE, noPadding: true, separator: ';', width: 10 }), lines('id;name', '--;----', '7;seven', '100;NULL'));
  assert.equal(queryResultText([set], { ...BASE, noPadding: true, width: 10, header: false }), lines('7 seven', '100 NULL', '', '(2 rows affected)'));
});
