// The security and catalogue views and procedures a DBA runs, against a real node over TDS
// (tedious): a non-sysadmin login's sys.login_token / sys.user_token / fn_my_permissions,
// sp_helprotect after GRANT / DENY / REVOKE, sp_helplogins (sa and a login without
// securityadmin), sys.tcp_endpoints' port, and extended properties that survive a restart, also
// in a database whose catalogue predates the extended-properties table.
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { before, describe, test } from 'node:test';
import { nodeForFile } from '../helpers/node-fixture';
import type { NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Outcome } from '../helpers/tedious-session';

const fixture = nodeForFile({ name: 'MSXDCATSEC', args: ['--no-agent'] });
let node: NodeHandle;

const PASSWORD = 'Str0ng!Passw0rd';
const rows = (o: Outcome, set = -1): unknown[][] => ok(o).sets.at(set)?.rows ?? [];

async function asSa(sql: string, database = 'master'): Promise<Outcome> {
  const s = await connect(node, { database });
  try {
    return await batch(s, sql);
  } finally {
    await close(s);
  }
}

before(async () => {
  node = await fixture.ready();
  ok(await asSa(`CREATE DATABASE cs_db;
CREATE LOGIN cs_ann WITH PASSWORD = '${PASSWORD}', CHECK_POLICY = OFF, DEFAULT_DATABASE = cs_db;`));
  ok(await asSa(`CREATE USER cs_ann FOR LOGIN cs_ann;
CREATE ROLE cs_role;
ALTER ROLE cs_role ADD MEMBER cs_ann;
CREATE TABLE dbo.cs_t (id int, secret int);`, 'cs_db'));
  ok(await asSa('CREATE PROCEDURE dbo.cs_p AS SELECT 1;', 'cs_db'));
});

describe('a non-sysadmin login sees its own tokens and permissions', () => {
  test('sys.login_token and sys.user_token', async () => {
    const s = await connect(node, { user: 'cs_ann', password: PASSWORD, database: 'cs_db' });
    try {
      const login = rows(await batch(s, 'SELECT principal_id, sid, name, type, usage FROM sys.login_token'));
      const ids = rows(await batch(s, "SELECT SUSER_ID('cs_ann'), SUSER_SID('cs_ann'), USER_ID('cs_ann'), USER_ID('cs_role')"))[0]!;
      assert.deepEqual(login.map((r) => r.slice(2)), [['cs_ann', 'SQL LOGIN', 'GRANT OR DENY'], ['public', 'SERVER ROLE', 'GRANT OR DENY']]);
      assert.equal(login[0]![0], ids[0]);
      assert.deepEqual(login[0]![1], ids[1]);
      assert.equal(login[1]![0], 2);
      const user = rows(await batch(s, 'SELECT principal_id, name, type FROM sys.user_token'));
      assert.deepEqual(user, [[ids[2], 'cs_ann', 'SQL USER'], [0, 'public', 'ROLE'], [ids[3], 'cs_role', 'ROLE']]);
    } finally {
      await close(s);
    }
  });

  test('fn_my_permissions follows GRANT, DENY and REVOKE as the checks do', async () => {
    const s = await connect(node, { user: 'cs_ann', password: PASSWORD, database: 'cs_db' });
    const mine = async (securable: string | null, cls: string): Promise<unknown[][]> => rows(await batch(s,
      `SELECT entity_name, subentity_name, permission_name FROM sys.fn_my_permissions(${securable === null ? 'NULL' : `'${securable}'`}, '${cls}')`));
    try {
      assert.deepEqual(await mine(null, 'SERVER'), [['server', '', 'CONNECT SQL'], ['server', '', 'VIEW ANY DATABASE']]);
      assert.deepEqual(await mine(null, 'DATABASE'), [['database', '', 'CONNECT']]);
      assert.deepEqual(await mine('dbo.cs_t', 'OBJECT'), []);
      ok(await asSa('GRANT SELECT, INSERT ON dbo.cs_t TO cs_ann; DENY SELECT ON dbo.cs_t (secret) TO cs_ann; GRANT EXECUTE ON dbo.cs_p TO cs_role;', 'cs_db'));
      assert.deepEqual(await mine('dbo.cs_t', 'OBJECT'), [
        ['dbo.cs_t', '', 'INSERT'], ['dbo.cs_t', '', 'SELECT'], ['dbo.cs_t', 'id', 'SELECT'],
      ]);
      assert.deepEqual(await mine('cs_p', 'OBJECT'), [['dbo.cs_p', '', 'EXECUTE']]);
      // the check itself agrees: the denied column is refused (230), the granted one read
      const denied = await batch(s, 'SELECT secret FROM dbo.cs_t');
      assert.equal(denied.errors[0]?.number, 230);
      ok(await batch(s, 'SELECT id FROM dbo.cs_t'));
      ok(await asSa('DENY INSERT ON dbo.cs_t TO cs_role; REVOKE EXECUTE ON dbo.cs_p FROM cs_role;', 'cs_db'));
      assert.deepEqual(await mine('dbo.cs_t', 'OBJECT'), [['dbo.cs_t', '', 'SELECT'], ['dbo.cs_t', 'id', 'SELECT']]);
      assert.deepEqual(await mine('cs_p', 'OBJECT'), []);
      assert.equal((await batch(s, 'INSERT dbo.cs_t VALUES (1, 1)')).errors[0]?.number, 229);
    } finally {
      await close(s);
    }
  });

  test('sp_helprotect lists the stored GRANT and DENY rows', async () => {
    const all = rows(await asSa('EXEC sp_helprotect NULL, NULL, NULL, \'o\'', 'cs_db'));
    assert.deepEqual(all, [
      ['dbo', 'cs_t', 'cs_ann', 'dbo', 'Deny', 'Select', 'secret'],
      ['dbo', 'cs_t', 'cs_ann', 'dbo', 'Grant', 'Insert', '.'],
      ['dbo', 'cs_t', 'cs_ann', 'dbo', 'Grant', 'Select', '(All+New)'],
      ['dbo', 'cs_t', 'cs_role', 'dbo', 'Deny', 'Insert', '.'],
    ]);
    const none = await asSa("EXEC sp_helprotect 'dbo.cs_p'", 'cs_db');
    assert.equal(none.errors[0]?.number, 15330);
  });

  test('sp_helplogins: both reports for sa; 15247 without securityadmin', async () => {
    const o = ok(await asSa("EXEC sp_helplogins 'cs_ann'; SELECT SUSER_SID('cs_ann')"));
    const sid = o.sets[2]!.rows[0]![0];
    assert.deepEqual(o.sets[0]!.columns.map((c) => `${c.name} ${c.sqlType}`),
      ['LoginName nvarchar(128)', 'SID varbinary(85)', 'DefDBName nvarchar(128)', 'DefLangName nvarchar(128)', 'AUser char(5)', 'ARemote char(7)']);
    assert.deepEqual(o.sets[0]!.rows, [['cs_ann', sid, 'cs_db', 'us_english', 'yes  ', 'no     ']]);
    assert.deepEqual(o.sets[1]!.rows, [['cs_ann', 'cs_db', 'cs_ann', 'User    '], ['cs_ann', 'cs_db', 'cs_role', 'MemberOf']]);
    const s = await connect(node, { user: 'cs_ann', password: PASSWORD, database: 'cs_db' });
    try {
      const refused = await batch(s, 'EXEC sp_helplogins');
      assert.equal(refused.errors[0]?.number, 15247);
    } finally {
      await close(s);
    }
  });

  test('sys.tcp_endpoints shows the port the node listens on', async () => {
    assert.deepEqual(rows(await asSa('SELECT name, port, state_desc FROM sys.tcp_endpoints')), [['TSQL Default TCP', node.port, 'STARTED']]);
  });
});

