import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SqlType } from '../../../src/types/sql-type';
import { SqlDateTime, SqlDateTimeOffset, SqlDecimal, SqlVariant, type SqlValue } from '../../../src/types/values';
import { SERVER_COLLATION } from '../../../src/types/collation';
import { TDS_VERSION } from '../../../src/tds/constants';
import { encodeColMetadata } from '../../../src/tds/tokens/colmetadata';
import { encodeDone } from '../../../src/tds/tokens/done';
import { encodeEnvChange } from '../../../src/tds/tokens/env-change';
import { encodeError, encodeInfo } from '../../../src/tds/tokens/info-error';
import { encodeLoginAck } from '../../../src/tds/tokens/login-ack';
import { encodeFeatureExtAck } from '../../../src/tds/tokens/feature-ext-ack';
import { encodeOrder } from '../../../src/tds/tokens/order';
import { encodeBestRow, encodeNbcRow, encodeRow } from '../../../src/tds/tokens/row';
import { encodeReturnStatus } from '../../../src/tds/tokens/return-status';
import { encodeReturnValue } from '../../../src/tds/tokens/return-value';
import type { TdsColumn } from '../../../src/tds/tokens/token-types';
import { encodeCollation } from '../../../src/tds/types/collation-bytes';
import { parseWithTedious } from './helpers/tedious-oracle';

// 2021-07-30 = day 738000 since 0001-01-01; 12.3456789 s after midnight.
const DAYS = 738000;
const TICKS = 123456789;
const UTC_MS = Date.UTC(2021, 6, 30, 0, 0, 12, 345);

interface Case {
  readonly type: SqlType;
  readonly value: SqlValue;
  /** what tedious 19 yields for it */
  readonly expected: unknown;
}

const cases: Case[] = [
  { type: { kind: 'bit' }, value: true, expected: true },
  { type: { kind: 'tinyint' }, value: 255, expected: 255 },
  { type: { kind: 'smallint' }, value: -32768, expected: -32768 },
  { type: { kind: 'int' }, value: -5, expected: -5 },
  { type: { kind: 'bigint' }, value: 9007199254740993n, expected: '9007199254740993' },
  { type: { kind: 'real' }, value: 0.5, expected: 0.5 },
  { type: { kind: 'float' }, value: 1e300, expected: 1e300 },
  { type: { kind: 'money' }, value: -1234567890123n, expected: -123456789.0123 },
  { type: { kind: 'smallmoney' }, value: 12500n, expected: 1.25 },
  { type: { kind: 'decimal', precision: 9, scale: 2 }, value: new SqlDecimal(-12345n, 2), expected: -123.45 },
  { type: { kind: 'decimal', precision: 19, scale: 0 }, value: new SqlDecimal(123456789012345678n, 0), expected: 123456789012345680 },
  { type: { kind: 'decimal', precision: 28, scale: 4, numeric: true }, value: new SqlDecimal(10n ** 20n, 4), expected: 1e16 },
  { type: { kind: 'decimal', precision: 38, scale: 10 }, value: new SqlDecimal(-(10n ** 37n), 10), expected: -1e27 },
  { type: { kind: 'char', length: 3 }, value: 'é€x', expected: 'é€x' },
  { type: { kind: 'varchar', length: 50 }, value: 'café', expected: 'café' },
  { type: { kind: 'varchar', length: 'max' }, value: 'ü'.repeat(20000), expected: 'ü'.repeat(20000) },
  { type: { kind: 'nchar', length: 2 }, value: '日本', expected: '日本' },
  { type: { kind: 'nvarchar', length: 128 }, value: 'héllo', expected: 'héllo' },
  { type: { kind: 'nvarchar', length: 'max' }, value: '', expected: '' },
  { type: { kind: 'nvarchar', length: 'max' }, value: 'x'.repeat(3_000_000), expected: 'x'.repeat(3_000_000) },
  { type: { kind: 'binary', length: 2 }, value: Buffer.from([1, 2]), expected: Buffer.from([1, 2]) },
  { type: { kind: 'varbinary', length: 'max' }, value: Buffer.alloc(70000, 3), expected: Buffer.alloc(70000, 3) },
  { type: { kind: 'text' }, value: 'old text', expected: 'old text' },
  { type: { kind: 'ntext' }, value: 'ñ text', expected: 'ñ text' },
  { type: { kind: 'image' }, value: Buffer.from([9]), expected: Buffer.from([9]) },
  {
    type: { kind: 'uniqueidentifier' },
    value: '6F9619FF-8B86-D011-B42D-00C04FC964FF',
    expected: '6F9619FF-8B86-D011-B42D-00C04FC964FF',
  },
  { type: { kind: 'date' }, value: DAYS, expected: new Date(Date.UTC(2021, 6, 30)) },
  { type: { kind: 'time', scale: 7 }, value: TICKS, expected: new Date(Date.UTC(1970, 0, 1, 0, 0, 12, 345)) },
  { type: { kind: 'time', scale: 0 }, value: TICKS, expected: new Date(Date.UTC(1970, 0, 1, 0, 0, 12)) },
  { type: { kind: 'datetime2', scale: 7 }, value: new SqlDateTime(DAYS, TICKS), expected: new Date(UTC_MS) },
  { type: { kind: 'datetime2', scale: 3 }, value: new SqlDateTime(DAYS, TICKS), expected: new Date(UTC_MS + 1) }, // rounds to .346
  { type: { kind: 'datetimeoffset', scale: 7 }, value: new SqlDateTimeOffset(DAYS, TICKS, -300), expected: new Date(UTC_MS) },
  { type: { kind: 'datetime' }, value: new SqlDateTime(DAYS, 10_000_000), expected: new Date(Date.UTC(2021, 6, 30, 0, 0, 1)) },
  { type: { kind: 'smalldatetime' }, value: new SqlDateTime(DAYS, 1_200_000_000), expected: new Date(Date.UTC(2021, 6, 30, 0, 2)) },
  { type: { kind: 'sql_variant' }, value: new SqlVariant({ kind: 'int' }, 3), expected: 3 },
  { type: { kind: 'sql_variant' }, value: new SqlVariant({ kind: 'nvarchar', length: 128 }, 'Enterprise'), expected: 'Enterprise' },
  {
    type: { kind: 'sql_variant' },
    value: new SqlVariant({ kind: 'decimal', precision: 10, scale: 2 }, new SqlDecimal(1050n, 2)),
    expected: 10.5,
  },
  { type: { kind: 'sql_variant' }, value: new SqlVariant({ kind: 'datetime2', scale: 7 }, new SqlDateTime(DAYS, TICKS)), expected: new Date(UTC_MS) },
  { type: { kind: 'sql_variant' }, value: new SqlVariant({ kind: 'uniqueidentifier' }, '6F9619FF-8B86-D011-B42D-00C04FC964FF'), expected: '6F9619FF-8B86-D011-B42D-00C04FC964FF' },
  { type: { kind: 'xml' }, value: '<a b="1"/>', expected: '<a b="1"/>' },
];

