import { test } from 'node:test';
import assert from 'node:assert/strict';
import RpcRequestPayload from 'tedious/lib/rpcrequest-payload';
import SqlBatchPayload from 'tedious/lib/sqlbatch-payload';
import { Transaction } from 'tedious/lib/transaction';
import { Collation } from 'tedious/lib/collation';
import { typeByName } from 'tedious/lib/data-type';
import { ProtocolError } from '../../../src/errors/protocol-error';
import { PACKET_TYPE, TDS_VERSION } from '../../../src/tds/constants';
import { encodePackets } from '../../../src/tds/framing/packet-writer';
import { decodeRpc, type TdsRpcParam } from '../../../src/tds/requests/rpc';
import { decodeSqlBatch } from '../../../src/tds/requests/sql-batch';
import { decodeTransactionManager } from '../../../src/tds/requests/transaction-manager';
import { SqlDateTime, SqlDateTimeOffset, SqlDecimal } from '../../../src/types/values';
import { everySplit, everyTruncation } from './helpers/split';

const DESCRIPTOR = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
const COLLATION = new Collation(0x0409, 0x0d, 0, 52);
const options = { tdsVersion: '7_4', useUTC: true } as never;

function rpcPayload(proc: string | number, params: { type: string; value: unknown; output?: boolean; length?: number; precision?: number; scale?: number }[]): Buffer {
  const tparams = params.map((p, i) => {
    const type = (typeByName as Record<string, { validate(v: unknown, c?: unknown): unknown }>)[p.type];
    if (!type) throw new Error(p.type);
    return {
      type,
      name: `p${i}`,
      value: p.value === null ? null : type.validate(p.value, COLLATION),
      output: p.output ?? false,
      length: p.length,
      precision: p.precision,
      scale: p.scale,
    };
  });
  return Buffer.concat([...new RpcRequestPayload(proc, tparams as never, DESCRIPTOR, options, COLLATION)]);
}

test('SQL batch from tedious: headers and text, split at every byte', () => {
  const payload = Buffer.concat([...new SqlBatchPayload('select N\'ünï\'', DESCRIPTOR, { tdsVersion: '7_4' })]);
  everySplit(encodePackets(PACKET_TYPE.SQL_BATCH, payload, 512), ([m]) => {
    const b = decodeSqlBatch(m?.payload ?? Buffer.alloc(0), TDS_VERSION.V7_4);
    assert.equal(b.text, "select N'ünï'");
    assert.deepEqual(b.headers?.transactionDescriptor, DESCRIPTOR);
    assert.equal(b.headers?.outstandingRequestCount, 1);
  });
  const old = Buffer.concat([...new SqlBatchPayload('select 1', DESCRIPTOR, { tdsVersion: '7_1' })]);
  assert.deepEqual(decodeSqlBatch(old, TDS_VERSION.V7_1), { headers: undefined, text: 'select 1' });
});

test('ALL_HEADERS whose TotalLength does not match its headers is refused', () => {
  const payload = Buffer.concat([...new SqlBatchPayload('x', DESCRIPTOR, { tdsVersion: '7_4' })]);
  const bad = Buffer.from(payload);
  bad.writeUInt32LE(20, 0); // TotalLength 20 but the header inside claims 18 + 4
  assert.throws(() => decodeSqlBatch(bad, TDS_VERSION.V7_4), ProtocolError);
});

