import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProtocolError } from '../../../src/errors/protocol-error';
import { PACKET_STATUS, PACKET_TYPE } from '../../../src/tds/constants';
import { MessageReader } from '../../../src/tds/framing/message-reader';
import { PacketWriter, encodePackets } from '../../../src/tds/framing/packet-writer';
import { everySplit } from './helpers/split';

/** One packet, header fields spelled out (MS-TDS 2.2.3.1). */
function packet(type: number, status: number, data: number[], packetId = 1): Buffer {
  const length = 8 + data.length;
  return Buffer.from([
    type, //                      Type
    status, //                    Status
    length >> 8, length & 0xff, // Length, big-endian, header included
    0x00, 0x00, //                SPID
    packetId, //                  PacketID
    0x00, //                      Window
    ...data,
  ]);
}

test('one-packet message, split at every byte', () => {
  const stream = packet(PACKET_TYPE.SQL_BATCH, PACKET_STATUS.EOM, [0x41, 0x00, 0x42, 0x00]);
  everySplit(stream, (messages) => {
    assert.equal(messages.length, 1);
    assert.equal(messages[0]?.type, PACKET_TYPE.SQL_BATCH);
    assert.deepEqual([...(messages[0]?.payload ?? [])], [0x41, 0x00, 0x42, 0x00]);
  });
});

test('multi-packet message followed by another message, split at every byte', () => {
  const stream = Buffer.concat([
    packet(PACKET_TYPE.RPC, PACKET_STATUS.RESET_CONNECTION, [1, 2, 3]),
    packet(PACKET_TYPE.RPC, PACKET_STATUS.NORMAL, [4, 5], 2),
    packet(PACKET_TYPE.RPC, PACKET_STATUS.EOM, [6], 3),
    packet(PACKET_TYPE.ATTENTION, PACKET_STATUS.EOM, []),
  ]);
  everySplit(stream, (messages) => {
    assert.equal(messages.length, 2);
    assert.deepEqual([...(messages[0]?.payload ?? [])], [1, 2, 3, 4, 5, 6]);
    assert.equal(messages[0]?.resetConnection, true);
    assert.equal(messages[1]?.type, PACKET_TYPE.ATTENTION);
    assert.equal(messages[1]?.payload.length, 0);
  });
});

test('RESETCONNECTION counts only on the first packet', () => {
  const reader = new MessageReader();
  const out = reader.push(
    Buffer.concat([
      packet(PACKET_TYPE.SQL_BATCH, PACKET_STATUS.NORMAL, [1]),
      packet(PACKET_TYPE.SQL_BATCH, PACKET_STATUS.EOM | PACKET_STATUS.RESET_CONNECTION, [2]),
    ]),
  );
  assert.equal(out[0]?.resetConnection, false);
});

test('IGNORE + EOM abandons the message and reports it', () => {
  const reader = new MessageReader();
  const out = reader.push(
    Buffer.concat([
      packet(PACKET_TYPE.SQL_BATCH, PACKET_STATUS.NORMAL, [1, 2]),
      packet(PACKET_TYPE.SQL_BATCH, PACKET_STATUS.EOM | PACKET_STATUS.IGNORE, [3]),
    ]),
  );
  assert.equal(out.length, 1);
  assert.equal(out[0]?.ignored, true);
  assert.equal(out[0]?.payload.length, 0);
  assert.equal(reader.hasPartial, false);
});

test('malformed framing throws ProtocolError', () => {
  const cases: Buffer[] = [
    packet(0x05, PACKET_STATUS.EOM, []), // unused type
    Buffer.from([PACKET_TYPE.SQL_BATCH, PACKET_STATUS.EOM, 0x00, 0x07, 0, 0, 1, 0]), // length < 8
    packet(PACKET_TYPE.SQL_BATCH, PACKET_STATUS.IGNORE, [1]), // IGNORE without EOM
    Buffer.concat([packet(PACKET_TYPE.SQL_BATCH, 0, [1]), packet(PACKET_TYPE.RPC, PACKET_STATUS.EOM, [1])]), // type change
  ];
  for (const c of cases) assert.throws(() => new MessageReader().push(c), ProtocolError);
});

test('packet longer than the negotiated size is refused before it is buffered', () => {
  const reader = new MessageReader({ maxPacketSize: 512 });
  const header = Buffer.from([PACKET_TYPE.SQL_BATCH, PACKET_STATUS.EOM, 0x02, 0x01, 0, 0, 1, 0]); // length 513
  assert.throws(() => reader.push(header), ProtocolError);
});

