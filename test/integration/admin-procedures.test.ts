// Login administration procedures against a real node over TDS (tedious): sp_password resets and
// changes a password so that the next login needs the new one, sp_change_users_login finds the
// user a DROP LOGIN + CREATE LOGIN orphaned and maps it back so the login reaches the database
// again, sp_recompile answers 15070; the file DMVs (sys.dm_io_virtual_file_stats,
// sys.dm_db_file_space_usage, sys.dm_db_log_space_usage) report the sizes of the files on disk.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { nodeForFile } from '../helpers/node-fixture';
import type { NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Outcome } from '../helpers/tedious-session';

const fixture = nodeForFile({ name: 'MSXDADMPROCS', args: ['--no-agent'] });
let node: NodeHandle;

async function asLogin(user: string | undefined, password: string | undefined, sql: string, database = 'master'): Promise<Outcome> {
  const s = await connect(node, { ...(user ? { user, password: password ?? '' } : {}), database });
  try {
    return await batch(s, sql);
  } finally {
    await close(s);
  }
}

async function canLogIn(user: string, password: string, database = 'master'): Promise<boolean> {
  try {
    const o = await asLogin(user, password, 'SELECT SUSER_SNAME()', database);
    return ok(o).sets[0]?.rows[0]?.[0] === user;
  } catch {
    return false;
  }
}

before(async () => {
  node = await fixture.ready();
  ok(await asLogin(undefined, undefined, "CREATE DATABASE ap_db; CREATE LOGIN ap_bob WITH PASSWORD = 'First#Pass1';"));
});

describe('sp_password', () => {
  test('sa resets another login; the login then changes its own with the old password', async () => {
    const reset = ok(await asLogin(undefined, undefined, "EXEC sp_password @new = 'Second#Pass2', @loginame = 'ap_bob'"));
    assert.equal(reset.returnStatus, 0);
    assert.equal(await canLogIn('ap_bob', 'First#Pass1'), false);
    assert.equal(await canLogIn('ap_bob', 'Second#Pass2'), true);
    const own = ok(await asLogin('ap_bob', 'Second#Pass2', "EXEC sp_password 'Second#Pass2', 'Third#Pass3'"));
    assert.equal(own.returnStatus, 0);
    assert.equal(await canLogIn('ap_bob', 'Second#Pass2'), false);
    assert.equal(await canLogIn('ap_bob', 'Third#Pass3'), true);
  });

  test('a wrong old password leaves the password as it was and returns 1', async () => {
    const o = await asLogin('ap_bob', 'Third#Pass3', "DECLARE @rc int; EXEC @rc = sp_password 'nope', 'Fourth#Pass4'; SELECT @rc");
    assert.deepEqual(o.errors.map((e) => e.number), [15151]);
    assert.equal(o.sets.at(-1)?.rows[0]?.[0], 1);
    assert.equal(await canLogIn('ap_bob', 'Third#Pass3'), true);
  });

  test('the password policy of ALTER LOGIN applies (CHECK_POLICY is on)', async () => {
    const o = await asLogin(undefined, undefined, "EXEC sp_password NULL, 'short', 'ap_bob'");
    const direct = await asLogin(undefined, undefined, "ALTER LOGIN ap_bob WITH PASSWORD = 'short'");
    assert.equal(o.errors.length, 1);
    assert.equal(o.errors[0]!.number, 15118);
    assert.equal(o.errors[0]!.message, direct.errors[0]!.message);
    assert.equal(await canLogIn('ap_bob', 'Third#Pass3'), true);
  });
});