function columnsOf(list: readonly Case[]): TdsColumn[] {
  return list.map((c, i) => ({ name: `c${i}`, type: c.type, nullable: true }));
}

test('COLMETADATA + ROW + NBCROW for every type round-trip through tedious (TDS 7.4)', async () => {
  const columns = columnsOf(cases);
  const tokens = (await parseWithTedious([
    encodeColMetadata(columns, TDS_VERSION.V7_4),
    encodeRow(columns, cases.map((c) => c.value), TDS_VERSION.V7_4),
    encodeNbcRow(columns, cases.map(() => null), TDS_VERSION.V7_4),
    encodeRow(columns, cases.map(() => null), TDS_VERSION.V7_4),
  ])) as any[];
  assert.deepEqual(tokens.map((t) => t.name), ['COLMETADATA', 'ROW', 'NBCROW', 'ROW']);
  assert.deepEqual(tokens[0].columns.map((c: any) => c.colName), columns.map((c) => c.name));
  cases.forEach((c, i) => {
    assert.deepEqual(tokens[1].columns[i].value, c.expected, `${JSON.stringify(c.type)}`);
    assert.equal(tokens[2].columns[i].value, null);
    assert.equal(tokens[3].columns[i].value, null);
  });
});

test('TYPE_INFO details tedious reads back', async () => {
  const columns: TdsColumn[] = [
    { name: 'd', type: { kind: 'decimal', precision: 38, scale: 6 }, nullable: false },
    { name: 'v', type: { kind: 'varchar', length: 'max' }, nullable: true, identity: true },
    { name: 't', type: { kind: 'datetimeoffset', scale: 3 }, nullable: true },
  ];
  const [meta] = (await parseWithTedious([encodeColMetadata(columns, TDS_VERSION.V7_4)])) as any[];
  assert.deepEqual([meta.columns[0].precision, meta.columns[0].scale, meta.columns[0].flags], [38, 6, 0]);
  assert.deepEqual([meta.columns[1].type.name, meta.columns[1].dataLength, meta.columns[1].flags], ['VarChar', 0xffff, 0x11]);
  assert.equal(meta.columns[1].collation.sortId, SERVER_COLLATION.sortId);
  assert.deepEqual([meta.columns[2].type.name, meta.columns[2].scale], ['DateTimeOffset', 3]);
});

