// BulkLoadDecoder (MS-TDS 2.2.6.1) on the bytes tedious 19 really sends (its BulkLoad row
// transform as the oracle), cut into parts at every position; NBCROW and text rows built by hand;
// the errors SQL Server reports for bad bulk data; MessageReader handing BULK_LOAD out by packet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TYPES } from 'tedious';
import BulkLoad from 'tedious/lib/bulk-load';
import { Collation } from 'tedious/lib/collation';
import { ProtocolError } from '../../../src/errors/protocol-error';
import { SqlError } from '../../../src/errors/sql-error';
import { PACKET_STATUS, PACKET_TYPE, TDS_VERSION } from '../../../src/tds/constants';
import { MessageReader } from '../../../src/tds/framing/message-reader';
import { encodePackets } from '../../../src/tds/framing/packet-writer';
import { BulkLoadDecoder, type BulkColumnInfo } from '../../../src/tds/requests/bulk-load';
import { SqlDateTime, SqlDecimal, type SqlValue } from '../../../src/types/values';

/** Latin1_General_CI_AS as 5 collation bytes */
const COLLATION = Collation.fromBuffer(Buffer.from([0x09, 0x04, 0xd0, 0x00, 0x34]));

/** The BulkLoadBCP payload tedious 19 sends for these columns and rows (TDS 7.4). */
async function tediousPayload(columns: readonly [string, unknown, object?][], rows: readonly unknown[][]): Promise<Buffer> {
  type Load = { addColumn(n: string, t: unknown, o: object): void; rowToPacketTransform: NodeJS.ReadWriteStream };
  const Ctor = BulkLoad as unknown as new (t: string, c: unknown, o: unknown, b: unknown, cb: () => void) => Load;
  const load = new Ctor('dbo.t', COLLATION, { tdsVersion: '7_4', useUTC: true, validateBulkLoadParameters: true }, {}, () => {});
  for (const [name, type, o] of columns) load.addColumn(name, type, { nullable: true, ...(o ?? {}) });
  const out: Buffer[] = [];
  const t = load.rowToPacketTransform;
  t.on('data', (b: Buffer) => out.push(b));
  const ended = new Promise((resolve) => t.on('end', resolve));
  for (const r of rows) t.write(r as never);
  t.end();
  await ended;
  return Buffer.concat(out);
}

interface Decoded {
  columns: readonly BulkColumnInfo[] | undefined;
  rows: SqlValue[][];
  done: boolean;
}

/** Feeds `payload` in parts ending at `cuts`; the last part carries EOM. */
function decode(payload: Buffer, cuts: readonly number[] = []): Decoded {
  const d = new BulkLoadDecoder(TDS_VERSION.V7_4);
  const out: Decoded = { columns: undefined, rows: [], done: false };
  let from = 0;
  for (const to of [...cuts, payload.length]) {
    const chunk = d.push(payload.subarray(from, to), to === payload.length);
    if (chunk.columns) out.columns = chunk.columns;
    out.rows.push(...chunk.rows);
    out.done = chunk.done;
    from = to;
  }
  return out;
}

const MANY_COLUMNS: [string, unknown, object?][] = [
  ['id', TYPES.Int], ['big', TYPES.BigInt], ['name', TYPES.NVarChar, { length: 40 }], ['code', TYPES.VarChar, { length: 10 }],
  ['amount', TYPES.Decimal, { precision: 18, scale: 4 }], ['at', TYPES.DateTime2, { scale: 7 }], ['g', TYPES.UniqueIdentifier],
  ['data', TYPES.VarBinary, { length: Infinity }], ['flag', TYPES.Bit],
];
const MANY_ROWS = [
  [1, 9007199254740993n, 'žluť€', 'abc', '12.3456', new Date(Date.UTC(2026, 11, 2, 7, 30, 15, 250)),
    '6F9619FF-8B86-D011-B42D-00C04FC964FF', Buffer.from([1, 2, 3]), true],
  [2, null, null, null, null, null, null, null, null],
];

function checkMany(d: Decoded): void {
  assert.deepEqual(d.columns?.map((c) => [c.name, c.type, c.nullable]), [
    ['id', { kind: 'int' }, true], ['big', { kind: 'bigint' }, true], ['name', { kind: 'nvarchar', length: 40 }, true],
    ['code', { kind: 'varchar', length: 10 }, true], ['amount', { kind: 'decimal', precision: 18, scale: 4 }, true],
    ['at', { kind: 'datetime2', scale: 7 }, true], ['g', { kind: 'uniqueidentifier' }, true],
    ['data', { kind: 'varbinary', length: 'max' }, true], ['flag', { kind: 'bit' }, true],
  ]);
  assert.deepEqual(d.rows, [
    [1, 9007199254740993n, 'žluť€', 'abc', new SqlDecimal(123456n, 4), new SqlDateTime(739951, 270_152_500_000),
      '6F9619FF-8B86-D011-B42D-00C04FC964FF', Buffer.from([1, 2, 3]), true],
    [2, null, null, null, null, null, null, null, null],
  ]);
  assert.equal(d.done, true);
}

test("tedious' bulk payload: COLMETADATA, ROWs of nine types and NULLs, DONE", async () => {
  checkMany(decode(await tediousPayload(MANY_COLUMNS, MANY_ROWS)));
});

test('the same payload cut into two parts at every byte, and into one-byte parts', async () => {
  const payload = await tediousPayload(MANY_COLUMNS, MANY_ROWS);
  for (let cut = 0; cut <= payload.length; cut++) checkMany(decode(payload, [cut]));
  checkMany(decode(payload, Array.from({ length: payload.length - 1 }, (_, i) => i + 1)));
});

