// TDS bulk load (INSERT BULK + a BULK_LOAD message, MS-TDS 2.2.6.1) from tedious' execBulkLoad:
// many rows of many types, NULLs and DEFAULTs (KEEP_NULLS), identity, CHECK_CONSTRAINTS, a
// unique violation failing the whole load, a user transaction, permissions, 4022, and a
// malformed bulk message closing only its connection.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import sql from 'mssql';
import type { BulkLoad, Connection } from 'tedious';
import { freetdsEnvironment, which } from '../helpers/client-probe';
import { nodeForFile } from '../helpers/node-fixture';
import { login7Payload, packet, preloginPayload, rawConnect, type RawClient } from '../helpers/tds-bytes';
import { batch, close, connect, scalar, TYPES, type Session } from '../helpers/tedious-session';

const node = nodeForFile({ name: 'MSXDBULK' });
let s: Session;

before(async () => {
  await node.ready();
  s = await connect(node());
});

after(async () => {
  if (s) await close(s);
});

type BulkOptions = ConstructorParameters<typeof BulkLoad>[3];

/** Runs one execBulkLoad; resolves with the row count or the error tedious reports. */
function bulkLoad(conn: Connection, table: string, options: BulkOptions, columns: readonly [string, unknown, object?][],
  rows: readonly unknown[][]): Promise<{ rowCount?: number; error?: Error & { number?: number } }> {
  return new Promise((resolve) => {
    const load = conn.newBulkLoad(table, options, (error, rowCount) => resolve(error ? { error } : { rowCount: rowCount ?? 0 }));
    for (const [name, type, o] of columns) load.addColumn(name, type as never, { nullable: true, ...(o ?? {}) });
    conn.execBulkLoad(load, rows as never);
  });
}

async function ok(sql: string): Promise<void> {
  const o = await batch(s, sql);
  assert.deepEqual(o.errors, [], sql);
}