test('down-level TDS 7.2: date/time types become NVARCHAR ISO text', async () => {
  const list: Case[] = [
    { type: { kind: 'date' }, value: DAYS, expected: '2021-07-30' },
    { type: { kind: 'time', scale: 3 }, value: TICKS, expected: '00:00:12.346' },
    { type: { kind: 'datetime2', scale: 7 }, value: new SqlDateTime(DAYS, TICKS), expected: '2021-07-30 00:00:12.3456789' },
    { type: { kind: 'datetimeoffset', scale: 0 }, value: new SqlDateTimeOffset(DAYS, TICKS, -300), expected: '2021-07-29 19:00:12 -05:00' },
    { type: { kind: 'nvarchar', length: 'max' }, value: 'still PLP in 7.2', expected: 'still PLP in 7.2' },
  ];
  const columns = columnsOf(list);
  const tokens = (await parseWithTedious(
    [encodeColMetadata(columns, TDS_VERSION.V7_2), encodeRow(columns, list.map((c) => c.value), TDS_VERSION.V7_2)],
    '7_2',
  )) as any[];
  assert.deepEqual(tokens[0].columns.map((c: any) => c.type.name), ['NVarChar', 'NVarChar', 'NVarChar', 'NVarChar', 'NVarChar']);
  list.forEach((c, i) => assert.equal(tokens[1].columns[i].value, c.expected));
});

test('down-level TDS 7.1: MAX types become TEXT/NTEXT/IMAGE, xml NTEXT; 4-byte DONE count', async () => {
  const list: Case[] = [
    { type: { kind: 'varchar', length: 'max' }, value: 'v', expected: 'v' },
    { type: { kind: 'nvarchar', length: 'max' }, value: 'n', expected: 'n' },
    { type: { kind: 'varbinary', length: 'max' }, value: Buffer.from([1]), expected: Buffer.from([1]) },
    { type: { kind: 'xml' }, value: '<x/>', expected: '<x/>' },
  ];
  const columns = columnsOf(list);
  const tokens = (await parseWithTedious(
    [
      encodeColMetadata(columns, TDS_VERSION.V7_1_SP1),
      encodeRow(columns, list.map((c) => c.value), TDS_VERSION.V7_1_SP1),
      encodeDone({ token: 'done', command: 'select', rowCount: 1 }, TDS_VERSION.V7_1_SP1),
      encodeError({ number: 50000, state: 1, severity: 16, message: 'm', lineNumber: 7 }, 'S', TDS_VERSION.V7_1_SP1),
    ],
    '7_1',
  )) as any[];
  assert.deepEqual(tokens[0].columns.map((c: any) => c.type.name), ['Text', 'NText', 'Image', 'NText']);
  list.forEach((c, i) => assert.deepEqual(tokens[1].columns[i].value, c.expected));
  assert.equal(tokens[2].rowCount, 1);
  assert.equal(tokens[3].lineNumber, 7);
});

test('login response tokens through tedious', async () => {
  const tokens = (await parseWithTedious([
    encodeEnvChange({ kind: 'database', newValue: 'master', oldValue: 'master' }),
    encodeInfo({ number: 5701, state: 2, severity: 0, message: "Changed database context to 'master'." }, 'MSXD', TDS_VERSION.V7_4),
    encodeEnvChange({ kind: 'collation', collation: encodeCollation(SERVER_COLLATION) }),
    encodeEnvChange({ kind: 'language', newValue: 'us_english', oldValue: '' }),
    encodeEnvChange({ kind: 'packetSize', newValue: 8192, oldValue: 4096 }),
    encodeLoginAck({ tdsVersion: TDS_VERSION.V7_4 }),
    encodeFeatureExtAck([{ id: 0x0a, data: Buffer.from([1]) }]),
    encodeDone({ token: 'done', command: 'other' }, TDS_VERSION.V7_4),
  ])) as any[];
  assert.deepEqual(tokens.map((t) => t.handlerName), [
    'onDatabaseChange', 'onInfoMessage', 'onSqlCollationChange', 'onLanguageChange', 'onPacketSizeChange', 'onLoginAck', 'onFeatureExtAck', 'onDone',
  ]);
  assert.equal(tokens[1].number, 5701);
  assert.equal(tokens[1].serverName, 'MSXD');
  assert.equal(tokens[2].newValue.lcid, 0x0409);
  assert.equal(tokens[4].newValue, 8192);
  assert.deepEqual([tokens[5].interface, tokens[5].tdsVersion, tokens[5].progName], ['SQL_TSQL', '7_4', 'Microsoft SQL Server']);
  assert.equal(tokens[7].more, false);
});

