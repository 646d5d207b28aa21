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

test('uniqueidentifier: the direct path gives BYTELEN 16 + encodeData, either case', () => {
  const type: SqlType = { kind: 'uniqueidentifier' };
  for (const text of ['6F9619FF-8B86-D011-B42D-00C04FC964FF', '6f9619ff-8b86-d011-b42d-00c04fc964ff', '00000000-0000-0000-0000-000000000000',
    'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF', 'a0B1c2D3-e4F5-0617-2839-4A5b6C7d8E9f']) {
    assert.deepEqual([...written(type, text)], [...general(type, text)], text);
  }
  assert.deepEqual([...written(type, '6F9619FF-8B86-D011-B42D-00C04FC964FF')],
    [16, 0xff, 0x19, 0x96, 0x6f, 0x86, 0x8b, 0x11, 0xd0, 0xb4, 0x2d, 0x00, 0xc0, 0x4f, 0xc9, 0x64, 0xff]);
});

test('uniqueidentifier texts that are not canonical are refused as encodeData refuses them', () => {
  const type: SqlType = { kind: 'uniqueidentifier' };
  for (const text of ['', '6F9619FF-8B86-D011-B42D-00C04FC964F', '6F9619FF-8B86-D011-B42D-00C04FC964FFF', '6F9619FF8B86-D011-B42D-00C04FC964FF0',
    '6F9619FG-8B86-D011-B42D-00C04FC964FF', '6F9619FF-8B86-D011-B42D-00C04FC964F ', '{F9619FF-8B86-D011-B42D-00C04FC964F}',
    '6F9619FF-8B86-D011-B42D_00C04FC964FF', '6F96-9FF-8B86-D011-B42D-00C04FC964FF', '6F9619FF-8B86-D011-B42D-00C04FC964F\u0661']) {
    assert.throws(() => encodeData(type, text), RangeError, text);
    assert.throws(() => written(type, text), RangeError, text);
  }
});

test('nvarchar/nchar: the direct path gives USHORTLEN + the UTF-16LE bytes, surrogates included', () => {
  for (const type of [{ kind: 'nvarchar', length: 50 }, { kind: 'nchar', length: 10 }, { kind: 'nvarchar', length: 4000 }] as const) {
    for (const text of ['', 'abc', 'Grüße \u{1F600}', '\ud800 lone', 'x'.repeat(4000)]) {
      const data = encodeData(type, text);
      const lengthPrefix = Buffer.alloc(2);
      lengthPrefix.writeUInt16LE(data.length);
      assert.deepEqual([...written(type, text)], [...Buffer.concat([lengthPrefix, data])], `${type.kind} ${text.slice(0, 10)}`);
    }
  }
  assert.throws(() => written({ kind: 'nvarchar', length: 4000 }, 'x'.repeat(40000)), RangeError);
});