describe('tedious execBulkLoad', () => {
  test('10,000 rows of int, bigint, nvarchar, varchar, decimal, datetime2, uniqueidentifier, varbinary, bit, NULLs', async () => {
    await ok(`CREATE TABLE dbo.many (id int NOT NULL PRIMARY KEY, big bigint NULL, name nvarchar(40) NULL, code varchar(10) NULL,
      amount decimal(18,4) NULL, at datetime2(7) NULL, g uniqueidentifier NULL, data varbinary(max) NULL, flag bit NULL)`);
    const rows: unknown[][] = [];
    for (let i = 0; i < 10_000; i++) {
      rows.push([
        i,
        i % 7 === 0 ? null : BigInt(i) * 1_000_000_007n,
        i % 5 === 0 ? null : `name ${i} ž€`,
        `c${i % 1000}`,
        i % 3 === 0 ? null : (i / 4).toFixed(2),
        new Date(Date.UTC(2026, 0, 1, 0, 0, i % 60, i % 1000)),
        i % 2 === 0 ? `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000` : null,
        i % 11 === 0 ? null : Buffer.from([i & 0xff, (i >> 8) & 0xff, 7]),
        i % 4 === 0 ? null : i % 2 === 1,
      ]);
    }
    const r = await bulkLoad(s.conn, 'dbo.many', {}, [
      ['id', TYPES.Int, { nullable: false }], ['big', TYPES.BigInt], ['name', TYPES.NVarChar, { length: 40 }],
      ['code', TYPES.VarChar, { length: 10 }], ['amount', TYPES.Decimal, { precision: 18, scale: 4 }],
      ['at', TYPES.DateTime2, { scale: 7 }], ['g', TYPES.UniqueIdentifier], ['data', TYPES.VarBinary, { length: Infinity }],
      ['flag', TYPES.Bit],
    ], rows);
    assert.equal(r.error, undefined, r.error?.message);
    assert.equal(r.rowCount, 10_000);
    const o = await batch(s, `SELECT COUNT(*), SUM(CAST(id AS bigint)), COUNT(big), COUNT(name), COUNT(amount), COUNT(g), COUNT(data),
      SUM(CAST(flag AS int)), COUNT(flag) FROM dbo.many`);
    assert.deepEqual(o.errors, []);
    assert.deepEqual(o.sets[0]!.rows[0], [10_000, '49995000', 10_000 - 1429, 8000, 10_000 - 3334, 5000, 10_000 - 910, 5000, 7500]);
    const one = await batch(s, `SELECT big, name, code, amount, CONVERT(varchar(27), at, 121), g, data, flag FROM dbo.many WHERE id = 4243`);
    assert.deepEqual(one.errors, []);
    assert.deepEqual(one.sets[0]!.rows[0], [
      String(4243n * 1_000_000_007n), 'name 4243 ž€', 'c243', 1060.75, '2026-01-01 00:00:43.2430000', null,
      Buffer.from([4243 & 0xff, 4243 >> 8, 7]), true,
    ]);
    const guid = await batch(s, 'SELECT g FROM dbo.many WHERE id = 4242');
    assert.equal(String(scalar(guid)).toUpperCase(), '00004242-0000-4000-8000-000000000000');
  });

  test('a NULL takes the DEFAULT unless KEEP_NULLS; identity values are generated', async () => {
    await ok(`CREATE TABLE dbo.items (id int IDENTITY(10,5) NOT NULL, v varchar(10) NULL CONSTRAINT df_v DEFAULT 'dflt', n int NULL)`);
    const cols: [string, unknown][] = [['v', TYPES.VarChar], ['n', TYPES.Int]];
    assert.equal((await bulkLoad(s.conn, 'items', {}, cols, [[null, 1], ['x', 2]])).rowCount, 2);
    assert.equal((await bulkLoad(s.conn, 'items', { keepNulls: true }, cols, [[null, 3]])).rowCount, 1);
    const o = await batch(s, 'SELECT id, v, n FROM dbo.items ORDER BY id');
    assert.deepEqual(o.sets[0]!.rows, [[10, 'dflt', 1], [15, 'x', 2], [20, null, 3]]);
  });

  test('CHECK constraints are enforced only WITH (CHECK_CONSTRAINTS): 547, nothing inserted', async () => {
    await ok('CREATE TABLE dbo.checked (n int NULL CONSTRAINT ck_n CHECK (n > 0))');
    const cols: [string, unknown][] = [['n', TYPES.Int]];
    const failed = await bulkLoad(s.conn, 'checked', { checkConstraints: true }, cols, [[1], [2], [-3], [4]]);
    assert.equal(failed.error?.number, 547);
    assert.equal(scalar(await batch(s, 'SELECT COUNT(*) FROM dbo.checked')), 0);
    assert.equal((await bulkLoad(s.conn, 'checked', {}, cols, [[-1]])).rowCount, 1);
    assert.equal(scalar(await batch(s, 'SELECT COUNT(*) FROM dbo.checked')), 1);
  });

  test('a duplicate key in the last rows fails the whole load (2627)', async () => {
    await ok('CREATE TABLE dbo.keyed (id int NOT NULL PRIMARY KEY)');
    const rows = Array.from({ length: 3000 }, (_, i) => [i]);
    rows.push([5]);
    const r = await bulkLoad(s.conn, 'keyed', {}, [['id', TYPES.Int, { nullable: false }]], rows);
    assert.equal(r.error?.number, 2627);
    assert.match(r.error?.message ?? '', /The duplicate key value is \(5\)\./);
    assert.equal(scalar(await batch(s, 'SELECT COUNT(*) FROM dbo.keyed')), 0);
    // a duplicate inside one multi-row group (rows are written 64 at a time): the key is still named
    const grouped = Array.from({ length: 200 }, (_, i) => [i === 100 ? 70 : i]);
    const g = await bulkLoad(s.conn, 'keyed', {}, [['id', TYPES.Int, { nullable: false }]], grouped);
    assert.equal(g.error?.number, 2627);
    assert.match(g.error?.message ?? '', /The duplicate key value is \(70\)\./);
    assert.equal(scalar(await batch(s, 'SELECT COUNT(*) FROM dbo.keyed')), 0);
    assert.equal(scalar(await batch(s, 'SELECT 42')), 42);
  });

  test('a value longer than its column is 4815 for that column', async () => {
    await ok('CREATE TABLE dbo.short (a int NULL, s varchar(3) NULL)');
    const r = await bulkLoad(s.conn, 'short', {}, [['a', TYPES.Int], ['s', TYPES.VarChar, { length: 10 }]], [[1, 'abcdef']]);
    assert.equal(r.error?.number, 4815);
    assert.match(r.error?.message ?? '', /Received an invalid column length from the bcp client for colid 2\./);
  });

  test('cancelled while streaming (tedious ends the message with IGNORE): nothing loaded, the connection goes on', async () => {
    await ok('CREATE TABLE dbo.cancelled (n int NOT NULL)');
    const outcome = await new Promise<Error | undefined>((resolve) => {
      const load = s.conn.newBulkLoad('dbo.cancelled', {}, (error) => resolve(error ?? undefined));
      load.addColumn('n', TYPES.Int, { nullable: false });
      let sent = 0;
      function* rows(): Generator<number[]> {
        for (let i = 0; i < 1_000_000; i++) {
          if (++sent === 20_000) s.conn.cancel();
          yield [i];
        }
      }
      s.conn.execBulkLoad(load, rows() as never);
    });
    assert.equal((outcome as { code?: string } | undefined)?.code, 'ECANCEL');
    assert.equal(scalar(await batch(s, 'SELECT COUNT(*) FROM dbo.cancelled')), 0);
    assert.equal(scalar(await batch(s, 'SELECT 42')), 42);
  });

  test('into a #temp table of the connection', async () => {
    await ok('CREATE TABLE #staging (id int NOT NULL, v nvarchar(10) NULL)');
    const r = await bulkLoad(s.conn, '#staging', {}, [['id', TYPES.Int, { nullable: false }], ['v', TYPES.NVarChar, { length: 10 }]],
      [[1, 'a'], [2, null], [3, 'c']]);
    assert.equal(r.rowCount, 3);
    const o = await batch(s, 'SELECT id, v FROM #staging ORDER BY id');
    assert.deepEqual(o.sets[0]!.rows, [[1, 'a'], [2, null], [3, 'c']]);
  });

  test('inside a user transaction the load is rolled back with it', async () => {
    await ok('CREATE TABLE dbo.tx (n int NULL)');
    await ok('BEGIN TRANSACTION');
    assert.equal((await bulkLoad(s.conn, 'tx', {}, [['n', TYPES.Int]], [[1], [2]])).rowCount, 2);
    assert.equal(scalar(await batch(s, 'SELECT COUNT(*) FROM dbo.tx')), 2);
    await ok('ROLLBACK');
    assert.equal(scalar(await batch(s, 'SELECT COUNT(*) FROM dbo.tx')), 0);
  });

  test('INSERT BULK typed in a batch, then another request: 4022, the request is not run', async () => {
    await ok('CREATE TABLE dbo.typed (n int NULL)');
    await ok('INSERT BULK dbo.typed ([n] int)');
    const o = await batch(s, 'INSERT dbo.typed VALUES (1)');
    assert.equal(o.errors[0]?.number, 4022);
    assert.equal(o.errors[0]?.message, 'Bulk load data was expected but not sent. The batch will be terminated.');
    assert.equal(scalar(await batch(s, 'SELECT COUNT(*) FROM dbo.typed')), 0);
    const multi = await batch(s, 'SELECT 1; INSERT BULK dbo.typed ([n] int)');
    assert.equal(multi.errors[0]?.number, 428);
  });

  test('no INSERT permission: 229', async () => {
    await ok(`CREATE LOGIN bulkuser WITH PASSWORD = 'Bulk-Pa55word!'; CREATE USER bulkuser FOR LOGIN bulkuser;
      CREATE TABLE dbo.guarded (n int NULL); GRANT SELECT ON dbo.guarded TO bulkuser`);
    const u = await connect(node(), { user: 'bulkuser', password: 'Bulk-Pa55word!' });
    try {
      const r = await bulkLoad(u.conn, 'dbo.guarded', {}, [['n', TYPES.Int]], [[1]]);
      assert.equal(r.error?.number, 229);
      await ok('GRANT INSERT ON dbo.guarded TO bulkuser');
      assert.equal((await bulkLoad(u.conn, 'dbo.guarded', {}, [['n', TYPES.Int]], [[1]])).rowCount, 1);
      // skipping constraints needs ALTER on the table (db_owner here): INSERT alone is 4902
      await ok('CREATE TABLE dbo.guardedCk (n int NULL CHECK (n > 0)); GRANT INSERT ON dbo.guardedCk TO bulkuser');
      const skipped = await bulkLoad(u.conn, 'dbo.guardedCk', {}, [['n', TYPES.Int]], [[1]]);
      assert.equal(skipped.error?.number, 4902);
      assert.match(skipped.error?.message ?? '', /Cannot find the object "dbo\.guardedCk" because it does not exist or you do not have permissions\./);
      assert.equal((await bulkLoad(u.conn, 'dbo.guardedCk', { checkConstraints: true }, [['n', TYPES.Int]], [[1]])).rowCount, 1);
    } finally {
      await close(u);
    }
  });
});

