// sp_rename, and the file views and size procedures against the real data folder. sp_rename's
// success caution (15477, severity 10) carries SQL Server's own body line, which the conformance
// suite cannot match, so renames are checked here by number, text and effect.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { nodeForFile } from '../helpers/node-fixture';
import type { NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Outcome, type Session } from '../helpers/tedious-session';

const fixture = nodeForFile({ name: 'MSXDMETA' });
const CAUTION = 'Caution: Changing any part of an object name could break scripts and stored procedures.';

const rows = (o: Outcome, set = 0): unknown[][] => ok(o).sets[set]?.rows ?? [];
const errorOf = (o: Outcome): [number, number, string] | undefined => {
  const e = o.errors[0];
  return e ? [e.number, e.class, e.message] : undefined;
};

describe('database metadata', () => {
  let node: NodeHandle;
  let s: Session;
  before(async () => {
    node = await fixture.ready();
    s = await connect(node);
    ok(await batch(s, 'CREATE DATABASE meta_db'));
    await close(s);
    s = await connect(node, { database: 'meta_db' });
    ok(await batch(s, `CREATE TABLE dbo.orders (id int NOT NULL CONSTRAINT pk_orders PRIMARY KEY, qty int NOT NULL, note nvarchar(20) NULL);
      CREATE INDEX ix_orders_qty ON dbo.orders (qty DESC);
      CREATE TABLE dbo.lines (order_id int NOT NULL CONSTRAINT fk_lines_orders REFERENCES dbo.orders (id), n int NOT NULL);
      INSERT INTO dbo.orders VALUES (1, 5, N'a'), (2, 7, NULL);
      INSERT INTO dbo.lines VALUES (1, 1), (2, 1);`));
  });
  after(async () => {
    await close(s);
  });

  test('sys.database_files and sys.master_files name the real files, sized in 8-KB pages', async () => {
    const files = rows(await batch(s, 'SELECT file_id, type_desc, physical_name, size FROM sys.database_files ORDER BY file_id'));
    assert.equal(files.length, 2);
    const [data, log] = files as [unknown[], unknown[]];
    const dataPath = String(data[2]);
    assert.equal(path.dirname(path.dirname(dataPath)), path.resolve(node.dataDir));
    assert.equal(String(log[2]), `${dataPath}-wal`);
    const bytes = statSync(dataPath).size;
    assert.ok(Number(data[3]) >= Math.ceil(bytes / 8192) - 1 && Number(data[3]) > 0, `size ${String(data[3])} for ${bytes} bytes`);
    const master = rows(await batch(s, `SELECT physical_name FROM sys.master_files WHERE database_id = 1 AND file_id = 1`));
    assert.equal(String(master[0]?.[0]), path.join(path.resolve(node.dataDir), 'master.sqlite'));
  });

  test('sp_spaceused counts the rows of a table', async () => {
    const o = await batch(s, "EXEC sp_spaceused 'dbo.orders'");
    assert.deepEqual(rows(o)[0]?.slice(0, 2), ['orders', '2                   ']);
  });

  test('sp_helpdb @dbname sends the database row, then its files', async () => {
    const o = ok(await batch(s, "EXEC sp_helpdb N'meta_db'"));
    assert.equal(o.sets.length, 2);
    assert.match(String(o.sets[0]?.rows[0]?.[1]), /^ +\d+\.\d\d MB$/);
    assert.deepEqual(o.sets[1]?.rows.map((r) => [r[0], r[1], r[3], r[7]]),
      [['meta_db', 1, 'PRIMARY', 'data only'], ['meta_db_log', 2, null, 'log only']]);
  });

  test('sp_databases sizes each database in KB from its files', async () => {
    const o = ok(await batch(s, 'EXEC sp_databases'));
    const sizes = new Map(o.sets[0]?.rows.map((r) => [String(r[0]), r[1]]));
    const kb = rows(await batch(s, 'SELECT SUM(size) * 8 FROM sys.database_files'))[0]?.[0];
    assert.equal(sizes.get('meta_db'), kb);
    assert.ok(Number(sizes.get('master')) > 0);
  });

  test('sp_rename renames a column and keeps indexes and foreign keys working', async () => {
    const o = await batch(s, "EXEC sp_rename 'dbo.orders.qty', 'quantity', 'COLUMN'");
    assert.equal(errorOf(o), undefined);
    assert.deepEqual(o.infos.map((m) => [m.number, m.class, m.message]), [[15477, 10, CAUTION]]);
    assert.deepEqual(rows(await batch(s, 'SELECT id, quantity FROM dbo.orders ORDER BY quantity DESC')), [[2, 7], [1, 5]]);
    const keys = rows(await batch(s, "EXEC sp_helpindex 'dbo.orders'"));
    assert.deepEqual(keys.map((r) => [r[0], r[2]]), [['ix_orders_qty', 'quantity(-)'], ['pk_orders', 'id']]);
  });

  test('sp_rename without @objtype finds a column by table.column', async () => {
    const o = await batch(s, "EXEC sp_rename 'orders.note', 'remark'");
    assert.equal(errorOf(o), undefined);
    assert.deepEqual(rows(await batch(s, "SELECT COL_NAME(OBJECT_ID('dbo.orders'), 3)")), [['remark']]);
  });

  test('sp_rename renames an index; its SQLite index follows', async () => {
    ok(await batch(s, "EXEC sp_rename N'dbo.orders.ix_orders_qty', N'ix_orders_quantity', N'INDEX'"));
    assert.deepEqual(rows(await batch(s, "SELECT name FROM sys.indexes WHERE object_id = OBJECT_ID('dbo.orders') ORDER BY index_id")),
      [['pk_orders'], ['ix_orders_quantity']]);
    ok(await batch(s, 'DROP INDEX ix_orders_quantity ON dbo.orders'));
  });

  test('sp_rename renames a table; rows, primary key and referencing foreign keys stay', async () => {
    ok(await batch(s, "EXEC sp_rename 'dbo.orders', 'purchase_orders'"));
    assert.deepEqual(rows(await batch(s, 'SELECT COUNT(*) FROM dbo.purchase_orders')), [[2]]);
    assert.equal(errorOf(await batch(s, 'SELECT * FROM dbo.orders'))?.[0], 208);
    assert.equal(errorOf(await batch(s, 'INSERT INTO dbo.purchase_orders VALUES (1, 9, NULL)'))?.[0], 2627);
    assert.equal(errorOf(await batch(s, 'INSERT INTO dbo.lines VALUES (3, 1)'))?.[0], 547);
    ok(await batch(s, 'INSERT INTO dbo.purchase_orders VALUES (3, 9, NULL); INSERT INTO dbo.lines VALUES (3, 1)'));
    ok(await batch(s, 'CREATE TABLE dbo.orders (x int NOT NULL CONSTRAINT pk_orders_again PRIMARY KEY)'));
  });

  test('sp_rename renames a constraint', async () => {
    ok(await batch(s, "EXEC sp_rename 'dbo.fk_lines_orders', 'fk_lines_purchase_orders'"));
    assert.deepEqual(rows(await batch(s, "SELECT name FROM sys.foreign_keys WHERE parent_object_id = OBJECT_ID('dbo.lines')")),
      [['fk_lines_purchase_orders']]);
  });

  test('sp_rename of a column rewrites the CHECK constraints and computed columns that use it', async () => {
    ok(await batch(s, `CREATE TABLE dbo.priced (qty int NOT NULL, price int NOT NULL, total AS qty * price,
      CONSTRAINT ck_priced_qty CHECK (qty > 0))`));
    ok(await batch(s, "EXEC sp_rename 'dbo.priced.qty', 'n', 'COLUMN'"));
    assert.deepEqual(rows(await batch(s, "SELECT definition FROM sys.check_constraints WHERE name = 'ck_priced_qty'")), [['([n]>(0))']]);
    ok(await batch(s, 'INSERT INTO dbo.priced (n, price) VALUES (3, 4)'));
    assert.deepEqual(rows(await batch(s, 'SELECT n, total FROM dbo.priced')), [[3, 12]]);
    assert.equal(errorOf(await batch(s, 'INSERT INTO dbo.priced (n, price) VALUES (0, 4)'))?.[0], 547);
  });

  test('sp_rename of a view and a procedure: the new names work, the old ones are gone', async () => {
    ok(await batch(s, 'CREATE VIEW dbo.v_lines AS SELECT order_id, n FROM dbo.lines'));
    ok(await batch(s, 'CREATE PROCEDURE dbo.p_count AS SELECT COUNT(*) AS c FROM dbo.lines'));
    ok(await batch(s, "EXEC sp_rename 'dbo.v_lines', 'v_order_lines'; EXEC sp_rename 'p_count', 'p_line_count'"));
    assert.deepEqual(rows(await batch(s, 'SELECT COUNT(*) FROM dbo.v_order_lines')), [[3]]);
    assert.deepEqual(rows(await batch(s, 'EXEC dbo.p_line_count')), [[3]]);
    assert.equal(errorOf(await batch(s, 'EXEC dbo.p_count'))?.[0], 2812);
    assert.equal(errorOf(await batch(s, 'SELECT * FROM dbo.v_lines'))?.[0], 208);
  });

  test('sp_rename inside a rolled-back transaction leaves the old name', async () => {
    ok(await batch(s, "BEGIN TRAN; EXEC sp_rename 'dbo.lines', 'order_lines'; ROLLBACK"));
    assert.deepEqual(rows(await batch(s, 'SELECT COUNT(*) FROM dbo.lines')), [[3]]);
    assert.deepEqual(rows(await batch(s, "SELECT OBJECT_ID('dbo.order_lines')")), [[null]]);
  });

  test('sp_rename errors', async () => {
    const cases: [string, [number, number, string]][] = [
      ["EXEC sp_rename 'dbo.nothing_here', 'x'",
        [15225, 11, "No item by the name of 'dbo.nothing_here' could be found in the current database 'meta_db', given that @itemtype was input as '(null)'."]],
      ["EXEC sp_rename 'dbo.purchase_orders.nope', 'x', 'COLUMN'",
        [15248, 11, 'Either the parameter @objname is ambiguous or the claimed @objtype (COLUMN) is wrong.']],
      ["EXEC sp_rename 'dbo.purchase_orders.nope', 'x', 'INDEX'",
        [15248, 11, 'Either the parameter @objname is ambiguous or the claimed @objtype (INDEX) is wrong.']],
      ["EXEC sp_rename 'dbo.purchase_orders', 'x', 'TABLE'", [15249, 11, "Error: Explicit @objtype 'TABLE' is unrecognized."]],
      ["EXEC sp_rename 'dbo.purchase_orders.id', 'quantity', 'COLUMN'",
        [15335, 11, "Error: The new name 'quantity' is already in use as a COLUMN name and would cause a duplicate that is not permitted."]],
      ["EXEC sp_rename 'dbo.purchase_orders', 'lines'",
        [15335, 11, "Error: The new name 'lines' is already in use as a object name and would cause a duplicate that is not permitted."]],
      ["EXEC sp_rename 'master.dbo.purchase_orders', 'x', 'OBJECT'",
        [15333, 11, 'Error: The qualified @oldname references a database (master) other than the current database.']],
    ];
    for (const [sql, expected] of cases) assert.deepEqual(errorOf(await batch(s, sql)), expected, sql);
  });
});