test('transaction ENVCHANGEs, reset ack, RETURNSTATUS, RETURNVALUE, DONEPROC, ORDER through tedious', async () => {
  const descriptor = Buffer.from([1, 0, 0, 0, 0, 0, 0, 0]);
  const tokens = (await parseWithTedious([
    encodeEnvChange({ kind: 'beginTransaction', descriptor }),
    encodeEnvChange({ kind: 'commitTransaction', descriptor }),
    encodeEnvChange({ kind: 'rollbackTransaction', descriptor }),
    encodeEnvChange({ kind: 'resetConnectionAck' }),
    encodeOrder([1, 2]),
    encodeReturnStatus(-6),
    encodeReturnValue({ ordinal: 2, name: '@handle', type: { kind: 'int' }, value: 17 }, TDS_VERSION.V7_4),
    encodeReturnValue({ ordinal: 3, name: '@t', type: { kind: 'nvarchar', length: 'max' }, value: null }, TDS_VERSION.V7_4),
    encodeDone({ token: 'doneInProc', command: 'insert', rowCount: 3n, more: true, inTransaction: true }, TDS_VERSION.V7_4),
    encodeDone({ token: 'doneProc', command: 'execute', error: true }, TDS_VERSION.V7_4),
  ])) as any[];
  assert.deepEqual(tokens[0].newValue, descriptor);
  assert.deepEqual(tokens[1].oldValue, descriptor);
  assert.deepEqual(tokens[2].oldValue, descriptor);
  assert.equal(tokens[3].type, 'RESET_CONNECTION');
  assert.deepEqual(tokens[4].orderColumns, [1, 2]);
  assert.equal(tokens[5].value, -6);
  assert.deepEqual([tokens[6].paramOrdinal, tokens[6].paramName, tokens[6].value], [2, 'handle', 17]);
  assert.equal(tokens[7].value, null);
  assert.deepEqual([tokens[8].name, tokens[8].rowCount, tokens[8].more, tokens[8].curCmd], ['DONEINPROC', 3, true, 0xc3]);
  assert.deepEqual([tokens[9].name, tokens[9].sqlError, tokens[9].rowCount], ['DONEPROC', true, undefined]);
});

test('DONE row counts past 2^32 and as bigint (ULONGLONG, little-endian)', () => {
  const big = 2 ** 40 + 5;
  const expected = [5, 0, 0, 0, 0, 1, 0, 0];
  const fromNumber = encodeDone({ token: 'done', command: 'insert', rowCount: big }, TDS_VERSION.V7_4);
  const fromBigint = encodeDone({ token: 'done', command: 'insert', rowCount: BigInt(big) }, TDS_VERSION.V7_4);
  assert.deepEqual([...fromNumber.subarray(5)], expected);
  assert.deepEqual(fromBigint, fromNumber);
  assert.equal(fromNumber.length, 13);
});

test('DONE bytes (MS-TDS 2.2.7.6)', () => {
  assert.deepEqual(
    [...encodeDone({ token: 'done', command: 'select', rowCount: 2, more: true }, TDS_VERSION.V7_4)],
    [
      0xfd, //                    DONE
      0x11, 0x00, //              Status: DONE_MORE | DONE_COUNT
      0xc1, 0x00, //              CurCmd: SELECT
      2, 0, 0, 0, 0, 0, 0, 0, //  DoneRowCount ULONGLONG (7.2+)
    ],
  );
  assert.deepEqual(
    [...encodeDone({ token: 'done', command: 'other', attention: true }, TDS_VERSION.V7_1_SP1)],
    [
      0xfd, //         DONE
      0x20, 0x00, //   Status: DONE_ATTN
      0x00, 0x00, //   CurCmd
      0, 0, 0, 0, //   DoneRowCount LONG (before 7.2)
    ],
  );
});

test('ENVCHANGE collation bytes match the MS-TDS login-response example', () => {
  assert.deepEqual(
    [...encodeEnvChange({ kind: 'collation', collation: encodeCollation(SERVER_COLLATION) })],
    [
      0xe3, //                          ENVCHANGE
      0x08, 0x00, //                    Length
      0x07, //                          Type: SQL collation
      0x05, 0x09, 0x04, 0xd0, 0x00, 0x34, // new value: B_VARBYTE 5 bytes (SQL_Latin1_General_CP1_CI_AS)
      0x00, //                          old value: empty
    ],
  );
});

test('encodeBestRow uses NBCROW only from 7.3B and only when a value is NULL', () => {
  const columns: TdsColumn[] = [{ name: 'a', type: { kind: 'int' }, nullable: true }];
  assert.equal(encodeBestRow(columns, [null], TDS_VERSION.V7_4)[0], 0xd2);
  assert.equal(encodeBestRow(columns, [1], TDS_VERSION.V7_4)[0], 0xd1);
  assert.equal(encodeBestRow(columns, [null], TDS_VERSION.V7_3A)[0], 0xd1);
});