const cases: { type: string; value: unknown; expect: Partial<TdsRpcParam>; length?: number; precision?: number; scale?: number }[] = [
  { type: 'Int', value: 42, expect: { type: { kind: 'int' }, value: 42 } },
  { type: 'Int', value: null, expect: { type: { kind: 'int' }, value: null } },
  { type: 'TinyInt', value: 255, expect: { type: { kind: 'tinyint' }, value: 255 } },
  { type: 'SmallInt', value: -2, expect: { type: { kind: 'smallint' }, value: -2 } },
  { type: 'BigInt', value: '-9007199254740993', expect: { type: { kind: 'bigint' }, value: -9007199254740993n } },
  { type: 'Bit', value: true, expect: { type: { kind: 'bit' }, value: true } },
  { type: 'Float', value: 1.5, expect: { type: { kind: 'float' }, value: 1.5 } },
  { type: 'Real', value: 0.5, expect: { type: { kind: 'real' }, value: 0.5 } },
  // tedious truncates value * 10000 toward zero, so use a value exact in binary floating point.
  { type: 'Money', value: -12.5, expect: { type: { kind: 'money' }, value: -125000n } },
  { type: 'SmallMoney', value: 1.25, expect: { type: { kind: 'smallmoney' }, value: 12500n } },
  {
    type: 'Decimal', value: 12345.6789, precision: 38, scale: 4,
    expect: { type: { kind: 'decimal', precision: 38, scale: 4 }, value: new SqlDecimal(123456789n, 4) },
  },
  {
    type: 'Numeric', value: -1.5, precision: 5, scale: 1,
    expect: { type: { kind: 'decimal', precision: 5, scale: 1, numeric: true }, value: new SqlDecimal(-15n, 1) },
  },
  { type: 'NVarChar', value: 'héllo €', expect: { type: { kind: 'nvarchar', length: 4000 }, value: 'héllo €' }, length: 4000 },
  { type: 'NVarChar', value: 'x'.repeat(5000), expect: { type: { kind: 'nvarchar', length: 'max' }, value: 'x'.repeat(5000) } },
  { type: 'VarChar', value: 'café', expect: { type: { kind: 'varchar', length: 8000 }, value: 'café' }, length: 8000 },
  { type: 'VarChar', value: 'é'.repeat(9000), expect: { type: { kind: 'varchar', length: 'max' }, value: 'é'.repeat(9000) } },
  { type: 'Char', value: 'abc', length: 3, expect: { type: { kind: 'char', length: 3 }, value: 'abc' } },
  { type: 'NChar', value: 'ab', length: 2, expect: { type: { kind: 'nchar', length: 2 }, value: 'ab' } },
  { type: 'NText', value: 'long text', expect: { type: { kind: 'ntext' }, value: 'long text' } },
  { type: 'Text', value: 'txt', expect: { type: { kind: 'text' }, value: 'txt' } },
  { type: 'VarBinary', value: Buffer.from([1, 2, 3]), length: 10, expect: { type: { kind: 'varbinary', length: 10 }, value: Buffer.from([1, 2, 3]) } },
  { type: 'VarBinary', value: Buffer.alloc(9000, 9), expect: { type: { kind: 'varbinary', length: 'max' }, value: Buffer.alloc(9000, 9) } },
  // tedious declares the full length for a shorter binary value (malformed), so send it exact.
  { type: 'Binary', value: Buffer.from([1, 2]), length: 2, expect: { type: { kind: 'binary', length: 2 }, value: Buffer.from([1, 2]) } },
  { type: 'Image', value: Buffer.from([7, 7]), expect: { type: { kind: 'image' }, value: Buffer.from([7, 7]) } },
  {
    type: 'UniqueIdentifier', value: '6F9619FF-8B86-D011-B42D-00C04FC964FF',
    expect: { type: { kind: 'uniqueidentifier' }, value: '6F9619FF-8B86-D011-B42D-00C04FC964FF' },
  },
  // 2021-07-30 is day 738000 since 0001-01-01.
  { type: 'Date', value: new Date(Date.UTC(2021, 6, 30)), expect: { type: { kind: 'date' }, value: 738000 } },
  {
    type: 'Time', value: new Date(Date.UTC(1970, 0, 1, 1, 2, 3, 456)), scale: 7,
    expect: { type: { kind: 'time', scale: 7 }, value: 37234560000 },
  },
  {
    type: 'DateTime2', value: new Date(Date.UTC(2021, 6, 30, 0, 0, 12, 345)), scale: 7,
    expect: { type: { kind: 'datetime2', scale: 7 }, value: new SqlDateTime(738000, 123450000) },
  },
  {
    type: 'DateTimeOffset', value: new Date(Date.UTC(2021, 6, 30, 0, 0, 12, 345)), scale: 3,
    expect: { type: { kind: 'datetimeoffset', scale: 3 }, value: new SqlDateTimeOffset(738000, 123450000, 0) },
  },
  {
    type: 'DateTime', value: new Date(Date.UTC(2021, 6, 30, 0, 0, 1)),
    expect: { type: { kind: 'datetime' }, value: new SqlDateTime(738000, 10000000) },
  },
  {
    type: 'SmallDateTime', value: new Date(Date.UTC(2021, 6, 30, 0, 2)),
    expect: { type: { kind: 'smalldatetime' }, value: new SqlDateTime(738000, 1200000000) },
  },
];

