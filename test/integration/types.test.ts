// Every data type the node must carry, both ways: values produced by the server (CAST of a literal)
// arrive in tedious with the right TYPE_INFO and JavaScript value, and parameters sent by tedious
// (RPC sp_executesql) come back unchanged. NULL of every type, MAX types bigger than a packet, and
// sql_variant unboxing (SERVERPROPERTY) included.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { nodeForFile } from '../helpers/node-fixture';
import { batch, close, connect, execSql, ok, TYPES, type Param, type Session } from '../helpers/tedious-session';

const node = nodeForFile({ name: 'MSXDTYPES' });
let session: Session;

before(async () => {
  session = await connect(await node.ready(), { packetSize: 8192 });
});
after(async () => {
  if (session !== undefined) await close(session);
});

const utc = (iso: string): Date => new Date(iso);
const LONG_ASCII = 'ab'.repeat(5000);
const LONG_UNICODE = '\u00e9'.repeat(9000);
const BIG_BINARY = Buffer.alloc(100_000, 0).map((_, i) => i % 251);

interface Case {
  readonly type: string;
  readonly expression: string;
  readonly sqlType: string;
  readonly value: unknown;
  /** sub-millisecond part tedious exposes on Date values as `nanosecondsDelta` (seconds) */
  readonly nanosecondsDelta?: number;
}

const CASES: readonly Case[] = [
  { type: 'bit', expression: 'CAST(1 AS bit)', sqlType: 'bit', value: true },
  { type: 'tinyint', expression: 'CAST(255 AS tinyint)', sqlType: 'tinyint', value: 255 },
  { type: 'smallint', expression: 'CAST(-32768 AS smallint)', sqlType: 'smallint', value: -32768 },
  { type: 'int', expression: 'CAST(2147483647 AS int)', sqlType: 'int', value: 2147483647 },
  { type: 'bigint', expression: 'CAST(9223372036854775807 AS bigint)', sqlType: 'bigint', value: '9223372036854775807' },
  { type: 'decimal(38,4)', expression: 'CAST(-12.3456 AS decimal(38,4))', sqlType: 'decimal(38,4)', value: -12.3456 },
  { type: 'decimal(38,0)', expression: 'CAST(12345678901234567 AS decimal(38,0))', sqlType: 'decimal(38,0)', value: 12345678901234567 },
  { type: 'real', expression: 'CAST(1.5 AS real)', sqlType: 'real', value: 1.5 },
  { type: 'float', expression: 'CAST(3.141592653589793 AS float)', sqlType: 'float', value: 3.141592653589793 },
  { type: 'money', expression: 'CAST(123.4567 AS money)', sqlType: 'money', value: 123.4567 },
  { type: 'varchar', expression: "CAST('abc' AS varchar(10))", sqlType: 'varchar(10)', value: 'abc' },
  { type: 'nvarchar', expression: "CAST(N'h\u00e9llo \u4e16\u754c' AS nvarchar(20))", sqlType: 'nvarchar(20)', value: 'h\u00e9llo \u4e16\u754c' },
  { type: 'varchar(max)', expression: "REPLICATE(CAST('ab' AS varchar(max)), 5000)", sqlType: 'varchar(max)', value: LONG_ASCII },
  { type: 'nvarchar(max)', expression: "REPLICATE(CAST(N'\u00e9' AS nvarchar(max)), 9000)", sqlType: 'nvarchar(max)', value: LONG_UNICODE },
  { type: 'varbinary', expression: 'CAST(0x0102FF AS varbinary(4))', sqlType: 'varbinary(4)', value: Buffer.from([1, 2, 255]) },
  { type: 'varbinary(max)', expression: 'CAST(0x0102FF AS varbinary(max))', sqlType: 'varbinary(max)', value: Buffer.from([1, 2, 255]) },
  { type: 'uniqueidentifier', expression: "CAST('6F9619FF-8B86-D011-B42D-00C04FC964FF' AS uniqueidentifier)", sqlType: 'uniqueidentifier',
    value: '6F9619FF-8B86-D011-B42D-00C04FC964FF' },
  { type: 'date', expression: "CAST('2024-02-29' AS date)", sqlType: 'date', value: utc('2024-02-29T00:00:00.000Z') },
  { type: 'time(7)', expression: "CAST('13:14:15.1234567' AS time(7))", sqlType: 'time(7)', value: utc('1970-01-01T13:14:15.123Z'),
    nanosecondsDelta: 0.0004567 },
  { type: 'datetime', expression: "CAST('2024-02-29T13:14:15.997' AS datetime)", sqlType: 'datetime', value: utc('2024-02-29T13:14:15.997Z') },
  { type: 'smalldatetime', expression: "CAST('2024-02-29T13:14:00' AS smalldatetime)", sqlType: 'smalldatetime', value: utc('2024-02-29T13:14:00.000Z') },
  { type: 'datetime2(7)', expression: "CAST('2024-02-29T13:14:15.1234567' AS datetime2(7))", sqlType: 'datetime2(7)',
    value: utc('2024-02-29T13:14:15.123Z'), nanosecondsDelta: 0.0004567 },
  { type: 'datetimeoffset(7)', expression: "CAST('2024-02-29T13:14:15.1234567+02:00' AS datetimeoffset(7))", sqlType: 'datetimeoffset(7)',
    value: utc('2024-02-29T11:14:15.123Z'), nanosecondsDelta: 0.0004567 },
];

