// Translations shared by the sessions of one node (src/engine/sql/translation-cache.ts): a new
// session's first run of a known text is a cache hit, and sharing never shows one session what
// belongs to another (permissions, #temp tables, spid/login, its uncommitted DDL).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { counterDelta } from './counter-delta';
import { translationCounters } from '../../../src/engine/sql/translation-cache';
import { registerSystemView } from '../../../src/engine/sql/system-view-registry';
import { errorsOf, ok, openSecurityNode, rows, run, scalar as scalarOf, type SecurityNode } from './security/harness';

const counted = <T>(f: () => Promise<T>) => counterDelta(translationCounters, f);

describe('translations shared across sessions', () => {
  let node: SecurityNode;
  before(async () => {
    node = await openSecurityNode();
    await ok(node.sa(), "CREATE DATABASE st; CREATE LOGIN reader WITH PASSWORD = 'Str0ng!pass'; CREATE LOGIN nobody WITH PASSWORD = 'Str0ng!pass'");
    await ok(node.sa('st'), `CREATE USER reader FOR LOGIN reader; CREATE USER nobody FOR LOGIN nobody;
      CREATE TABLE dbo.t (id int NOT NULL PRIMARY KEY, v nvarchar(20));
      INSERT INTO dbo.t VALUES (1, N'one'), (2, N'two');
      GRANT SELECT ON dbo.t TO reader;`);
  });
  after(async () => { await node.dispose(); });

  test("a new session's first run of a text another session ran is a shared hit", async () => {
    const text = 'SELECT v FROM dbo.t WHERE id = 2';
    assert.deepEqual(await rows(node.sa('st'), text), [['two']]);
    const second = await counted(() => rows(node.sa('st'), text));
    assert.deepEqual(second.result, [['two']]);
    assert.equal(second.translated, 0);
    assert.equal(second.shared, 1);
  });

  test('variables of other types are another entry; of the same types the same one', async () => {
    const text = (type: string) => `DECLARE @id ${type} = 1; SELECT v FROM dbo.t WHERE id = @id`;
    assert.deepEqual(await rows(node.sa('st'), text('int')), [['one']]);
    const same = await counted(() => rows(node.sa('st'), text('int')));
    assert.deepEqual([same.result, same.translated], [[['one']], 0]);
    const other = await counted(() => rows(node.sa('st'), 'DECLARE @id bigint = 2; SELECT v FROM dbo.t WHERE id = @id'));
    assert.deepEqual([other.result, other.translated], [[['two']], 1]);
  });

  test('a login without SELECT permission still gets 229 after sa ran the same text', async () => {
    const text = 'SELECT id, v FROM dbo.t ORDER BY id';
    assert.equal((await rows(node.sa('st'), text)).length, 2);
    const nobody = await counted(async () => errorsOf(await node.as('nobody', 'Str0ng!pass', 'st'), text));
    assert.deepEqual(nobody.result, [229]);
    assert.equal(nobody.shared, 1, 'the shared translation was used, and the permission still checked');
    assert.deepEqual(await rows(await node.as('reader', 'Str0ng!pass', 'st'), text), [[1, 'one'], [2, 'two']]);
  });

  test('role membership and grants changed by another session apply at once (security kept per node)', async () => {
    await ok(node.sa('st'), 'CREATE TABLE dbo.r (a int); INSERT INTO dbo.r VALUES (7)');
    const text = 'SELECT a FROM dbo.r';
    const nobody = await node.as('nobody', 'Str0ng!pass', 'st');
    assert.deepEqual(await errorsOf(nobody, text), [229]);
    await ok(node.sa('st'), 'ALTER ROLE db_datareader ADD MEMBER nobody');
    assert.deepEqual(await rows(nobody, text), [[7]]);
    assert.deepEqual(await rows(await node.as('nobody', 'Str0ng!pass', 'st'), text), [[7]]);
    await ok(node.sa('st'), 'ALTER ROLE db_datareader DROP MEMBER nobody');
    assert.deepEqual(await errorsOf(nobody, text), [229]);
    await ok(node.sa('st'), 'GRANT SELECT ON dbo.r TO nobody');
    assert.deepEqual(await rows(await node.as('nobody', 'Str0ng!pass', 'st'), text), [[7]]);
    await ok(node.sa('st'), 'REVOKE SELECT ON dbo.r FROM nobody');
    assert.deepEqual(await errorsOf(nobody, text), [229]);
  });

  test('#temp tables of the same name in two sessions stay each session\'s own', async () => {
    const a = node.sa('st');
    const b = node.sa('st');
    await ok(a, 'CREATE TABLE #w (x int); INSERT INTO #w VALUES (1)');
    await ok(b, "CREATE TABLE #w (x nvarchar(10), y int); INSERT INTO #w VALUES (N'b', 2)");
    const text = 'SELECT * FROM #w';
    const ra = await run(a, text);
    const rb = await run(b, text);
    assert.deepEqual(ra.resultSets.map((s) => [s.columns.map((c) => c.name), s.rows]), [[['x'], [[1]]]]);
    assert.deepEqual(rb.resultSets.map((s) => [s.columns.map((c) => c.name), s.rows]), [[['x', 'y'], [['b', 2]]]]);
    assert.deepEqual((await run(a, text)).resultSets[0]?.rows, [[1]]);
  });

  test('@@SPID, SUSER_SNAME() and sys.dm_exec_sessions answer for the session that runs the text', async () => {
    const text = `SELECT @@SPID, SUSER_SNAME(), (SELECT COUNT(*) FROM sys.dm_exec_sessions WHERE session_id = @@SPID AND login_name = SUSER_SNAME()), v
      FROM dbo.t WHERE id = 1`;
    const sa = node.sa('st');
    const reader = await node.as('reader', 'Str0ng!pass', 'st');
    const spid = async (s: typeof sa) => (await rows(s, 'SELECT @@SPID'))[0]![0];
    assert.deepEqual(await rows(sa, text), [[await spid(sa), 'sa', 1, 'one']]);
    assert.deepEqual(await rows(reader, text), [[await spid(reader), 'reader', 1, 'one']]);
  });

  test('a system view reading the session spid or login is translated per session', async () => {
    registerSystemView({
      schema: 'sys', name: 'msxd_test_whoami',
      columns: [{ name: 'spid', type: { kind: 'int' }, nullable: false }, { name: 'login', type: { kind: 'nvarchar', length: 128 }, nullable: false }],
      sql: (ctx) => `SELECT ${ctx.bind(ctx.spid)} AS spid, ${ctx.bind(ctx.loginName)} AS login`,
    });
    const text = 'SELECT w.login, t.v FROM sys.msxd_test_whoami w CROSS JOIN dbo.t WHERE t.id = 1';
    assert.deepEqual(await rows(node.sa('st'), text), [['sa', 'one']]);
    const r = await counted(async () => rows(await node.as('reader', 'Str0ng!pass', 'st'), text));
    assert.deepEqual(r.result, [['reader', 'one']]);
    assert.equal(r.shared, 0);
  });

  test("DDL by one session invalidates the other sessions' shared entry", async () => {
    await ok(node.sa('st'), 'CREATE TABLE dbo.d (a int); INSERT INTO dbo.d VALUES (1)');
    const text = 'SELECT * FROM dbo.d';
    const names = async () => (await run(node.sa('st'), text)).resultSets[0]?.columns.map((c) => c.name);
    assert.deepEqual(await names(), ['a']);
    await ok(node.sa('st'), 'ALTER TABLE dbo.d ADD b int');
    assert.deepEqual(await names(), ['a', 'b']);
    await ok(node.sa('st'), 'DROP TABLE dbo.d; CREATE TABLE dbo.d (z nvarchar(5))');
    assert.deepEqual(await names(), ['z']);
  });

  test('ALTER VIEW by one session is seen by the others', async () => {
    await ok(node.sa('st'), "EXEC('CREATE VIEW dbo.vw AS SELECT id FROM dbo.t')");
    const text = 'SELECT * FROM dbo.vw ORDER BY 1';
    assert.deepEqual(await rows(node.sa('st'), text), [[1], [2]]);
    await ok(node.sa('st'), "EXEC('ALTER VIEW dbo.vw AS SELECT v FROM dbo.t')");
    assert.deepEqual(await rows(node.sa('st'), text), [['one'], ['two']]);
  });

  test('uncommitted DDL stays with its session; the others keep the committed table', async () => {
    await ok(node.sa('st'), 'CREATE TABLE dbo.u (a int); INSERT INTO dbo.u VALUES (1)');
    const text = 'SELECT * FROM dbo.u';
    const cols = async (s: ReturnType<SecurityNode['sa']>) => (await run(s, text)).resultSets[0]?.columns.map((c) => c.name);
    const other = node.sa('st');
    assert.deepEqual(await cols(other), ['a']);
    const ddl = node.sa('st');
    await ok(ddl, 'BEGIN TRAN; ALTER TABLE dbo.u ADD b int');
    assert.deepEqual(await cols(node.sa('st')), ['a'], 'another session translates against the committed catalogue');
    assert.deepEqual(await cols(ddl), ['a', 'b'], 'the DDL session sees its own change, not the shared entry');
    await ok(ddl, 'ROLLBACK');
    assert.deepEqual(await cols(ddl), ['a']);
    assert.deepEqual(await cols(node.sa('st')), ['a']);
  });

  test('a new session whose first statement opens a transaction still shares while no DDL runs', async () => {
    const text = 'SELECT v FROM dbo.t WHERE id = 1 AND v IS NOT NULL';
    assert.deepEqual(await rows(node.sa('st'), text), [['one']]);
    const s = node.sa('st');
    await ok(s, 'BEGIN TRAN');
    const r = await counted(() => rows(s, text));
    await ok(s, 'COMMIT');
    assert.deepEqual([r.result, r.shared, r.translated], [[['one']], 1, 0]);
  });

  test('the same text in another current database is another entry', async () => {
    await ok(node.sa(), 'CREATE DATABASE st2');
    await ok(node.sa('st2'), "CREATE TABLE dbo.t (id int NOT NULL PRIMARY KEY, v nvarchar(20)); INSERT INTO dbo.t VALUES (1, N'st2')");
    const text = 'SELECT v FROM dbo.t WHERE id = 1';
    assert.deepEqual(await rows(node.sa('st'), text), [['one']]);
    assert.deepEqual(await rows(node.sa('st2'), text), [['st2']]);
    assert.deepEqual(await rows(node.sa('st'), text), [['one']]);
  });

  test('users with different default schemas do not share a text; users with the same one do', async () => {
    // msxd resolves an unqualified name in dbo whatever the user's DEFAULT_SCHEMA (SQL Server
    // looks in the default schema first): the default schema is part of the key all the same, so
    // that sharing never decides what an unqualified name means.
    const sa = node.sa('st');
    await ok(sa, `CREATE SCHEMA s1; CREATE SCHEMA s2;
      CREATE TABLE s1.n (v nvarchar(10)); INSERT INTO s1.n VALUES (N's1');
      CREATE TABLE dbo.n (v nvarchar(10)); INSERT INTO dbo.n VALUES (N'dbo');
      ALTER USER reader WITH DEFAULT_SCHEMA = s1; ALTER USER nobody WITH DEFAULT_SCHEMA = s2;
      GRANT SELECT ON SCHEMA::s1 TO reader; GRANT SELECT ON SCHEMA::dbo TO reader; GRANT SELECT ON SCHEMA::dbo TO nobody`);
    const text = 'SELECT v FROM n';
    const first = await counted(async () => rows(await node.as('reader', 'Str0ng!pass', 'st'), text));
    assert.equal(first.translated, 1);
    const s2 = await counted(async () => rows(await node.as('nobody', 'Str0ng!pass', 'st'), text));
    assert.deepEqual([s2.result, s2.shared, s2.translated], [[['dbo']], 0, 1], 'another default schema: not shared');
    const again = await counted(async () => rows(await node.as('reader', 'Str0ng!pass', 'st'), text));
    assert.deepEqual([again.result, again.shared], [first.result, 1], 'the same default schema: shared');
    assert.deepEqual(await scalarOf(await node.as('reader', 'Str0ng!pass', 'st'), 'SELECT SCHEMA_NAME()'), 's1');
    assert.deepEqual(await rows(node.sa('st'), text), [['dbo']]);
  });
});
