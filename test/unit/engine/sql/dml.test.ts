// INSERT / UPDATE / DELETE over tables: identity, defaults, constraint errors with SQL Server's
// messages, OUTPUT, @@ROWCOUNT, INSERT ... EXEC.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EngineSession } from '../../../../src/engine/api';
import { exec, ok, rows, sqlNode, type SqlNode } from './sql-helpers';

let node: SqlNode;
let s: EngineSession;

before(async () => {
  node = await sqlNode();
  s = await node.session();
  await ok(s, `CREATE TABLE parent (id int PRIMARY KEY, code varchar(5) NOT NULL UNIQUE);
    CREATE TABLE item (id int IDENTITY(10, 5) PRIMARY KEY, parent_id int NULL REFERENCES parent(id),
      qty int NOT NULL CONSTRAINT ck_qty CHECK (qty > 0), note nvarchar(8) NULL DEFAULT N'none', total AS qty * 2)`);
  await ok(s, "INSERT parent VALUES (1, 'one'), (2, 'two')");
});
after(async () => node.dispose());

test('INSERT VALUES: identity from the seed/increment, defaults, computed columns, @@ROWCOUNT, SCOPE_IDENTITY', async () => {
  const sink = await ok(s, `INSERT item (parent_id, qty) VALUES (1, 3), (2, 4);
    SELECT @@ROWCOUNT, SCOPE_IDENTITY(), @@IDENTITY;
    SELECT id, parent_id, qty, note, CAST(total AS int) FROM item ORDER BY id`);
  assert.deepEqual(rows(sink, 0), [[2, '15', '15']]);
  assert.deepEqual(rows(sink, 1), [[10, 1, 3, 'none', 6], [15, 2, 4, 'none', 8]]);
  const done = sink.events.find((e) => e.kind === 'done');
  assert.deepEqual(done?.kind === 'done' ? done.done : undefined, { command: 'insert', rowCount: 2, inProc: false });
});

test('INSERT ... SELECT and DEFAULT VALUES', async () => {
  await ok(s, 'CREATE TABLE log (id int IDENTITY, at_qty int NULL, tag varchar(10) DEFAULT \'d\')');
  const sink = await ok(s, 'INSERT log (at_qty) SELECT qty FROM item WHERE qty > 3; INSERT log DEFAULT VALUES; SELECT id, at_qty, tag FROM log ORDER BY id');
  assert.deepEqual(rows(sink), [[1, 4, 'd'], [2, null, 'd']]);
});

test('constraint errors: 515, 547 CHECK and FOREIGN KEY, 2627 duplicate key, 2628 truncation; the statement is atomic', async () => {
  const before = rows(await ok(s, 'SELECT COUNT(*) FROM item'))[0]![0];
  const e515 = await exec(s, 'INSERT item (parent_id, qty) VALUES (1, NULL)');
  assert.equal(e515.errors[0]?.number, 515);
  assert.match(e515.errors[0]!.message, /^Cannot insert the value NULL into column 'qty', table 'master\.dbo\.item'; column does not allow nulls\. INSERT fails\.$/);
  const ck = await exec(s, 'INSERT item (parent_id, qty) VALUES (1, 5), (1, 0)');
  assert.equal(ck.errors[0]?.number, 547);
  assert.equal(ck.errors[0]!.message, 'The INSERT statement conflicted with the CHECK constraint "ck_qty". The conflict occurred in database "master", table "dbo.item", column \'qty\'.');
  const fk = await exec(s, 'INSERT item (parent_id, qty) VALUES (9, 1)');
  assert.equal(fk.errors[0]?.number, 547);
  assert.match(fk.errors[0]!.message, /^The INSERT statement conflicted with the FOREIGN KEY constraint "FK__item__\w+"\. The conflict occurred in database "master", table "dbo\.parent", column 'id'\.$/);
  const dup = await exec(s, "INSERT parent VALUES (3, 'ONE')");
  assert.equal(dup.errors[0]?.number, 2627);
  assert.match(dup.errors[0]!.message, /^Violation of UNIQUE KEY constraint 'UQ__parent__\w+'\. Cannot insert duplicate key in object 'dbo\.parent'\. The duplicate key value is \(ONE\)\.$/);
  const pk = await exec(s, "INSERT parent VALUES (1, 'uno')");
  assert.match(pk.errors[0]!.message, /^Violation of PRIMARY KEY constraint 'PK__parent__\w+'\. Cannot insert duplicate key in object 'dbo\.parent'\. The duplicate key value is \(1\)\.$/);
  const trunc = await exec(s, "INSERT item (qty, note) VALUES (1, N'123456789')");
  assert.equal(trunc.errors[0]!.message, "String or binary data would be truncated in table 'master.dbo.item', column 'note'. Truncated value: '12345678'.");
  assert.deepEqual(rows(await ok(s, 'SELECT COUNT(*) FROM item')), [[before]]);
  const del = await exec(s, 'DELETE FROM parent WHERE id = 1');
  assert.equal(del.errors[0]!.message.startsWith('The DELETE statement conflicted with the REFERENCE constraint "FK__item__'), true);
});