test('message size is bounded', () => {
  const reader = new MessageReader({ maxMessageSize: 10 });
  reader.push(packet(PACKET_TYPE.SQL_BATCH, 0, [1, 2, 3, 4, 5, 6]));
  assert.throws(() => reader.push(packet(PACKET_TYPE.SQL_BATCH, 0, [1, 2, 3, 4, 5, 6])), ProtocolError);
});

test('PacketWriter cuts at the packet size, EOM only on the last, ids from 1', () => {
  const packets: Buffer[] = [];
  const w = new PacketWriter(PACKET_TYPE.TABULAR_RESULT, 512, (p) => packets.push(p), { spid: 53 });
  const payload = Buffer.alloc(1500, 7);
  w.write(payload.subarray(0, 100));
  w.write(payload.subarray(100));
  assert.equal(packets.length, 2, 'the third (last) packet waits for end()');
  w.end();
  assert.deepEqual(packets.map((p) => p.length), [512, 512, 1500 - 2 * 504 + 8]);
  assert.deepEqual(packets.map((p) => p[1]), [0, 0, PACKET_STATUS.EOM]);
  assert.deepEqual(packets.map((p) => p[6]), [1, 2, 3]);
  assert.deepEqual(packets.map((p) => p.readUInt16BE(4)), [53, 53, 53]);
  const [message] = new MessageReader().push(Buffer.concat(packets));
  assert.deepEqual(message?.payload, payload);
});

test('a payload of exactly one packet is sent as one EOM packet; empty as a bare header', () => {
  const exact = encodePackets(PACKET_TYPE.TABULAR_RESULT, Buffer.alloc(504), 512);
  assert.equal(exact.length, 512);
  assert.equal(exact[1], PACKET_STATUS.EOM);
  const empty = encodePackets(PACKET_TYPE.TABULAR_RESULT, Buffer.alloc(0), 512);
  assert.deepEqual([...empty], [PACKET_TYPE.TABULAR_RESULT, PACKET_STATUS.EOM, 0, 8, 0, 0, 1, 0]);
});

test('a short last packet is handed out as its own exact-size buffer, the working packet reused', () => {
  const packets: Buffer[] = [];
  const w = new PacketWriter(PACKET_TYPE.TABULAR_RESULT, 512, (p) => packets.push(p));
  w.write(Buffer.from([1, 2, 3]));
  w.end();
  w.write(Buffer.from([4, 5]));
  w.end();
  assert.deepEqual(packets.map((p) => p.length), [11, 10]);
  assert.deepEqual([...packets[0]!.subarray(8)], [1, 2, 3], 'the second message did not overwrite the first');
  assert.deepEqual([...packets[1]!.subarray(8)], [4, 5]);
  assert.equal(w.wouldFill(503), false);
  assert.equal(w.wouldFill(504), true);
});

test('packet ids wrap modulo 256', () => {
  const packets: Buffer[] = [];
  const w = new PacketWriter(PACKET_TYPE.TABULAR_RESULT, 9, (p) => packets.push(p));
  w.write(Buffer.alloc(300));
  w.end();
  assert.equal(packets[254]?.[6], 255);
  assert.equal(packets[255]?.[6], 0);
});

test('push() keeps no reference to its chunk: a reused read buffer cannot change a message', () => {
  const stream = Buffer.concat([
    packet(PACKET_TYPE.RPC, PACKET_STATUS.NORMAL, [1, 2, 3]),
    packet(PACKET_TYPE.RPC, PACKET_STATUS.EOM, [4, 5], 2),
    packet(PACKET_TYPE.SQL_BATCH, PACKET_STATUS.EOM, [6, 7]),
  ]);
  // every cut, each piece delivered in one buffer that is overwritten after every push
  for (let a = 1; a < stream.length; a++) {
    for (let b = a; b <= stream.length; b++) {
      const reader = new MessageReader();
      const shared = Buffer.alloc(stream.length);
      const messages = [];
      for (const [from, to] of [[0, a], [a, b], [b, stream.length]] as const) {
        if (from === to) continue;
        stream.copy(shared, 0, from, to);
        messages.push(...reader.push(shared.subarray(0, to - from)));
        shared.fill(0xee);
      }
      assert.equal(messages.length, 2, `cut at ${a}/${b}`);
      assert.deepEqual([...messages[0]!.payload], [1, 2, 3, 4, 5], `cut at ${a}/${b}`);
      assert.deepEqual([...messages[1]!.payload], [6, 7], `cut at ${a}/${b}`);
    }
  }
});
