// Translations are shared by every session of a node (src/engine/sql/translation-cache.ts): over
// TDS, each new connection's first run of a text another connection ran reuses that translation.
// What must stay per connection: permissions (checked at every execution), #temp tables, the
// session's identity, the databases a shared text needs attached on this connection.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { nodeForFile } from '../helpers/node-fixture';
import type { NodeHandle } from '../helpers/start-node';
import { batch, close, connect, execSql, ok, TYPES, type ConnectOptions, type Outcome, type Session } from '../helpers/tedious-session';

const fixture = nodeForFile({ name: 'MSXDSHARED', args: ['--no-agent'] });
let node: NodeHandle;
const READER = { user: 'st_reader', password: 'Re4der-Pa55word!' } as const;
const NOBODY = { user: 'st_nobody', password: 'N0body-Pa55word!' } as const;

async function once<T>(o: ConnectOptions, fn: (s: Session) => Promise<T>): Promise<T> {
  const s = await connect(node, o);
  try {
    return await fn(s);
  } finally {
    await close(s);
  }
}

const rowsOf = (o: Outcome): unknown[][] => ok(o).sets.at(-1)?.rows ?? [];

before(async () => {
  node = await fixture.ready();
  await once({}, async (s) => {
    ok(await batch(s, `CREATE DATABASE sta; CREATE DATABASE stb;
      CREATE LOGIN st_reader WITH PASSWORD = N'${READER.password}', CHECK_POLICY = OFF;
      CREATE LOGIN st_nobody WITH PASSWORD = N'${NOBODY.password}', CHECK_POLICY = OFF`));
    ok(await batch(s, `USE stb; CREATE TABLE dbo.remote (id int NOT NULL PRIMARY KEY, v nvarchar(10)); INSERT INTO dbo.remote VALUES (1, N'far')`));
    ok(await batch(s, `USE sta; CREATE USER st_reader FOR LOGIN st_reader; CREATE USER st_nobody FOR LOGIN st_nobody;
      CREATE TABLE dbo.t (id int NOT NULL PRIMARY KEY, v nvarchar(10)); INSERT INTO dbo.t VALUES (1, N'one'), (2, N'two');
      GRANT SELECT ON dbo.t TO st_reader;
      EXEC('CREATE VIEW dbo.far AS SELECT id, v FROM stb.dbo.remote')`));
  });
});

describe('translations shared across connections', () => {
  test('sp_executesql text: the same rows on every new connection; 229 still for a login without SELECT', async () => {
    const text = 'SELECT v FROM dbo.t WHERE id = @id';
    const params = [['id', TYPES.Int, 2]] as const;
    for (let i = 0; i < 3; i++) {
      assert.deepEqual(rowsOf(await once({ database: 'sta' }, (s) => execSql(s, text, params))), [['two']]);
    }
    assert.deepEqual(rowsOf(await once({ ...READER, database: 'sta' }, (s) => execSql(s, text, params))), [['two']]);
    const denied = await once({ ...NOBODY, database: 'sta' }, (s) => execSql(s, text, params));
    assert.deepEqual(denied.errors.map((e) => e.number), [229]);
    assert.deepEqual(denied.sets, []);
  });

  test('#temp tables of one name on two open connections: each sees its own', async () => {
    const a = await connect(node, { database: 'sta' });
    const b = await connect(node, { database: 'sta' });
    try {
      ok(await batch(a, 'CREATE TABLE #w (x int); INSERT INTO #w VALUES (1)'));
      ok(await batch(b, "CREATE TABLE #w (y nvarchar(5)); INSERT INTO #w VALUES (N'b')"));
      const ra = ok(await batch(a, 'SELECT * FROM #w')).sets[0];
      const rb = ok(await batch(b, 'SELECT * FROM #w')).sets[0];
      assert.deepEqual([ra?.columns.map((c) => c.name), ra?.rows], [['x'], [[1]]]);
      assert.deepEqual([rb?.columns.map((c) => c.name), rb?.rows], [['y'], [['b']]]);
    } finally {
      await close(a);
      await close(b);
    }
  });

  test('@@SPID and SUSER_SNAME() are the running connection\'s', async () => {
    const text = 'SELECT @@SPID, SUSER_SNAME(), (SELECT COUNT(*) FROM sys.dm_exec_sessions WHERE session_id = @@SPID), v FROM dbo.t WHERE id = 1';
    const asSa = await once({ database: 'sta' }, async (s) => [rowsOf(await batch(s, 'SELECT @@SPID'))[0]?.[0], rowsOf(await batch(s, text))]);
    const asReader = await once({ ...READER, database: 'sta' }, async (s) => [rowsOf(await batch(s, 'SELECT @@SPID'))[0]?.[0], rowsOf(await batch(s, text))]);
    assert.deepEqual(asSa[1], [[asSa[0], 'sa', 1, 'one']]);
    assert.deepEqual(asReader[1], [[asReader[0], 'st_reader', 1, 'one']]);
  });

  test('a view over another database: a new connection attaches it for the shared text', async () => {
    for (let i = 0; i < 3; i++) {
      assert.deepEqual(rowsOf(await once({ database: 'sta' }, (s) => batch(s, 'SELECT v FROM dbo.far'))), [['far']]);
    }
  });

  test('DDL on one connection is seen by the next connection\'s same text', async () => {
    const text = 'SELECT * FROM dbo.d';
    const names = () => once({ database: 'sta' }, async (s) => ok(await batch(s, text)).sets[0]?.columns.map((c) => c.name));
    await once({ database: 'sta' }, async (s) => ok(await batch(s, 'CREATE TABLE dbo.d (a int)')));
    assert.deepEqual(await names(), ['a']);
    await once({ database: 'sta' }, async (s) => ok(await batch(s, 'ALTER TABLE dbo.d ADD b int')));
    assert.deepEqual(await names(), ['a', 'b']);
    await once({ database: 'sta' }, async (s) => ok(await batch(s, 'DROP TABLE dbo.d; CREATE TABLE dbo.d (z int)')));
    assert.deepEqual(await names(), ['z']);
  });
});