for (const c of cases) {
  test(`RPC parameter ${c.type} ${c.value === null ? 'NULL' : ''} from tedious`, () => {
    const payload = rpcPayload('dbo.p', [c]);
    const { calls } = decodeRpc(payload, TDS_VERSION.V7_4);
    const p = calls[0]?.params[0];
    assert.equal(p?.name, '@p0');
    assert.deepEqual(p?.type, c.expect.type);
    assert.deepEqual(p?.value, c.expect.value);
    assert.deepEqual(everyTruncation(payload, (b) => decodeRpc(b, TDS_VERSION.V7_4), (e) => e instanceof ProtocolError).filter((n) => n > 0), [
      // a cut exactly after OptionFlags is a complete call without parameters
      payload.indexOf(Buffer.from('@p0', 'utf16le')) - 1,
    ]);
  });
}

test('sp_executesql by ProcID, OUTPUT flag, split at every byte', () => {
  const payload = rpcPayload(10, [
    { type: 'NVarChar', value: 'select @a' },
    { type: 'NVarChar', value: '@a int' },
    { type: 'Int', value: 1, output: true },
  ]);
  everySplit(encodePackets(PACKET_TYPE.RPC, payload, 512), ([m]) => {
    const { headers, calls } = decodeRpc(m?.payload ?? Buffer.alloc(0), TDS_VERSION.V7_4);
    assert.deepEqual(headers?.transactionDescriptor, DESCRIPTOR);
    assert.equal(calls.length, 1);
    assert.equal(calls[0]?.procedure, 'sp_executesql');
    assert.equal(calls[0]?.procId, 10);
    assert.deepEqual(calls[0]?.params.map((p) => [p.value, p.output]), [['select @a', false], ['@a int', false], [1, true]]);
  });
});

test('several RPCs in one message (BatchFlag 0xFF; NoExecFlag 0xFE; trailing flag ignored)', () => {
  const one = rpcPayload('a', [{ type: 'Int', value: 1 }]);
  const headerLength = one.readUInt32LE(0);
  const body = (p: Buffer): Buffer => p.subarray(headerLength);
  const payload = Buffer.concat([one, Buffer.from([0xff]), body(rpcPayload('b', [])), Buffer.from([0xfe]), body(rpcPayload('c', [])), Buffer.from([0xff])]);
  const { calls } = decodeRpc(payload, TDS_VERSION.V7_4);
  assert.deepEqual(calls.map((c) => [c.procedure, c.noExec, c.params.length]), [['a', false, 1], ['b', false, 0], ['c', true, 0]]);
});

test('unknown ProcID and unsupported parameter types are refused', () => {
  assert.throws(() => decodeRpc(rpcPayload(99, []), TDS_VERSION.V7_4), ProtocolError);
  const payload = Buffer.from(rpcPayload('p', [{ type: 'Int', value: 1 }]));
  payload[payload.length - 6] = 0xf0; // TYPE_INFO id -> UDT
  assert.throws(() => decodeRpc(payload, TDS_VERSION.V7_4), ProtocolError);
});