describe('extended properties persist', () => {
  test('they survive a restart, also in a database whose catalogue had no properties table', async () => {
    ok(await asSa(`EXEC sp_addextendedproperty N'MS_Description', N'Ledger rows', N'SCHEMA', N'dbo', N'TABLE', N'cs_t';
EXEC sp_addextendedproperty N'MS_Description', N'Hidden', N'SCHEMA', N'dbo', N'TABLE', N'cs_t', N'COLUMN', N'secret';`, 'cs_db'));
    ok(await asSa('CREATE DATABASE cs_old; CREATE TABLE cs_old.dbo.o_t (a int);'));
    const files = rows(await asSa("SELECT name, physical_name FROM sys.master_files WHERE database_id = DB_ID('cs_old') AND file_id = 1"));
    const oldFile = String(files[0]![1]);
    await node.stop();
    // an older catalogue: the table did not exist when the database was created
    const db = new Database(oldFile);
    db.exec('DROP TABLE __msxd_extended_properties');
    db.close();
    await node.restart();
    const listed = `SELECT objtype, objname, name, CAST(value AS nvarchar(100)) FROM fn_listextendedproperty(NULL, 'schema', 'dbo', 'table', 'cs_t', NULL, NULL)
UNION ALL SELECT objtype, objname, name, CAST(value AS nvarchar(100)) FROM fn_listextendedproperty(NULL, 'schema', 'dbo', 'table', 'cs_t', 'column', NULL)`;
    assert.deepEqual(rows(await asSa(listed, 'cs_db')), [['TABLE', 'cs_t', 'MS_Description', 'Ledger rows'], ['COLUMN', 'secret', 'MS_Description', 'Hidden']]);
    assert.deepEqual(rows(await asSa('SELECT COUNT(*) FROM sys.extended_properties', 'cs_old')), [[0]]);
    ok(await asSa("EXEC sp_addextendedproperty N'MS_Description', N'Old table', N'SCHEMA', N'dbo', N'TABLE', N'o_t'", 'cs_old'));
    assert.deepEqual(rows(await asSa("SELECT class, OBJECT_NAME(major_id), CAST(value AS nvarchar(50)) FROM sys.extended_properties", 'cs_old')),
      [[1, 'o_t', 'Old table']]);
  });
});