describe('values produced by the server', () => {
  for (const c of CASES) {
    test(c.type, async () => {
      const o = ok(await batch(session, `SELECT ${c.expression} AS v, CAST(NULL AS ${c.sqlType}) AS n`));
      assert.deepEqual(o.sets[0]?.columns.map((col) => col.sqlType), [c.sqlType, c.sqlType]);
      const [value, nullValue] = o.sets[0]?.rows[0] ?? [];
      assert.deepEqual(value, c.value);
      assert.equal(nullValue, null);
      if (c.nanosecondsDelta !== undefined) {
        const delta = (value as { nanosecondsDelta?: number }).nanosecondsDelta ?? 0;
        assert.ok(Math.abs(delta - c.nanosecondsDelta) < 1e-9, `nanosecondsDelta ${delta}, expected ${c.nanosecondsDelta}`);
      }
    });
  }

  test('decimal(38,s) keeps all 38 digits (checked through its text form, tedious reads numbers as doubles)', async () => {
    const o = ok(await batch(session, [
      "SELECT CAST(CAST('1234567890123456789012345678901234.5678' AS decimal(38,4)) AS varchar(50)) AS a,",
      "       CAST(CAST('-0.12345678901234567890123456789012345678' AS decimal(38,38)) AS varchar(50)) AS b,",
      "       CAST(CAST('99999999999999999999999999999999999999' AS decimal(38,0)) AS varchar(50)) AS c",
    ].join('\n')));
    assert.deepEqual(o.sets[0]?.rows[0], [
      '1234567890123456789012345678901234.5678',
      '-0.12345678901234567890123456789012345678',
      '99999999999999999999999999999999999999',
    ]);
  });

  test('a 1 MB varchar(max) value spans many packets', async () => {
    const o = ok(await batch(session, "SELECT REPLICATE(CAST('0123456789' AS varchar(max)), 100000) AS big"));
    const big = o.sets[0]?.rows[0]?.[0] as string;
    assert.equal(big.length, 1_000_000);
    assert.equal(big, '0123456789'.repeat(100_000));
  });

  test('sql_variant unboxes to the base type: SERVERPROPERTY, CAST(... AS sql_variant)', async () => {
    const o = ok(await batch(session,
      "SELECT SERVERPROPERTY('EngineEdition') AS e, SERVERPROPERTY('ProductVersion') AS v, CAST(42 AS sql_variant) AS i, CAST(N'x' AS sql_variant) AS s"));
    assert.deepEqual(o.sets[0]?.columns.map((col) => col.sqlType), ['sql_variant', 'sql_variant', 'sql_variant', 'sql_variant']);
    const [edition, version, i, s] = o.sets[0]?.rows[0] ?? [];
    assert.equal(typeof edition, 'number', `EngineEdition must unbox to a number (int base type), got ${JSON.stringify(edition)}`);
    assert.ok(Number.isInteger(edition) && (edition as number) >= 1, `EngineEdition ${String(edition)}`);
    assert.match(String(version), /^\d+\.\d+\.\d+\.\d+$/);
    assert.equal(i, 42);
    assert.equal(s, 'x');
  });
});

// A sql_variant column holds a different base type in each row; MS-TDS 2.2.5.5.4 sends each row's
// own base type and properties, and per-row functions see the same base type as a variable does.
const VARIANT_ROWS: ReadonlyArray<readonly [expression: string, baseType: string, value: unknown]> = [
  ['CAST(5 AS int)', 'int', 5],
  ['CAST(5000000000 AS bigint)', 'bigint', '5000000000'],
  ['CAST(1.5 AS decimal(5,2))', 'decimal', 1.5],
  ['CAST(2.5 AS float)', 'float', 2.5],
  ["CAST(N'h\u00e9llo' AS nvarchar(10))", 'nvarchar', 'h\u00e9llo'],
  ["CAST('xyz' AS varchar(10))", 'varchar', 'xyz'],
  ["CAST('2024-02-29T13:14:15.997' AS datetime)", 'datetime', utc('2024-02-29T13:14:15.997Z')],
  ["CAST('2024-02-29' AS date)", 'date', utc('2024-02-29T00:00:00.000Z')],
  ["CAST('6F9619FF-8B86-D011-B42D-00C04FC964FF' AS uniqueidentifier)", 'uniqueidentifier', '6F9619FF-8B86-D011-B42D-00C04FC964FF'],
  ['CAST(0x0102FF AS varbinary(8))', 'varbinary', Buffer.from([1, 2, 255])],
  ['NULL', '', null],
];

