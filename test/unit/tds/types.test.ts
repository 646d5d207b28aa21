import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProtocolError } from '../../../src/errors/protocol-error';
import type { SqlType } from '../../../src/types/sql-type';
import { SqlDateTime, SqlDateTimeOffset, SqlDecimal, SqlVariant, type SqlValue } from '../../../src/types/values';
import { BufferReader } from '../../../src/tds/io/buffer-reader';
import { BufferWriter } from '../../../src/tds/io/buffer-writer';
import { readParamTypeInfo } from '../../../src/tds/types/type-info-read';
import { writeTypeInfo } from '../../../src/tds/types/type-info-write';
import { readParamValue } from '../../../src/tds/types/value-read';
import { writeValue } from '../../../src/tds/types/value-write';
import { downlevelType, downlevelValue } from '../../../src/tds/types/downlevel';
import { TDS_VERSION } from '../../../src/tds/constants';
import { decodeCodePage, encodeCodePage } from '../../../src/tds/types/code-page';
import { formatDateTime2 } from '../../../src/tds/types/temporal';

// Our own TYPE_INFO + value writer read back by our RPC-parameter reader (same wire forms for
// every non-text type): a symmetric check beside the tedious oracle tests.
const values: [SqlType, SqlValue][] = [
  [{ kind: 'int' }, -7],
  [{ kind: 'bigint' }, -(2n ** 63n)],
  [{ kind: 'decimal', precision: 38, scale: 0 }, new SqlDecimal(10n ** 38n - 1n, 0)],
  [{ kind: 'money' }, -(2n ** 63n)],
  [{ kind: 'varchar', length: 10 }, 'Œuvre'],
  [{ kind: 'nvarchar', length: 'max' }, '𝄞 clef'],
  [{ kind: 'varbinary', length: 'max' }, Buffer.alloc(0)],
  [{ kind: 'time', scale: 7 }, 863_999_999_999],
  [{ kind: 'datetime2', scale: 7 }, new SqlDateTime(3_652_058, 863_999_999_999)],
  [{ kind: 'datetimeoffset', scale: 7 }, new SqlDateTimeOffset(0, 0, 840)],
  [{ kind: 'datetime' }, new SqlDateTime(639_905, 0)],
  [{ kind: 'sql_variant' }, new SqlVariant({ kind: 'varchar', length: 20 }, 'Œ variant')],
  [{ kind: 'sql_variant' }, new SqlVariant({ kind: 'time', scale: 2 }, 120_000_000)],
  [{ kind: 'sql_variant' }, new SqlVariant({ kind: 'money' }, 5n)],
  [{ kind: 'sql_variant' }, null],
  [{ kind: 'xml' }, '<r/>'],
];

for (const [type, value] of values) {
  test(`writer -> reader round trip: ${JSON.stringify(type)}`, () => {
    const w = new BufferWriter();
    writeValue(w, writeTypeInfo(w, type), type, value);
    const bytes = w.toBuffer();
    const r = new BufferReader(bytes);
    const info = readParamTypeInfo(r);
    assert.deepEqual(info.type.kind, type.kind);
    assert.deepEqual(readParamValue(r, info), value);
    assert.equal(r.remaining, 0);
    for (let n = 0; n < bytes.length; n++) {
      assert.throws(() => {
        const t = new BufferReader(Buffer.from(bytes.subarray(0, n)));
        readParamValue(t, readParamTypeInfo(t));
      }, ProtocolError);
    }
  });
}

test('datetime rounds to 1/300 s and carries into the next day', () => {
  const type: SqlType = { kind: 'datetime' };
  const w = new BufferWriter();
  writeValue(w, writeTypeInfo(w, type), type, new SqlDateTime(700_000, 863_999_990_000)); // 23:59:59.999
  const r = new BufferReader(w.toBuffer());
  assert.deepEqual(readParamValue(r, readParamTypeInfo(r)), new SqlDateTime(700_001, 0));
});

test('code page 1252 both ways, including 0x80-0x9F; unmappable characters become ?', () => {
  assert.deepEqual([...encodeCodePage('€‚ƒŸ日', 1252)], [0x80, 0x82, 0x83, 0x9f, 0x3f]);
  assert.equal(decodeCodePage(Buffer.from([0x80, 0x9c, 0xe9]), 1252), '€œé');
  assert.equal(decodeCodePage(Buffer.from('日本', 'utf8'), 65001), '日本');
});

test('downlevelType/downlevelValue', () => {
  assert.deepEqual(downlevelType({ kind: 'datetime2', scale: 7 }, TDS_VERSION.V7_2), { kind: 'nvarchar', length: 27 });
  assert.deepEqual(downlevelType({ kind: 'datetimeoffset', scale: 7 }, TDS_VERSION.V7_2), { kind: 'nvarchar', length: 34 });
  assert.deepEqual(downlevelType({ kind: 'varchar', length: 'max' }, TDS_VERSION.V7_1_SP1), { kind: 'text' });
  assert.deepEqual(downlevelType({ kind: 'date' }, TDS_VERSION.V7_4), { kind: 'date' });
  assert.deepEqual(downlevelType({ kind: 'date' }, TDS_VERSION.V8_0), { kind: 'date' });
  assert.equal(downlevelValue({ kind: 'date' }, 0, TDS_VERSION.V7_2), '0001-01-01');
  assert.equal(formatDateTime2(3_652_058, 863_999_999_999, 7), '9999-12-31 23:59:59.9999999');
});
