import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeValue, declaredType, encodeValue } from '../../../src/store';
import type { SqlType } from '../../../src/types/sql-type';
import { SqlDateTime, SqlDateTimeOffset, SqlDecimal, SqlVariant, type SqlValue } from '../../../src/types/values';

const cases: Array<[SqlType, SqlValue, unknown, string]> = [
  [{ kind: 'bit' }, true, 1, 'INTEGER'],
  [{ kind: 'int' }, -42, -42, 'INTEGER'],
  [{ kind: 'bigint' }, 9007199254740993n, 9007199254740993n, 'INTEGER'],
  [{ kind: 'money' }, 12345n, 12345n, 'INTEGER'],
  [{ kind: 'decimal', precision: 10, scale: 2 }, new SqlDecimal(-1250n, 2), -1250n, 'INTEGER'],
  [{ kind: 'decimal', precision: 38, scale: 3 }, new SqlDecimal(-12345678901234567890123n, 3), '-12345678901234567890.123', 'TEXT'],
  [{ kind: 'float' }, 1.5, 1.5, 'REAL'],
  [{ kind: 'nvarchar', length: 10 }, 'héllo', 'héllo', 'TEXT'],
  [{ kind: 'varbinary', length: 'max' }, Buffer.from([1, 2]), Buffer.from([1, 2]), 'BLOB'],
  [{ kind: 'uniqueidentifier' }, '6F9619FF-8B86-D011-B42D-00C04FC964FF', '6F9619FF-8B86-D011-B42D-00C04FC964FF', 'TEXT'],
  [{ kind: 'date' }, 738000, 738000, 'INTEGER'],
  [{ kind: 'datetime' }, new SqlDateTime(738000, 123_456_700), 738000n * 864_000_000_000n + 123_456_700n, 'INTEGER'],
  [{ kind: 'datetimeoffset', scale: 7 }, new SqlDateTimeOffset(738000, 5, -330), '0637632000000000005-0530', 'TEXT'],
];

test('every SqlType round-trips through its storage encoding', () => {
  for (const [type, value, stored, declared] of cases) {
    assert.equal(declaredType(type), declared, type.kind);
    assert.deepEqual(encodeValue(type, value), stored, type.kind);
    assert.deepEqual(decodeValue(type, stored), value, type.kind);
    assert.equal(decodeValue(type, null), null);
  }
});

test('decimal rescales to the column scale (half away from zero); sql_variant keeps its base type', () => {
  const t: SqlType = { kind: 'decimal', precision: 9, scale: 1 };
  assert.equal(encodeValue(t, new SqlDecimal(125n, 2)), 13n);
  assert.equal(encodeValue(t, new SqlDecimal(-125n, 2)), -13n);
  assert.equal(encodeValue(t, new SqlDecimal(5n, 0)), 50n);
  const v = new SqlVariant({ kind: 'bigint' }, 5n);
  assert.deepEqual(decodeValue({ kind: 'sql_variant' }, encodeValue({ kind: 'sql_variant' }, v)), v);
});

test('datetime and datetimeoffset encodings order like the values', () => {
  const dt = (d: number, t: number): unknown => encodeValue({ kind: 'datetime2', scale: 7 }, new SqlDateTime(d, t));
  assert.ok((dt(1, 0) as bigint) > (dt(0, 863_999_999_999) as bigint));
  const dto = (d: number, t: number, o: number): string => encodeValue({ kind: 'datetimeoffset', scale: 7 }, new SqlDateTimeOffset(d, t, o)) as string;
  assert.ok(dto(10, 0, 600) > dto(9, 5, -600));
});