describe('mssql request.bulk', () => {
  test('a sql.Table of 2,000 rows, then SELECT', async () => {
    await ok('CREATE TABLE dbo.fromMssql (id int NOT NULL, name nvarchar(20) NULL, price decimal(9,2) NULL, seen datetime NULL)');
    const n = node();
    const pool = new sql.ConnectionPool({
      server: n.host, port: n.port, user: 'sa', password: n.saPassword,
      options: { encrypt: false, trustServerCertificate: true }, pool: { max: 1, min: 0 },
    });
    await pool.connect();
    try {
      const table = new sql.Table('dbo.fromMssql');
      table.create = false;
      table.columns.add('id', sql.Int, { nullable: false });
      table.columns.add('name', sql.NVarChar(20), { nullable: true });
      table.columns.add('price', sql.Decimal(9, 2), { nullable: true });
      table.columns.add('seen', sql.DateTime, { nullable: true });
      for (let i = 0; i < 2000; i++) table.rows.add(i, i % 10 === 0 ? null : `n${i}`, i / 100, new Date(Date.UTC(2026, 5, 1, 12, 0, i % 60)));
      const r = await pool.request().bulk(table);
      assert.equal(r.rowsAffected, 2000);
      const q = await pool.request().query('SELECT COUNT(*) AS c, COUNT(name) AS named, SUM(price) AS total, MAX(seen) AS last FROM dbo.fromMssql');
      assert.deepEqual({ ...q.recordset[0] }, { c: 2000, named: 1800, total: 19990, last: new Date(Date.UTC(2026, 5, 1, 12, 0, 59)) });
    } finally {
      await pool.close();
    }
  });
});

