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

test('a result set: header, dashes, rows padded to the widest, rows affected', () => {
  assert.equal(queryResultText([set], { header: true, width: 256, separator: ' ', noPadding: false }),
    ['id  name', '--- -----', '7   seven', '100 NULL', '', '(2 rows affected)', ''].join('\r\n'));
});

test('no header, a separator, no padding, and the line width', () => {
  assert.equal(queryResultText([set], { header: false, width: 256, separator: ',', noPadding: true }),
    ['7,seven', '100,NULL', '', '(2 rows affected)', ''].join('\r\n'));
  assert.equal(queryResultText([set], { header: true, width: 5, separator: ' ', noPadding: false }).split('\r\n')[0], 'id  n');
});
