// CREATE/ALTER/DROP USER, roles and schemas in a user database, and what they change for a login.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loginCanAccessDatabase } from '../../../../src/engine/security/index';
import { errorsOf, ok, openSecurityNode, rows, run, scalar, type SecurityNode } from './harness';

describe('users, roles and schemas', () => {
  let node: SecurityNode;
  before(async () => {
    node = await openSecurityNode();
    const sa = node.sa();
    await ok(sa, 'CREATE DATABASE app');
    await ok(sa, "CREATE LOGIN alice WITH PASSWORD = 'Str0ng!pass'");
    await ok(sa, "CREATE LOGIN carol WITH PASSWORD = 'Str0ng!pass'");
  });
  after(async () => { await node.dispose(); });

  test('a login without a user gets 916 on USE; guest lets it into master and msdb', async () => {
    const carol = await node.as('carol', 'Str0ng!pass');
    const r = await run(carol, 'USE app');
    assert.deepEqual(r.errors.map((e) => [e.number, e.severity, e.message]), [[916, 14,
      'The server principal "carol" is not able to access the database "app" under the current security context.']]);
    assert.equal(carol.database, 'master');
    await ok(carol, 'USE msdb');
    assert.equal(await scalar(carol, 'SELECT USER_NAME()'), 'guest');
    assert.equal(await scalar(carol, "SELECT HAS_DBACCESS('app')"), 0);
    assert.deepEqual(['app', 'msdb', 'master', 'nope'].map((d) => loginCanAccessDatabase(node.store, 'carol', d)), [false, true, true, false]);
    assert.equal(loginCanAccessDatabase(node.store, 'sa', 'app'), true);
  });

  test('CREATE USER FOR LOGIN maps by SID: USE works, CURRENT_USER is the user', async () => {
    const sa = node.sa('app');
    await ok(sa, 'CREATE USER alice_u FOR LOGIN alice WITH DEFAULT_SCHEMA = dbo');
    assert.deepEqual(await rows(sa, `SELECT p.name, p.type, p.type_desc, p.default_schema_name, p.authentication_type_desc,
        CASE WHEN p.sid = SUSER_SID('alice') THEN 1 ELSE 0 END
      FROM sys.database_principals p WHERE p.name = 'alice_u'`),
    [['alice_u', 'S', 'SQL_USER', 'dbo', 'INSTANCE', 1]]);
    const alice = await node.as('alice', 'Str0ng!pass');
    await ok(alice, 'USE app');
    assert.deepEqual(await rows(alice, 'SELECT CURRENT_USER, USER_NAME(), USER_ID(), SUSER_SNAME(), IS_MEMBER(\'db_owner\'), HAS_DBACCESS(\'app\')'),
      [['alice_u', 'alice_u', 5, 'alice', 0, 1]]);
    assert.deepEqual(await errorsOf(sa, 'CREATE USER alice_u FOR LOGIN carol'), [15023]);
    assert.deepEqual(await errorsOf(sa, 'CREATE USER alice2 FOR LOGIN alice'), [15063]);
    assert.deepEqual(await errorsOf(sa, 'CREATE USER ghost FOR LOGIN nologin'), [15007]);
    await ok(sa, 'CREATE USER nobody WITHOUT LOGIN');
    assert.equal(await scalar(sa, "SELECT authentication_type_desc FROM sys.database_principals WHERE name = 'nobody'"), 'NONE');
  });

  test('roles: CREATE ROLE, ALTER ROLE ADD/DROP MEMBER, sp_addrolemember, IS_MEMBER, IS_ROLEMEMBER', async () => {
    const sa = node.sa('app');
    await ok(sa, 'CREATE ROLE readers AUTHORIZATION dbo');
    assert.deepEqual(await rows(sa, "SELECT type, type_desc, owning_principal_id, is_fixed_role FROM sys.database_principals WHERE name = 'readers'"),
      [['R', 'DATABASE_ROLE', 1, false]]);
    await ok(sa, 'ALTER ROLE readers ADD MEMBER alice_u');
    assert.equal(await scalar(sa, "SELECT IS_ROLEMEMBER('readers', 'alice_u')"), 1);
    const alice = await node.as('alice', 'Str0ng!pass', 'app');
    assert.equal(await scalar(alice, "SELECT IS_MEMBER('readers')"), 1);
    await ok(sa, 'ALTER ROLE readers DROP MEMBER alice_u');
    assert.equal(await scalar(alice, "SELECT IS_MEMBER('readers')"), 0);
    await ok(sa, "EXEC sp_addrolemember 'readers', 'alice_u'");
    assert.deepEqual(await rows(sa, `SELECT r.name, m.name FROM sys.database_role_members rm
      JOIN sys.database_principals r ON r.principal_id = rm.role_principal_id
      JOIN sys.database_principals m ON m.principal_id = rm.member_principal_id ORDER BY r.name, m.name`),
    [['db_owner', 'dbo'], ['readers', 'alice_u']]);
    await ok(sa, "EXEC sp_droprolemember 'readers', 'alice_u'");
    assert.equal(await scalar(sa, "SELECT IS_ROLEMEMBER('readers', 'alice_u')"), 0);
    assert.equal(await scalar(sa, "SELECT IS_MEMBER('no_such_role')"), null);
    assert.deepEqual(await errorsOf(sa, "EXEC sp_addrolemember 'no_such_role', 'alice_u'"), [15014]);
    assert.deepEqual(await errorsOf(sa, "EXEC sp_addrolemember 'readers', 'no_such_user'"), [15410]);
    assert.deepEqual(await errorsOf(sa, 'ALTER ROLE readers ADD MEMBER no_such_user'), [15151]);
    assert.deepEqual(await errorsOf(sa, 'ALTER ROLE no_such_role ADD MEMBER alice_u'), [15151]);
    assert.deepEqual(await errorsOf(sa, 'ALTER ROLE readers ADD MEMBER readers'), [15413]);
    assert.deepEqual(await errorsOf(sa, 'ALTER ROLE db_owner ADD MEMBER dbo'), [15405]);
    assert.deepEqual(await errorsOf(sa, 'CREATE ROLE readers'), [15023]);
  });

  test('fixed roles: db_owner membership makes a user dbo-equivalent', async () => {
    const sa = node.sa('app');
    assert.deepEqual(await rows(sa, `SELECT name, principal_id, is_fixed_role FROM sys.database_principals
      WHERE name IN ('db_owner', 'db_datareader', 'db_datawriter', 'db_denydatareader') ORDER BY principal_id`),
    [['db_owner', 16384, true], ['db_datareader', 16390, true], ['db_datawriter', 16391, true], ['db_denydatareader', 16392, true]]);
    await ok(sa, 'ALTER ROLE db_owner ADD MEMBER alice_u');
    const alice = await node.as('alice', 'Str0ng!pass', 'app');
    assert.equal(await scalar(alice, "SELECT IS_MEMBER('db_owner')"), 1);
    await ok(alice, 'CREATE ROLE made_by_owner');
    await ok(sa, 'ALTER ROLE db_owner DROP MEMBER alice_u');
    assert.deepEqual(await errorsOf(alice, 'CREATE ROLE not_allowed'), [15247]);
    assert.deepEqual(await errorsOf(alice, 'CREATE USER u9 WITHOUT LOGIN'), [15247]);
    assert.deepEqual(await errorsOf(alice, 'CREATE SCHEMA s9'), [15247]);
  });

  test('DROP ROLE with members (15144), DROP USER owning a schema (15138), DROP USER', async () => {
    const sa = node.sa('app');
    await ok(sa, 'CREATE ROLE temp_role; ALTER ROLE temp_role ADD MEMBER nobody');
    assert.deepEqual(await errorsOf(sa, 'DROP ROLE temp_role'), [15144]);
    await ok(sa, 'ALTER ROLE temp_role DROP MEMBER nobody; DROP ROLE temp_role');
    await ok(sa, 'CREATE SCHEMA owned AUTHORIZATION nobody');
    assert.deepEqual(await errorsOf(sa, 'DROP USER nobody'), [15138]);
    await ok(sa, 'DROP SCHEMA owned; DROP USER nobody');
    assert.equal(await scalar(sa, "SELECT COUNT(*) FROM sys.database_principals WHERE name = 'nobody'"), 0);
    const r = await run(sa, 'DROP USER nobody');
    assert.deepEqual(r.errors.map((e) => e.message), ["Cannot drop the user 'nobody', because it does not exist or you do not have permission."]);
    assert.deepEqual(await errorsOf(sa, 'DROP USER dbo'), [15150]);
  });

  test('schemas: CREATE SCHEMA (2714 when it exists), sys.schemas, SCHEMA_ID/SCHEMA_NAME, DROP SCHEMA in use (3729)', async () => {
    const sa = node.sa('app');
    await ok(sa, 'CREATE SCHEMA sales AUTHORIZATION alice_u');
    assert.deepEqual(await rows(sa, "SELECT s.name, p.name FROM sys.schemas s JOIN sys.database_principals p ON p.principal_id = s.principal_id WHERE s.name = 'sales'"),
      [['sales', 'alice_u']]);
    assert.equal(await scalar(sa, "SELECT SCHEMA_NAME(SCHEMA_ID('sales'))"), 'sales');
    assert.deepEqual(await errorsOf(sa, 'CREATE SCHEMA sales'), [2714]);
    await ok(sa, 'CREATE TABLE sales.orders (id int)');
    const r = await run(sa, 'DROP SCHEMA sales');
    assert.deepEqual(r.errors.map((e) => [e.number, e.message]), [[3729, "Cannot drop schema 'sales' because it is being referenced by object 'orders'."]]);
    assert.deepEqual(await rows(sa, "SELECT SCHEMA_NAME(1), SCHEMA_NAME(), SCHEMA_ID('nope')"), [['dbo', 'dbo', null]]);
  });
});