describe('FreeTDS freebcp in', { skip: which('freebcp') === undefined ? 'freebcp not installed' : false }, () => {
  test('a character-mode file (-c) into a table, TDS 7.4 and 7.1', async () => {
    await ok('CREATE TABLE dbo.fromBcp (id int NOT NULL, name varchar(20) NULL, amount decimal(10,2) NULL, at datetime NULL)');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'msxd-bcp-'));
    const file = path.join(dir, 'rows.txt');
    const lines = Array.from({ length: 500 }, (_, i) => `${i}\tname ${i}\t${(i * 1.25).toFixed(2)}\t2026-03-0${1 + (i % 9)} 10:00:00`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const env = { ...process.env, ...freetdsEnvironment(node(), false) };
    try {
      for (const server of ['h74', 'h71']) {
        const out = await new Promise<string>((resolve, reject) => {
          execFile('freebcp', ['master.dbo.fromBcp', 'in', file, '-c', '-S', server, '-U', 'sa', '-P', node().saPassword],
            { env, timeout: 60_000 }, (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stdout}\n${stderr}`)) : resolve(stdout)));
        });
        assert.match(out, /500 rows copied/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const o = await batch(s, "SELECT COUNT(*), SUM(CAST(id AS bigint)), SUM(amount), MAX(at), MIN(name) FROM dbo.fromBcp");
    assert.deepEqual(o.errors, []);
    const [count, ids, total, last, first] = o.sets[0]!.rows[0]!;
    assert.deepEqual([count, ids, total], [1000, '249500', 311875]);
    assert.deepEqual(last, new Date(Date.UTC(2026, 2, 9, 10, 0, 0)));
    assert.equal(first, 'name 0');
  });
});

/** A hand-built client: the exact bytes of the bulk message, and the tokens of the answer. */
describe('bulk data errors on the wire (raw TDS client)', () => {
  const SQL_BATCH = 0x01;
  const BULK_LOAD = 0x07;
  const INT_COLUMN = (name: string): number[] => [0, 0, 0, 0, 0x01, 0x00, 0x26, 0x04, name.length, ...Buffer.from(name, 'utf16le')];
  const DONE = [0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

  async function rawSession(): Promise<RawClient> {
    const client = await rawConnect(node().host, node().port);
    client.socket.write(packet(0x12, preloginPayload()));
    await client.readMessage(5000);
    client.socket.write(packet(0x10, login7Payload('sa', node().saPassword)));
    await client.readMessage(5000);
    return client;
  }

  /** MS-TDS 2.2.6.7: ALL_HEADERS with the transaction descriptor header, then the text */
  function sqlBatch(text: string): Buffer {
    const headers = Buffer.alloc(22);
    headers.writeUInt32LE(22, 0);
    headers.writeUInt32LE(18, 4);
    headers.writeUInt16LE(2, 8);
    headers.writeUInt32LE(1, 18);
    return packet(SQL_BATCH, Buffer.concat([headers, Buffer.from(text, 'utf16le')]));
  }

  /** ERROR token numbers (0xAA: length, Number) and the last DONE's status */
  function answer(payload: Buffer): { errors: number[]; doneStatus: number; doneCount: bigint } {
    const errors: number[] = [];
    let at = 0;
    let doneStatus = -1;
    let doneCount = 0n;
    while (at < payload.length) {
      const token = payload[at]!;
      if (token === 0xaa || token === 0xab || token === 0xe3) {
        if (token === 0xaa) errors.push(payload.readInt32LE(at + 3));
        at += 3 + payload.readUInt16LE(at + 1);
      } else if (token === 0xfd || token === 0xfe || token === 0xff) {
        doneStatus = payload.readUInt16LE(at + 1);
        doneCount = payload.readBigUInt64LE(at + 5);
        at += 13;
      } else throw new Error(`unexpected token 0x${token.toString(16)} at ${at}`);
    }
    return { errors, doneStatus, doneCount };
  }

  test('COLMETADATA unlike the INSERT BULK columns: 4804; a row cut by EOM: 4804; both load nothing', async () => {
    await ok('CREATE TABLE dbo.wire (a int NULL, b int NULL)');
    const client = await rawSession();
    try {
      client.socket.write(sqlBatch('INSERT BULK dbo.wire ([a] int, [b] int)'));
      assert.deepEqual(answer((await client.readMessage(5000)).payload).errors, []);
      client.socket.write(packet(BULK_LOAD, Buffer.from([0x81, 0x01, 0x00, ...INT_COLUMN('a'), 0xd1, 0x04, 1, 0, 0, 0, ...DONE])));
      const mismatch = answer((await client.readMessage(5000)).payload);
      assert.deepEqual(mismatch.errors, [4804]);
      assert.equal(mismatch.doneStatus & 0x02, 0x02);

      client.socket.write(sqlBatch('INSERT BULK dbo.wire ([a] int, [b] int)'));
      await client.readMessage(5000);
      const cut = [0x81, 0x02, 0x00, ...INT_COLUMN('a'), ...INT_COLUMN('b'), 0xd1, 0x04, 1, 0, 0, 0, 0x04, 2, 0];
      client.socket.write(packet(BULK_LOAD, Buffer.from(cut)));
      assert.deepEqual(answer((await client.readMessage(5000)).payload).errors, [4804]);

      client.socket.write(sqlBatch('INSERT BULK dbo.wire ([a] int, [b] int)'));
      await client.readMessage(5000);
      const good = [0x81, 0x02, 0x00, ...INT_COLUMN('a'), ...INT_COLUMN('b'), 0xd1, 0x04, 1, 0, 0, 0, 0x04, 2, 0, 0, 0, ...DONE];
      client.socket.write(packet(BULK_LOAD, Buffer.from(good)));
      const loaded = answer((await client.readMessage(5000)).payload);
      assert.deepEqual(loaded.errors, []);
      assert.equal(loaded.doneStatus & 0x10, 0x10);
      assert.equal(loaded.doneCount, 1n);

      // a bulk message no INSERT BULK announced: read, answered with a bare failed DONE
      client.socket.write(packet(BULK_LOAD, Buffer.from(good)));
      const unannounced = answer((await client.readMessage(5000)).payload);
      assert.deepEqual(unannounced.errors, []);
      assert.equal(unannounced.doneStatus & 0x02, 0x02);
    } finally {
      client.socket.destroy();
    }
    const o = await batch(s, 'SELECT a, b FROM dbo.wire');
    assert.deepEqual(o.sets[0]!.rows, [[1, 2]]);
  });
});

describe('a malformed bulk message', () => {
  test('closes its connection only; the node serves the others', async () => {
    await ok('CREATE TABLE dbo.raw (n int NULL)');
    const victim = await connect(node());
    await batch(victim, 'INSERT BULK dbo.raw ([n] int)');
    const socket = (victim.conn as unknown as { socket: net.Socket }).socket;
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    // COLMETADATA with a type id no TDS version has (0x01), then EOM
    const payload = Buffer.from([0x81, 0x01, 0x00, 0, 0, 0, 0, 0x09, 0x00, 0x01, 0x01, 0x6e, 0x00]);
    const header = Buffer.from([0x07, 0x01, 0x00, 8 + payload.length, 0x00, 0x00, 0x01, 0x00]);
    socket.write(Buffer.concat([header, payload]));
    await closed;
    assert.equal(scalar(await batch(s, 'SELECT COUNT(*) FROM dbo.raw')), 0);
  });

  test('a client gone in the middle of its bulk message: nothing loaded, the table writable again', async () => {
    const victim = await connect(node());
    await batch(victim, 'INSERT BULK dbo.raw ([n] int)');
    const socket = (victim.conn as unknown as { socket: net.Socket }).socket;
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    // COLMETADATA n INTN(4), two rows, no EOM: the message is unfinished when the socket closes
    const payload = Buffer.from([0x81, 0x01, 0x00, 0, 0, 0, 0, 0x01, 0x00, 0x26, 0x04, 0x01, 0x6e, 0x00,
      0xd1, 0x04, 0x01, 0, 0, 0, 0xd1, 0x04, 0x02, 0, 0, 0]);
    const header = Buffer.from([0x07, 0x00, 0x00, 8 + payload.length, 0x00, 0x00, 0x01, 0x00]);
    socket.end(Buffer.concat([header, payload]));
    await closed;
    await ok('INSERT dbo.raw VALUES (42)');
    assert.equal(scalar(await batch(s, 'SELECT COUNT(*) FROM dbo.raw')), 1);
  });
});
