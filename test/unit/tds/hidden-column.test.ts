// A hidden column (an API cursor's ROWSTAT): a COLINFO token with status HIDDEN after COLMETADATA
// (MS-TDS 2.2.7.3) at every version, and from TDS 7.2 also fHidden in COLMETADATA (MS-TDS 2.2.7.4).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TDS_VERSION, TOKEN } from '../../../src/tds/constants';
import { encodeColMetadata } from '../../../src/tds/tokens/colmetadata';

const COLUMNS = [
  { name: 'id', type: { kind: 'int' } as const, nullable: false, updateable: 1 as const },
  { name: 'ROWSTAT', type: { kind: 'int' } as const, nullable: false, hidden: true },
];

test('TDS 7.4: the hidden column has fHidden (0x2000), the updatable one usUpdateable 1; COLINFO follows', () => {
  const b = encodeColMetadata(COLUMNS, TDS_VERSION.V7_4);
  assert.equal(b[0], TOKEN.COLMETADATA);
  assert.equal(b.readUInt16LE(1), 2);
  // column 1: UserType ULONG at 3, Flags at 7
  assert.equal(b.readUInt16LE(7), 0x0004);
  // column 1: TYPE_INFO INTN (0x26, 4), B_VARCHAR 'id' (1 + 2*2) -> column 2's Flags at 7 + 2 + 2 + 5 + 4
  assert.equal(b.readUInt16LE(20), 0x2000);
  assert.deepEqual([...b.subarray(b.length - 9)], [0xa5, 6, 0, 1, 0, 0x00, 2, 0, 0x14]);
});

test('TDS 7.1: no fHidden bit; COLINFO with ColNum, TableNum 0 and Status EXPRESSION|HIDDEN (0x14) for ROWSTAT', () => {
  const b = encodeColMetadata(COLUMNS, TDS_VERSION.V7_1);
  const colinfo = b.subarray(b.length - 9);
  assert.deepEqual([...colinfo], [
    0xa5, //           COLINFO
    6, 0, //           Length: 2 columns x 3 bytes
    1, 0, 0x00, //     column 1, no table, updatable
    2, 0, 0x14, //     column 2, no table, EXPRESSION | HIDDEN
  ]);
  // UserType is USHORT before 7.2: column 1's Flags at 5, column 2's at 5 + 2 + 2 + 5 + 2, without fHidden
  assert.equal(b.readUInt16LE(5), 0x0004);
  assert.equal(b.readUInt16LE(16), 0x0000);
});