describe('sp_change_users_login', () => {
  test('Report lists the user a re-created login orphaned; Update_One maps it back', async () => {
    ok(await asLogin(undefined, undefined, "CREATE LOGIN ap_carol WITH PASSWORD = 'Carol#Pass1'"));
    ok(await asLogin(undefined, undefined, 'CREATE USER ap_carol FOR LOGIN ap_carol; CREATE TABLE dbo.ap_t (a int); INSERT dbo.ap_t VALUES (7); GRANT SELECT ON dbo.ap_t TO ap_carol;', 'ap_db'));
    assert.equal(await canLogIn('ap_carol', 'Carol#Pass1', 'ap_db'), true);
    ok(await asLogin(undefined, undefined, "DROP LOGIN ap_carol; CREATE LOGIN ap_carol WITH PASSWORD = 'Carol#Pass1';"));
    assert.equal(await canLogIn('ap_carol', 'Carol#Pass1', 'ap_db'), false);

    const report = ok(await asLogin(undefined, undefined, "EXEC sp_change_users_login 'Report'; SELECT sid FROM sys.database_principals WHERE name = 'ap_carol'", 'ap_db'));
    assert.deepEqual(report.sets[0]!.columns.map((c) => [c.name, c.sqlType]), [['UserName', 'nvarchar(128)'], ['UserSID', 'varbinary(85)']]);
    assert.deepEqual(report.sets[0]!.rows, [['ap_carol', report.sets[1]!.rows[0]![0]]]);

    const fix = ok(await asLogin(undefined, undefined, "EXEC sp_change_users_login 'Update_One', 'ap_carol', 'ap_carol'", 'ap_db'));
    assert.equal(fix.returnStatus, 0);
    const after = ok(await asLogin(undefined, undefined, "EXEC sp_change_users_login 'Report'", 'ap_db'));
    assert.deepEqual(after.sets[0]!.rows, []);
    const read = ok(await asLogin('ap_carol', 'Carol#Pass1', 'SELECT a FROM dbo.ap_t', 'ap_db'));
    assert.deepEqual(read.sets[0]!.rows, [[7]]);
  });
});

describe('sp_recompile', () => {
  test('an existing table: 15070, return status 0, and the module still runs', async () => {
    ok(await asLogin(undefined, undefined, 'CREATE TABLE dbo.rc_t (a int); INSERT dbo.rc_t VALUES (1);', 'ap_db'));
    ok(await asLogin(undefined, undefined, 'CREATE PROCEDURE dbo.rc_p AS SELECT a FROM dbo.rc_t;', 'ap_db'));
    const o = ok(await asLogin(undefined, undefined, "EXEC dbo.rc_p; EXEC sp_recompile N'dbo.rc_t'; EXEC dbo.rc_p;", 'ap_db'));
    const info = o.infos.find((m) => m.number === 15070);
    assert.equal(info?.message, "Object 'dbo.rc_t' was successfully marked for recompilation.");
    assert.equal(info?.class, 10);
    assert.deepEqual(o.sets.map((s) => s.rows), [[[1]], [[1]]]);
  });
});

const sizeOrZero = (path: string): number => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

describe('sp_refreshview', () => {
  test('a view whose table was dropped: 208 from its definition, and the view is kept', async () => {
    ok(await asLogin(undefined, undefined, 'CREATE TABLE dbo.rv_gone (a int);', 'ap_db'));
    ok(await asLogin(undefined, undefined, 'CREATE VIEW dbo.rv_view AS SELECT a FROM dbo.rv_gone;', 'ap_db'));
    assert.equal(ok(await asLogin(undefined, undefined, "EXEC sp_refreshview 'dbo.rv_view'", 'ap_db')).returnStatus, 0);
    ok(await asLogin(undefined, undefined, 'DROP TABLE dbo.rv_gone;', 'ap_db'));
    const o = await asLogin(undefined, undefined, "EXEC sp_refreshview 'dbo.rv_view'; SELECT OBJECT_ID('dbo.rv_view', 'V')", 'ap_db');
    assert.deepEqual(o.errors.map((e) => [e.number, e.message]), [[208, "Invalid object name 'dbo.rv_gone'."]]);
    assert.notEqual(o.sets.at(-1)?.rows[0]?.[0], null);
  });
});

