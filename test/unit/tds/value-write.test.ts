// writeValue's direct path for fixed numbers (int, smallint, bigint, float, real, bit) must give the
// bytes and the errors the general path gives: BYTELEN, then encodeData's bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SqlType } from '../../../src/types/sql-type';
import type { SqlValue } from '../../../src/types/values';
import { BufferWriter } from '../../../src/tds/io/buffer-writer';
import { encodeData } from '../../../src/tds/types/data-codec';
import { writeValue } from '../../../src/tds/types/value-write';
import { wireTypeFor } from '../../../src/tds/types/wire-type';

function written(type: SqlType, value: SqlValue): Buffer {
  const w = new BufferWriter(16);
  writeValue(w, wireTypeFor(type), type, value);
  return Buffer.from(w.toBuffer());
}

function general(type: SqlType, value: Exclude<SqlValue, null>): Buffer {
  const data = encodeData(type, value);
  return Buffer.concat([Buffer.from([data.length]), data]);
}

const CASES: ReadonlyArray<[SqlType, Exclude<SqlValue, null>]> = [
  [{ kind: 'int' }, 1],
  [{ kind: 'int' }, -2147483648],
  [{ kind: 'int' }, 2147483647],
  [{ kind: 'smallint' }, -32768],
  [{ kind: 'smallint' }, 12345],
  [{ kind: 'bigint' }, 9223372036854775807n],
  [{ kind: 'bigint' }, -1n],
  [{ kind: 'bigint' }, 42],
  [{ kind: 'float' }, Math.PI],
  [{ kind: 'float' }, -0],
  [{ kind: 'real' }, 1.5],
  [{ kind: 'bit' }, true],
  [{ kind: 'bit' }, false],
  [{ kind: 'bit' }, 1],
  [{ kind: 'bit' }, 0],
  [{ kind: 'tinyint' }, 255],
];

test('fixed numbers: the same bytes as BYTELEN + encodeData', () => {
  for (const [type, value] of CASES) {
    assert.deepEqual([...written(type, value)], [...general(type, value)], `${type.kind} ${String(value)}`);
  }
});

test('fixed numbers out of range or of the wrong shape fail as encodeData does', () => {
  const bad: ReadonlyArray<[SqlType, Exclude<SqlValue, null>]> = [
    [{ kind: 'int' }, 2147483648],
    [{ kind: 'smallint' }, 40000],
    [{ kind: 'bigint' }, 2n ** 63n],
    [{ kind: 'int' }, 'x'],
    [{ kind: 'float' }, 1n],
    [{ kind: 'bigint' }, 1.5],
  ];
  for (const [type, value] of bad) {
    let expected: unknown;
    try {
      encodeData(type, value);
    } catch (e) {
      expected = e;
    }
    assert.ok(expected instanceof Error, `encodeData refuses ${type.kind} ${String(value)}`);
    assert.throws(() => written(type, value), (e: unknown) => e instanceof Error && e.constructor === expected.constructor,
      `${type.kind} ${String(value)}`);
  }
});

test('NULL is BYTELEN 0 for every fixed number type', () => {
  for (const kind of ['int', 'smallint', 'bigint', 'float', 'real', 'bit'] as const) {
    assert.deepEqual([...written({ kind }, null)], [0], kind);
  }
});