test('a PLP chunk longer than the message fails without allocating it', () => {
  const payload = Buffer.from(rpcPayload('p', [{ type: 'NVarChar', value: 'x'.repeat(5000) }]));
  const chunkAt = payload.length - 4 - 10000 - 4; // chunk length before the data and the terminator
  payload.writeUInt32LE(0xfffffff0, chunkAt);
  assert.throws(() => decodeRpc(payload, TDS_VERSION.V7_4), ProtocolError);
});

test('transaction manager requests from tedious', () => {
  const t = new Transaction('tx', 2);
  const begin = decodeTransactionManager(Buffer.concat([...t.beginPayload(DESCRIPTOR)]), TDS_VERSION.V7_4);
  assert.deepEqual(begin.request, { kind: 'begin', isolationLevel: 2, name: 'tx' });
  assert.deepEqual(decodeTransactionManager(Buffer.concat([...t.commitPayload(DESCRIPTOR)]), TDS_VERSION.V7_4).request, {
    kind: 'commit', name: 'tx', beginNew: false,
  });
  assert.deepEqual(decodeTransactionManager(Buffer.concat([...t.rollbackPayload(DESCRIPTOR)]), TDS_VERSION.V7_4).request, {
    kind: 'rollback', name: 'tx', beginNew: false,
  });
  assert.deepEqual(decodeTransactionManager(Buffer.concat([...t.savePayload(DESCRIPTOR)]), TDS_VERSION.V7_4).request, { kind: 'save', name: 'tx' });
  const commitAndBegin = Buffer.concat([
    Buffer.concat([...t.commitPayload(DESCRIPTOR)]).subarray(0, -1),
    Buffer.from([0x01, 0x04, 0x04, 0x6e, 0x00, 0x32, 0x00]), // fBeginXact, SERIALIZABLE, B_VARBYTE 'n2'
  ]);
  assert.deepEqual(decodeTransactionManager(commitAndBegin, TDS_VERSION.V7_4).request, {
    kind: 'commit', name: 'tx', beginNew: true, newIsolationLevel: 4, newName: 'n2',
  });
  const dtc = Buffer.concat([Buffer.concat([...t.savePayload(DESCRIPTOR)]).subarray(0, 22), Buffer.from([0x00, 0x00, 0x00, 0x00])]);
  assert.deepEqual(decodeTransactionManager(dtc, TDS_VERSION.V7_4).request, { kind: 'unsupported', requestType: 0 });
});

test('RPC parameter names of any characters and lengths decode as UTF-16 code units', () => {
  const headers = Buffer.alloc(22);
  headers.writeUInt32LE(22, 0);
  headers.writeUInt32LE(18, 4);
  headers.writeUInt16LE(2, 8);
  headers.writeUInt32LE(1, 18);
  const intParam = (name: string, value: number): Buffer => {
    const nameBytes = Buffer.from(name, 'utf16le');
    const tail = Buffer.alloc(8);
    tail.writeUInt8(0, 0); // StatusFlags
    tail.writeUInt8(0x26, 1); // INTNTYPE
    tail.writeUInt8(4, 2);
    tail.writeUInt8(4, 3);
    tail.writeInt32LE(value, 4);
    return Buffer.concat([Buffer.from([name.length]), nameBytes, tail]);
  };
  const names = ['', '@', '@id', '@Grüße', '@\u{1F600}', '@\ud800x', '@abcdefghijk', '@abcdefghijkl', `@${'n'.repeat(127)}`];
  const call = Buffer.from([0xff, 0xff, 10, 0, 0, 0]);
  const payload = Buffer.concat([headers, call, ...names.map((n, i) => intParam(n, i))]);
  const { calls } = decodeRpc(payload, TDS_VERSION.V7_4);
  assert.deepEqual(calls[0]?.params.map((p) => p.name), names);
  assert.deepEqual(calls[0]?.params.map((p) => p.value), names.map((_, i) => i));
  const cut = payload.indexOf(Buffer.from('@abcdefghijkl', 'utf16le')) + 4;
  assert.throws(() => decodeRpc(payload.subarray(0, cut), TDS_VERSION.V7_4), ProtocolError);
});
