// API server cursors called the way drivers call them: an RPC whose name is 0xFFFF + ProcID
// (MS-TDS 2.2.6.6: sp_cursoropen 2, sp_cursorfetch 7, sp_cursorclose 9), built byte by byte on a
// raw socket, and the response read token by token: COLMETADATA, COLINFO marking ROWSTAT hidden,
// DONEINPROC, RETURNSTATUS, one RETURNVALUE per OUTPUT parameter, DONEPROC.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { nodeForFile } from '../helpers/node-fixture';
import { login7Payload, packet, PACKET_TYPE, preloginPayload, rawConnect, type RawClient } from '../helpers/tds-bytes';

const node = nodeForFile();
const TIMEOUT_MS = 10_000;
const RPC = 0x03;
const PROC = { sp_cursoropen: 2, sp_cursorfetch: 7, sp_cursorclose: 9 } as const;
let client: RawClient;

/** ALL_HEADERS with the transaction descriptor header (MS-TDS 2.2.5.3), required from TDS 7.2 */
function allHeaders(): Buffer {
  const b = Buffer.alloc(22);
  b.writeUInt32LE(22, 0); //  TotalLength
  b.writeUInt32LE(18, 4); //  HeaderLength
  b.writeUInt16LE(2, 8); //   HeaderType: transaction descriptor
  //                          TransactionDescriptor (8 bytes, 0) at 10
  b.writeUInt32LE(1, 18); //  OutstandingRequestCount
  return b;
}

/** an unnamed INTN(4) parameter; status 0x01 = by reference (OUTPUT) */
function intParam(value: number | null, output = false): Buffer {
  const head = Buffer.from([0x00, output ? 0x01 : 0x00, 0x26, 0x04]); // B_VARCHAR '' name, status, INTN, max length 4
  if (value === null) return Buffer.concat([head, Buffer.from([0x00])]);
  const v = Buffer.alloc(5);
  v.writeUInt8(4, 0);
  v.writeInt32LE(value, 1);
  return Buffer.concat([head, v]);
}

/** an unnamed NVARCHAR(4000) parameter with the Latin1_General_CI_AS collation */
function nvarcharParam(text: string): Buffer {
  const data = Buffer.from(text, 'utf16le');
  const head = Buffer.from([0x00, 0x00, 0xe7, 0x40, 0x1f, 0x09, 0x04, 0xd0, 0x00, 0x34, data.length & 0xff, data.length >> 8]);
  return Buffer.concat([head, data]);
}

function rpc(procId: number, params: readonly Buffer[]): Buffer {
  const id = Buffer.alloc(6);
  id.writeUInt16LE(0xffff, 0); // NameLenProcID: a ProcID follows
  id.writeUInt16LE(procId, 2);
  id.writeUInt16LE(0, 4); //      OptionFlags
  return packet(RPC, Buffer.concat([allHeaders(), id, ...params]));
}

type Token =
  | { kind: 'colmetadata'; names: string[] }
  | { kind: 'colinfo'; status: number[] }
  | { kind: 'row'; values: (number | null)[] }
  | { kind: 'done'; token: number; status: number; rowCount: number }
  | { kind: 'returnStatus'; value: number }
  | { kind: 'returnValue'; ordinal: number; value: number | null }
  | { kind: 'message'; token: number; number: number };