test('UPDATE: SET sees old values, @v = col = expr, FROM join, TOP; OUTPUT inserted/deleted', async () => {
  await ok(s, 'CREATE TABLE acc (id int PRIMARY KEY, a int, b int); INSERT acc VALUES (1, 1, 2), (2, 10, 20), (3, 5, 5)');
  const swap = await ok(s, 'UPDATE acc SET a = b, b = a OUTPUT deleted.a AS old_a, inserted.a AS new_a WHERE id = 1; SELECT a, b FROM acc WHERE id = 1');
  assert.deepEqual(rows(swap, 0), [[1, 2]]);
  assert.deepEqual(rows(swap, 1), [[2, 1]]);
  const v = await ok(s, 'DECLARE @x int; UPDATE acc SET @x = a = a + 100 WHERE id = 2; SELECT @x, @@ROWCOUNT');
  assert.deepEqual(rows(v), [[110, 1]]);
  await ok(s, "UPDATE a SET b = p.id FROM acc a JOIN parent p ON p.code = 'TWO' WHERE a.id = 3");
  assert.deepEqual(rows(await ok(s, 'SELECT b FROM acc WHERE id = 3')), [[2]]);
  const top = await ok(s, 'UPDATE TOP (2) acc SET b = 0; SELECT @@ROWCOUNT');
  assert.deepEqual(rows(top), [[2]]);
});

test('DELETE with OUTPUT and a join; OUTPUT INTO a table variable', async () => {
  await ok(s, 'CREATE TABLE gone (id int, v int); INSERT gone VALUES (1, 1), (2, 2), (3, 3)');
  const sink = await ok(s, `DECLARE @t TABLE (id int);
    DELETE g OUTPUT deleted.id INTO @t FROM gone g JOIN parent p ON p.id = g.id;
    SELECT id FROM @t ORDER BY id; SELECT COUNT(*) FROM gone`);
  assert.deepEqual(rows(sink, 0), [[1], [2]]);
  assert.deepEqual(rows(sink, 1), [[1]]);
});

test('INSERT ... EXEC captures a procedure\'s result set', async () => {
  await ok(s, 'CREATE PROCEDURE two_rows AS SELECT 7, \'x\' UNION ALL SELECT 8, \'y\'');
  const sink = await ok(s, 'CREATE TABLE #cap (n int, s varchar(5)); INSERT #cap EXEC two_rows; SELECT n, s FROM #cap ORDER BY n; SELECT @@ROWCOUNT');
  assert.deepEqual(rows(sink, 0), [[7, 'x'], [8, 'y']]);
  const dyn = await ok(s, "INSERT #cap EXEC ('SELECT 9, ''z'''); SELECT COUNT(*) FROM #cap");
  assert.deepEqual(rows(dyn), [[3]]);
});