describe('file DMVs against the files on disk', () => {
  test('dm_io_virtual_file_stats: one row per data file and WAL, sized as on disk', async () => {
    ok(await asLogin(undefined, undefined, 'CREATE TABLE dbo.fs_t (a int, b nvarchar(400)); INSERT dbo.fs_t SELECT TOP 500 1, REPLICATE(N\'x\', 400) FROM sys.all_columns;', 'ap_db'));
    const o = ok(await asLogin(undefined, undefined, `SELECT f.file_id, f.size_on_disk_bytes, m.physical_name, f.num_of_reads
      FROM sys.dm_io_virtual_file_stats(DB_ID(N'ap_db'), NULL) f JOIN sys.master_files m ON m.database_id = f.database_id AND m.file_id = f.file_id
      ORDER BY f.file_id`, 'ap_db'));
    const rows = o.sets[0]!.rows;
    assert.deepEqual(rows.map((r) => r[0]), [1, 2]);
    for (const [, size, path] of rows) assert.equal(Number(size), sizeOrZero(String(path)), String(path));
    assert.ok(Number(rows[0]![1]) > 0);
    assert.equal(rows[0]![3], '0');
    const all = ok(await asLogin(undefined, undefined, 'SELECT COUNT(*), COUNT(DISTINCT database_id) FROM sys.dm_io_virtual_file_stats(NULL, NULL)'));
    const dbs = ok(await asLogin(undefined, undefined, 'SELECT COUNT(*) FROM sys.databases'));
    assert.deepEqual(all.sets[0]!.rows[0], [2 * Number(dbs.sets[0]!.rows[0]![0]), dbs.sets[0]!.rows[0]![0]]);
  });

  test('dm_db_file_space_usage counts the data file in 8-KB pages; dm_db_log_space_usage sizes the WAL', async () => {
    const o = ok(await asLogin(undefined, undefined, `CHECKPOINT;
      SELECT u.total_page_count, u.allocated_extent_page_count, u.unallocated_extent_page_count, m.physical_name
      FROM sys.dm_db_file_space_usage u JOIN sys.master_files m ON m.database_id = u.database_id AND m.file_id = 1;`, 'ap_db'));
    const [total, allocated, unallocated, path] = o.sets[0]!.rows[0]!;
    const bytes = statSync(String(path)).size;
    assert.ok(Number(total) * 8192 >= bytes && Number(total) * 8192 - bytes < 8192, `${String(total)} pages for ${bytes} bytes`);
    assert.equal(Number(allocated) + Number(unallocated), Number(total));
    assert.ok(Number(allocated) > 0);

    const s = await connect(node, { database: 'ap_db' });
    try {
      ok(await batch(s, 'INSERT dbo.fs_t SELECT TOP 200 2, REPLICATE(N\'y\', 400) FROM sys.all_columns;'));
      const log = ok(await batch(s, `SELECT l.database_id, l.total_log_size_in_bytes, l.used_log_space_in_bytes, l.used_log_space_in_percent, m.physical_name
        FROM sys.dm_db_log_space_usage l JOIN sys.master_files m ON m.database_id = l.database_id AND m.file_id = 2`));
      const [dbId, size, used, percent, walPath] = log.sets[0]!.rows[0]!;
      assert.equal(dbId, ok(await batch(s, 'SELECT DB_ID()')).sets[0]!.rows[0]![0]);
      assert.equal(Number(size), statSync(String(walPath)).size);
      assert.ok(Number(used) > 0 && Number(used) <= Number(size));
      assert.ok(Math.abs(Number(percent) - (Number(used) / Number(size)) * 100) < 0.01);
    } finally {
      await close(s);
    }
  });

  test('a login without VIEW SERVER PERFORMANCE STATE gets 300 and 297', async () => {
    const o = await asLogin('ap_bob', 'Third#Pass3', 'SELECT * FROM sys.dm_db_log_space_usage');
    assert.deepEqual(o.errors.map((e) => e.number), [300, 297]);
    const f = await asLogin('ap_bob', 'Third#Pass3', 'SELECT * FROM sys.dm_io_virtual_file_stats(NULL, NULL)');
    assert.deepEqual(f.errors.map((e) => e.number), [300, 297]);
  });
});
