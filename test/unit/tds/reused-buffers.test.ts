// The response path writes tokens from reused memory (token-sink.ts): a token written with an
// explicit length, a writer reset between tokens and DONE written in place must give the bytes
// of the allocating encoders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PACKET_TYPE, TDS_VERSION } from '../../../src/tds/constants';
import { PacketWriter } from '../../../src/tds/framing/packet-writer';
import { BufferWriter } from '../../../src/tds/io/buffer-writer';
import { MAX_DONE_LENGTH, doneLength, encodeDone, writeDone } from '../../../src/tds/tokens/done';
import { encodeBestRow, writeBestRow } from '../../../src/tds/tokens/row';
import type { TdsColumn } from '../../../src/tds/tokens/token-types';

function collect(packetSize: number): { writer: PacketWriter; packets: Buffer[] } {
  const packets: Buffer[] = [];
  return { writer: new PacketWriter(PACKET_TYPE.TABULAR_RESULT, packetSize, (p) => packets.push(Buffer.from(p))), packets };
}

test('PacketWriter.write(data, length) takes only the first length bytes, short and long, across packets', () => {
  for (const size of [3, 31, 32, 33, 100, 700]) {
    const data = Buffer.alloc(size + 17, 0xee);
    for (let i = 0; i < size; i++) data[i] = i & 0xff;
    const { writer, packets } = collect(512);
    writer.write(data, size);
    writer.write(Buffer.from([0xab]));
    writer.end();
    const payload = Buffer.concat(packets.map((p) => p.subarray(8)));
    assert.equal(payload.length, size + 1, `size ${size}`);
    for (let i = 0; i < size; i++) assert.equal(payload[i], i & 0xff);
    assert.equal(payload[size], 0xab);
  }
});

test('a short token copied byte by byte lands after what the packet holds', () => {
  const { writer, packets } = collect(4096);
  writer.write(Buffer.from([1, 2, 3]));
  writer.write(Buffer.from([4, 5]), 2);
  writer.end();
  assert.deepEqual([...packets[0]!.subarray(8)], [1, 2, 3, 4, 5]);
  assert.equal(packets[0]!.readUInt16BE(2), 13);
});

test('writeDone in place gives encodeDone bytes, 7.4 and 7.1', () => {
  const scratch = Buffer.alloc(MAX_DONE_LENGTH, 0xff);
  for (const version of [TDS_VERSION.V7_4, TDS_VERSION.V7_1]) {
    for (const done of [
      { token: 'done', command: 'select', rowCount: 1 },
      { token: 'doneInProc', command: 'insert', rowCount: 2 ** 33 + 5, more: true, inTransaction: true },
      { token: 'doneProc', command: 'execute', error: true },
    ] as const) {
      const n = writeDone(scratch, done, version);
      assert.equal(n, doneLength(version));
      assert.deepEqual(scratch.subarray(0, n), encodeDone(done, version));
    }
  }
});

test('a reset BufferWriter reused for rows gives encodeBestRow bytes (ROW and NBCROW)', () => {
  const columns: TdsColumn[] = [
    { name: 'a', type: { kind: 'int' }, nullable: true },
    { name: 'b', type: { kind: 'nvarchar', length: 10 }, nullable: true },
  ];
  const w = new BufferWriter(16);
  for (const values of [[1, 'x'], [null, 'long enough to grow the writer'], [7, null], [2147483647, '']]) {
    writeBestRow(w.reset(), columns, values, TDS_VERSION.V7_4);
    assert.deepEqual(w.buffer.subarray(0, w.length), encodeBestRow(columns, values, TDS_VERSION.V7_4));
  }
});
