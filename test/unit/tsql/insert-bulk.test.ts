// INSERT BULK as bulk-copy clients send it (tedious, FreeTDS freebcp, SqlBulkCopy) and the
// options SQL Server accepts after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqlError } from '../../../src/errors/sql-error';
import { parseBatch } from '../../../src/tsql/parse';
import { one, strip } from './helpers';

const NO_OPTIONS = { checkConstraints: false, fireTriggers: false, keepNulls: false, tablock: false, order: [] };

test("tedious' statement: bracketed names, sized types", () => {
  assert.deepEqual(strip(one('insert bulk dbo.many([id] int, [name] nvarchar(40), [amount] decimal(18,4), [at] datetime2(7), [data] varbinary(max))')), {
    kind: 'insertBulk',
    table: { schema: 'dbo', name: 'many' },
    columns: [
      { name: 'id', type: { kind: 'int' } },
      { name: 'name', type: { kind: 'nvarchar', length: 40 } },
      { name: 'amount', type: { kind: 'decimal', precision: 18, scale: 4 } },
      { name: 'at', type: { kind: 'datetime2', scale: 7 } },
      { name: 'data', type: { kind: 'varbinary', length: 'max' } },
    ],
    options: NO_OPTIONS,
  });
});

test('three-part name, COLLATE, NULL / NOT NULL, every option', () => {
  const s = strip(one(`INSERT BULK [db].[dbo].[t] ([a] varchar(10) COLLATE SQL_Latin1_General_CP1_CI_AS NULL, [b] int NOT NULL)
    WITH (CHECK_CONSTRAINTS, FIRE_TRIGGERS, KEEP_NULLS, TABLOCK, KILOBYTES_PER_BATCH = 64, ROWS_PER_BATCH = 1000, ORDER (b ASC, a DESC))`));
  assert.deepEqual(s, {
    kind: 'insertBulk',
    table: { database: 'db', schema: 'dbo', name: 't' },
    columns: [
      { name: 'a', type: { kind: 'varchar', length: 10 }, collation: 'SQL_Latin1_General_CP1_CI_AS', nullable: true },
      { name: 'b', type: { kind: 'int' }, nullable: false },
    ],
    options: {
      checkConstraints: true, fireTriggers: true, keepNulls: true, tablock: true, kilobytesPerBatch: 64, rowsPerBatch: 1000,
      order: [{ column: 'b', descending: false }, { column: 'a', descending: true }],
    },
  });
});

function fails(sql: string): SqlError {
  try {
    parseBatch(sql);
  } catch (e) {
    assert.ok(e instanceof SqlError, String(e));
    return e;
  }
  assert.fail(`parsed: ${sql}`);
}

test('KEEP_IDENTITY and unknown options are 102 at the word', () => {
  const k = fails('insert bulk t ([id] int) WITH (KEEP_IDENTITY)');
  assert.equal(k.number, 102);
  assert.equal(k.message, "Incorrect syntax near 'KEEP_IDENTITY'.");
  assert.equal(fails('insert bulk t ([id] int) WITH (FOO)').message, "Incorrect syntax near 'FOO'.");
  assert.equal(fails('insert bulk t').number, 102);
});

test('INSERT BULK with any other statement in the batch: 428', () => {
  for (const sql of ['SELECT 1; insert bulk t ([id] int)', 'insert bulk t ([id] int); SELECT 1']) {
    const e = fails(sql);
    assert.equal(e.number, 428, sql);
    assert.equal(e.message, 'Insert bulk cannot be used in a multi-statement batch.');
  }
});

test('a table named bulk still works in an ordinary INSERT', () => {
  const s = strip(one('INSERT INTO [bulk] (a) VALUES (1)'));
  assert.equal(s.kind, 'insert');
});