/** Just enough of MS-TDS 2.2.7 for int columns and int RETURNVALUEs. */
function tokens(payload: Buffer): Token[] {
  const out: Token[] = [];
  let types: number[] = [];
  let at = 0;
  const readInt = (type: number): number | null => {
    if (type === 0x38) { at += 4; return payload.readInt32LE(at - 4); } // INT4
    const len = payload.readUInt8(at++); // INTN
    if (len === 0) return null;
    at += len;
    return payload.readInt32LE(at - len);
  };
  while (at < payload.length) {
    const t = payload.readUInt8(at++);
    switch (t) {
      case 0x81: { // COLMETADATA: UserType ULONG, Flags USHORT, TYPE_INFO, ColName B_VARCHAR
        const count = payload.readUInt16LE(at); at += 2;
        const names: string[] = [];
        types = [];
        for (let i = 0; i < count; i++) {
          at += 6;
          const type = payload.readUInt8(at++);
          if (type === 0x26) at++;
          else assert.equal(type, 0x38, `column type 0x${type.toString(16)} not handled by this test`);
          types.push(type);
          const n = payload.readUInt8(at++);
          names.push(payload.toString('utf16le', at, at + n * 2)); at += n * 2;
        }
        out.push({ kind: 'colmetadata', names });
        break;
      }
      case 0xa5: { // COLINFO: ColNum, TableNum, Status per column
        const len = payload.readUInt16LE(at); at += 2;
        const status: number[] = [];
        for (let i = 0; i < len; i += 3) status.push(payload.readUInt8(at + i + 2));
        at += len;
        out.push({ kind: 'colinfo', status });
        break;
      }
      case 0xd1:
        out.push({ kind: 'row', values: types.map(readInt) });
        break;
      case 0xfd: case 0xfe: case 0xff: { // DONE*: Status, CurCmd, DoneRowCount ULONGLONG
        out.push({ kind: 'done', token: t, status: payload.readUInt16LE(at), rowCount: Number(payload.readBigUInt64LE(at + 4)) });
        at += 12;
        break;
      }
      case 0x79:
        out.push({ kind: 'returnStatus', value: payload.readInt32LE(at) }); at += 4;
        break;
      case 0xac: { // RETURNVALUE: ParamOrdinal, ParamName, Status, UserType, Flags, TYPE_INFO, value
        const ordinal = payload.readUInt16LE(at); at += 2;
        at += 1 + payload.readUInt8(at) * 2 + 1 + 4 + 2;
        const type = payload.readUInt8(at++);
        assert.equal(type, 0x26, 'int RETURNVALUEs are INTN');
        at++;
        out.push({ kind: 'returnValue', ordinal, value: readInt(type) });
        break;
      }
      case 0xaa: case 0xab: { // ERROR / INFO
        const len = payload.readUInt16LE(at);
        out.push({ kind: 'message', token: t, number: payload.readInt32LE(at + 2) });
        at += 2 + len;
        break;
      }
      case 0xe3: at += 2 + payload.readUInt16LE(at); break; // ENVCHANGE
      default: assert.fail(`unexpected token 0x${t.toString(16)} at ${at - 1}`);
    }
  }
  return out;
}

async function call(bytes: Buffer): Promise<Token[]> {
  client.socket.write(bytes);
  const reply = await client.readMessage(TIMEOUT_MS);
  assert.equal(reply.type, 0x04);
  return tokens(reply.payload);
}

before(async () => {
  const n = await node.ready();
  client = await rawConnect(n.host, n.port);
  client.socket.write(packet(PACKET_TYPE.prelogin, preloginPayload()));
  await client.readMessage(TIMEOUT_MS);
  client.socket.write(packet(PACKET_TYPE.login7, login7Payload('sa', n.saPassword)));
  await client.readMessage(TIMEOUT_MS);
});

after(() => {
  client.socket.destroy();
});

test('ProcID 2/7/9: open a STATIC cursor, fetch two rows, close it', async () => {
  const open = await call(rpc(PROC.sp_cursoropen, [
    intParam(null, true), nvarcharParam('SELECT id FROM (VALUES (10), (20), (30)) AS v(id) ORDER BY id'),
    intParam(0x8, true), intParam(0x1, true), intParam(null, true),
  ]));
  assert.deepEqual(open.map((t) => t.kind), ['colmetadata', 'colinfo', 'done', 'returnStatus', 'returnValue', 'returnValue', 'returnValue', 'returnValue', 'done']);
  assert.deepEqual(open[0], { kind: 'colmetadata', names: ['id', 'ROWSTAT'] });
  // the select-list column is an expression here; ROWSTAT is EXPRESSION | HIDDEN
  assert.deepEqual(open[1], { kind: 'colinfo', status: [0x04, 0x14] });
  assert.deepEqual(open[2], { kind: 'done', token: 0xff, status: 0x11, rowCount: 0 }); // DONE_MORE | DONE_COUNT
  assert.deepEqual(open[3], { kind: 'returnStatus', value: 0 });
  const outputs = open.filter((t) => t.kind === 'returnValue');
  assert.deepEqual(outputs.map((t) => t.ordinal), [0, 2, 3, 4]);
  const handle = outputs[0]?.value ?? 0;
  assert.ok(handle > 0);
  assert.deepEqual(outputs.slice(1).map((t) => t.value), [0x8, 0x1, 3]);
  assert.equal(open[8]?.kind === 'done' && open[8].token, 0xfe);

  const fetch = await call(rpc(PROC.sp_cursorfetch, [intParam(handle), intParam(0x2), intParam(0), intParam(2)]));
  assert.deepEqual(fetch.filter((t) => t.kind === 'row'), [{ kind: 'row', values: [10, 1] }, { kind: 'row', values: [20, 1] }]);
  assert.deepEqual(fetch.find((t) => t.kind === 'returnStatus'), { kind: 'returnStatus', value: 0 });

  const close = await call(rpc(PROC.sp_cursorclose, [intParam(handle)]));
  assert.deepEqual(close.map((t) => t.kind), ['returnStatus', 'done']);
  const again = await call(rpc(PROC.sp_cursorclose, [intParam(handle)]));
  assert.deepEqual(again.filter((t) => t.kind === 'message'), [{ kind: 'message', token: 0xaa, number: 16909 }]);
  assert.deepEqual(again.find((t) => t.kind === 'returnStatus'), { kind: 'returnStatus', value: 1 });
});