test('a message cut inside a row: 4804 (premature end-of-message)', async () => {
  const payload = await tediousPayload([['id', TYPES.Int]], [[1], [2]]);
  const cut = payload.subarray(0, payload.length - 13 - 2);
  assert.throws(() => decode(cut), (e) => e instanceof SqlError && e.number === 4804 && e.severity === 21);
});

test('no COLMETADATA first: 4894', () => {
  const rowFirst = Buffer.from([0xd1, 0x04, 0x01, 0x00, 0x00, 0x00]);
  assert.throws(() => decode(rowFirst), (e) => e instanceof SqlError && e.number === 4894);
  assert.throws(() => decode(Buffer.alloc(0)), (e) => e instanceof SqlError && e.number === 4894);
});

const INT_METADATA = [
  0x81, 0x01, 0x00, //       COLMETADATA, Count 1
  0x00, 0x00, 0x00, 0x00, // UserType
  0x01, 0x00, //             Flags: nullable
  0x26, 0x04, //             INTN, length 4
  0x01, 0x6e, 0x00, //       ColName B_VARCHAR "n"
];

test('a value length its type cannot have: 4815 for that colid', () => {
  const bad = Buffer.from([...INT_METADATA, 0xd1, 0x03, 0x01, 0x00, 0x00]); // ROW, INTN length 3
  assert.throws(() => decode(bad), (e) => e instanceof SqlError && e.number === 4815 &&
    e.message === 'Received an invalid column length from the bcp client for colid 1.');
});

test('an unknown token or type is a protocol error (the connection closes)', () => {
  assert.throws(() => decode(Buffer.from([...INT_METADATA, 0xaa, 0x00])), ProtocolError);
  const badType = Buffer.from([0x81, 0x01, 0x00, 0, 0, 0, 0, 0x01, 0x00, 0x01, 0x01, 0x6e, 0x00]);
  assert.throws(() => decode(badType), (e) => e instanceof ProtocolError && !(e instanceof SqlError));
});

test('NBCROW: the null bitmap stands for the NULL columns', () => {
  const payload = Buffer.from([
    0x81, 0x02, 0x00, //                   COLMETADATA, 2 columns
    0, 0, 0, 0, 0x01, 0x00, 0x26, 0x04, 0x01, 0x61, 0x00, // a INTN(4)
    0, 0, 0, 0, 0x01, 0x00, 0x26, 0x04, 0x01, 0x62, 0x00, // b INTN(4)
    0xd2, 0x01, 0x04, 0x07, 0x00, 0x00, 0x00, //              NBCROW, bitmap 0b01 (a NULL), b = 7
    0xd2, 0x00, 0x04, 0x01, 0x00, 0x00, 0x00, 0x04, 0x02, 0x00, 0x00, 0x00, // no NULLs: 1, 2
    0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, //              DONE
  ]);
  assert.deepEqual(decode(payload).rows, [[null, 7], [1, 2]]);
});

test('text in a row: TEXTPTR, TIMESTAMP, then the data (NULL: TEXTPTR length 0)', () => {
  const payload = Buffer.from([
    0x81, 0x01, 0x00, 0, 0, 0, 0, 0x01, 0x00, //                COLMETADATA, 1 column, nullable
    0x23, 0xff, 0xff, 0xff, 0x7f, 0x09, 0x04, 0xd0, 0x00, 0x34, // TEXT, LONGLEN max, collation
    0x01, 0x00, 0x74, 0x00, //                                   TableName US_VARCHAR "t"
    0x01, 0x78, 0x00, //                                         ColName "x"
    0xd1, 0x10, ...Array(16).fill(0), ...Array(8).fill(0), 0x02, 0, 0, 0, 0x68, 0x69, // 'hi'
    0xd1, 0x00, //                                               NULL
  ]);
  assert.deepEqual(decode(payload).rows, [['hi'], [null]]);
});

test('MessageReader hands a BULK_LOAD message out packet by packet, beyond maxMessageSize', () => {
  const payload = Buffer.alloc(3000, 0x41);
  const stream = encodePackets(PACKET_TYPE.BULK_LOAD, payload, 1024);
  for (let cut = 0; cut <= stream.length; cut += 7) {
    const reader = new MessageReader({ maxMessageSize: 1000 });
    const parts = [...reader.push(stream.subarray(0, cut)), ...reader.push(stream.subarray(cut))];
    assert.deepEqual(parts.map((m) => m.part), [{ first: true, last: false }, { first: false, last: false }, { first: false, last: true }]);
    assert.deepEqual(Buffer.concat(parts.map((m) => m.payload)), payload);
    assert.ok(parts.every((m) => m.type === PACKET_TYPE.BULK_LOAD));
  }
});

test('another packet type inside a BULK_LOAD message is a protocol error', () => {
  const first = encodePackets(PACKET_TYPE.BULK_LOAD, Buffer.alloc(2000), 1024).subarray(0, 1024);
  const batch = encodePackets(PACKET_TYPE.SQL_BATCH, Buffer.from([0x41, 0]), 1024);
  const reader = new MessageReader();
  reader.push(first);
  assert.throws(() => reader.push(batch), ProtocolError);
});

test('IGNORE on the last packet abandons the bulk message', () => {
  const packets = encodePackets(PACKET_TYPE.BULK_LOAD, Buffer.alloc(2000), 1024);
  packets[1024 + 1] = PACKET_STATUS.EOM | PACKET_STATUS.IGNORE;
  const parts = new MessageReader().push(packets);
  assert.deepEqual(parts.map((m) => [m.part?.last, m.ignored, m.payload.length]), [[false, false, 1016], [true, true, 0]]);
});