test('explicit identity values need IDENTITY_INSERT (544)', async () => {
  const e = await exec(s, 'INSERT item (id, qty) VALUES (1, 1)');
  assert.equal(e.errors[0]?.number, 544);
  await ok(s, 'SET IDENTITY_INSERT item ON; INSERT item (id, qty) VALUES (100, 1); SET IDENTITY_INSERT item OFF');
  const next = await ok(s, 'INSERT item (qty) VALUES (1); SELECT SCOPE_IDENTITY()');
  assert.deepEqual(rows(next), [['105']]);
});

test('UPDATE/INSERT/DELETE through a single-table view; user functions per row (bodies may read tables)', async () => {
  await ok(s, `CREATE TABLE vt (id int PRIMARY KEY, grp char(1) NOT NULL, amount int NOT NULL);
    INSERT vt VALUES (1, 'a', 10), (2, 'a', 20), (3, 'b', 5)`);
  await ok(s, "CREATE VIEW va AS SELECT id, amount FROM vt WHERE grp = 'a'");
  const upd = await ok(s, 'UPDATE va SET amount = amount + 1; SELECT @@ROWCOUNT; SELECT SUM(amount) FROM vt');
  assert.deepEqual(rows(upd, 0), [[2]]);
  assert.deepEqual(rows(upd, 1), [[37]]);
  await ok(s, 'CREATE FUNCTION dbo.grp_total (@g char(1)) RETURNS int AS BEGIN RETURN (SELECT SUM(amount) FROM vt WHERE grp = @g) END');
  assert.deepEqual(rows(await ok(s, 'SELECT id FROM vt WHERE amount * 2 > dbo.grp_total(grp) ORDER BY id')), [[2], [3]]);
  assert.deepEqual(rows(await ok(s, 'SELECT id, dbo.grp_total(grp) FROM vt ORDER BY id')), [[1, 32], [2, 32], [3, 5]]);
});

test('OUTPUT may name the FROM tables of UPDATE and DELETE', async () => {
  await ok(s, 'CREATE TABLE o1 (id int, v int); INSERT o1 VALUES (1, 0), (2, 0); CREATE TABLE o2 (id int, tag varchar(5)); INSERT o2 VALUES (1, \'x\'), (2, \'y\')');
  const u = await ok(s, 'UPDATE a SET v = 5 OUTPUT b.tag, inserted.v FROM o1 a JOIN o2 b ON b.id = a.id WHERE a.id = 2');
  assert.deepEqual(rows(u), [['y', 5]]);
  const d = await ok(s, 'DELETE a OUTPUT deleted.id, b.tag FROM o1 a JOIN o2 b ON b.id = a.id WHERE b.tag = \'x\'');
  assert.deepEqual(rows(d), [[1, 'x']]);
});

test('UPDATE SET col = DEFAULT', async () => {
  await ok(s, "CREATE TABLE dflt (id int, tag varchar(5) DEFAULT 'd', other int NULL); INSERT dflt VALUES (1, 'x', 5)");
  assert.deepEqual(rows(await ok(s, 'UPDATE dflt SET tag = DEFAULT, other = DEFAULT; SELECT tag, other FROM dflt')), [['d', null]]);
});

test('SELECT INTO copies the IDENTITY property of a column selected from one table', async () => {
  await ok(s, "CREATE TABLE src_id (id int IDENTITY(100, 10) PRIMARY KEY, v varchar(5)); INSERT src_id (v) VALUES ('a'), ('b')");
  const cat = await ok(s, "SELECT * INTO copy_id FROM src_id; INSERT copy_id (v) VALUES ('c'); SELECT id, v FROM copy_id ORDER BY id");
  assert.deepEqual(rows(cat), [[100, 'a'], [110, 'b'], [120, 'c']]);
  const tmp = await ok(s, "SELECT id, v INTO #copy_id FROM src_id; INSERT #copy_id (v) VALUES ('t'); SELECT id, v FROM #copy_id ORDER BY id");
  assert.deepEqual(rows(tmp), [[100, 'a'], [110, 'b'], [120, 't']]);
  const none = await ok(s, "SELECT id + 0 AS id, v INTO #plain FROM src_id; INSERT #plain VALUES (1, 'x'); SELECT COUNT(*) FROM #plain");
  assert.deepEqual(rows(none), [[3]]);
});