describe('sql_variant values read from tables', () => {
  for (const table of ['dbo.variant_rows', '#variant_rows']) {
    test(`${table}: each row's base type reaches the client and SQL_VARIANT_PROPERTY, as a variable's does`, async () => {
      const rows = VARIANT_ROWS.map(([e], i) => `(${i + 1}, ${e})`).join(', ');
      const o = ok(await batch(session, [
        `CREATE TABLE ${table} (id int NOT NULL, v sql_variant NULL);`,
        `INSERT ${table} VALUES ${rows};`,
        `SELECT v, SQL_VARIANT_PROPERTY(v, 'BaseType') AS bt FROM ${table} ORDER BY id;`,
        'DECLARE @i int = 1, @x sql_variant;',
        `WHILE @i <= ${VARIANT_ROWS.length}`,
        'BEGIN',
        `  SELECT @x = v FROM ${table} WHERE id = @i;`,
        "  SELECT @x AS v, SQL_VARIANT_PROPERTY(@x, 'BaseType') AS bt;",
        '  SET @i += 1;',
        'END;',
        `DROP TABLE ${table};`,
      ].join('\n')));
      const fromTable = o.sets[0]?.rows ?? [];
      const fromVariable = o.sets.slice(1).map((set) => set.rows[0]);
      assert.deepEqual(o.sets[0]?.columns.map((col) => col.sqlType), ['sql_variant', 'sql_variant']);
      VARIANT_ROWS.forEach(([expression, baseType, value], i) => {
        const expected = [value, value === null ? null : baseType];
        assert.deepEqual(fromTable[i], expected, `row ${i + 1}: ${expression}`);
        assert.deepEqual(fromVariable[i], expected, `variable from row ${i + 1}: ${expression}`);
      });
    });
  }
});

const PARAMS: ReadonlyArray<readonly [label: string, param: Param, expected?: unknown]> = [
  ['bit', ['p', TYPES.Bit, true]],
  ['tinyint', ['p', TYPES.TinyInt, 255]],
  ['smallint', ['p', TYPES.SmallInt, -32768]],
  ['int', ['p', TYPES.Int, -2147483648]],
  ['bigint', ['p', TYPES.BigInt, '-9223372036854775808']],
  ['decimal(38,4)', ['p', TYPES.Decimal, -12.3456, { precision: 38, scale: 4 }]],
  ['real', ['p', TYPES.Real, -1.25]],
  ['float', ['p', TYPES.Float, Math.PI]],
  ['money', ['p', TYPES.Money, 123.4567]],
  ['varchar', ['p', TYPES.VarChar, 'abc']],
  ['nvarchar', ['p', TYPES.NVarChar, 'h\u00e9llo \u4e16\u754c']],
  ['varchar(max) 10000 chars', ['p', TYPES.VarChar, LONG_ASCII]],
  ['nvarchar(max) 9000 chars', ['p', TYPES.NVarChar, LONG_UNICODE]],
  ['varbinary', ['p', TYPES.VarBinary, Buffer.from([0, 1, 2, 254, 255])]],
  ['varbinary(max) 100 KB', ['p', TYPES.VarBinary, Buffer.from(BIG_BINARY)]],
  ['uniqueidentifier', ['p', TYPES.UniqueIdentifier, '6F9619FF-8B86-D011-B42D-00C04FC964FF']],
  ['date', ['p', TYPES.Date, utc('2024-02-29T00:00:00.000Z')]],
  ['time(7)', ['p', TYPES.Time, utc('1970-01-01T13:14:15.123Z'), { scale: 7 }]],
  ['datetime', ['p', TYPES.DateTime, utc('2024-02-29T13:14:15.997Z')]],
  ['smalldatetime', ['p', TYPES.SmallDateTime, utc('2024-02-29T13:14:00.000Z')]],
  ['datetime2(7)', ['p', TYPES.DateTime2, utc('2024-02-29T13:14:15.123Z'), { scale: 7 }]],
  ['datetimeoffset(7)', ['p', TYPES.DateTimeOffset, utc('2024-02-29T11:14:15.123Z'), { scale: 7 }]],
  ['NULL nvarchar', ['p', TYPES.NVarChar, null]],
  ['NULL int', ['p', TYPES.Int, null]],
];

describe('parameters sent by the client come back unchanged (RPC sp_executesql)', () => {
  for (const [label, param, expected] of PARAMS) {
    test(label, async () => {
      const o = ok(await execSql(session, 'SELECT @p AS v', [param]));
      assert.deepEqual(o.sets[0]?.rows[0]?.[0], expected ?? param[2]);
    });
  }

  test('the server computes with parameter values', async () => {
    const o = ok(await execSql(session, "SELECT @a + 1 AS a, @s + N'!' AS s, DATALENGTH(@b) AS b, DATEADD(day, 1, @d) AS d", [
      ['a', TYPES.BigInt, '9007199254740993'],
      ['s', TYPES.NVarChar, 'h\u00e9llo'],
      ['b', TYPES.VarBinary, Buffer.from(BIG_BINARY)],
      ['d', TYPES.Date, utc('2024-02-28T00:00:00.000Z')],
    ]));
    // DATALENGTH of a MAX type is bigint, which tedious returns as a string
    assert.deepEqual(o.sets[0]?.rows[0], ['9007199254740994', 'h\u00e9llo!', '100000', utc('2024-02-29T00:00:00.000Z')]);
  });
});
