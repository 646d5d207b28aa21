// GRANT/DENY/REVOKE and the checks a non-sysadmin session meets: 229 (object), 230 (column),
// 15247 (security statements), db_datareader/db_datawriter, DENY beating GRANT, EXECUTE.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { EngineSession } from '../../../../src/engine/api';
import { errorsOf, ok, openSecurityNode, rows, run, scalar, type SecurityNode } from './harness';

describe('permissions', () => {
  let node: SecurityNode;
  let bob: EngineSession;
  before(async () => {
    node = await openSecurityNode();
    const sa = node.sa();
    await ok(sa, 'CREATE DATABASE shop');
    await ok(sa, "CREATE LOGIN bob WITH PASSWORD = 'Str0ng!pass'");
    await ok(node.sa('shop'), `CREATE USER bob FOR LOGIN bob;
      CREATE TABLE dbo.items (id int NOT NULL PRIMARY KEY, name nvarchar(50), price int);
      INSERT INTO dbo.items VALUES (1, N'pen', 2), (2, N'ink', 5);
      CREATE ROLE clerks;
      EXEC('CREATE PROCEDURE dbo.item_count AS SELECT COUNT(*) FROM dbo.items');`);
    bob = await node.as('bob', 'Str0ng!pass', 'shop');
  });
  after(async () => { await node.dispose(); });

  const perms = (text: string) => rows(node.sa('shop'), `SELECT p.class_desc, OBJECT_NAME(p.major_id), p.minor_id, u.name, p.permission_name, p.state_desc
    FROM sys.database_permissions p JOIN sys.database_principals u ON u.principal_id = p.grantee_principal_id
    WHERE u.name IN ('bob', 'clerks') ${text} ORDER BY p.permission_name, p.minor_id`);

  test('without a grant: INSERT/UPDATE/DELETE fail with 229 naming object, database and schema', async () => {
    const r = await run(bob, "INSERT INTO dbo.items VALUES (3, N'cap', 1)");
    assert.deepEqual(r.errors.map((e) => [e.number, e.severity, e.state, e.message]), [[229, 14, 5,
      "The INSERT permission was denied on the object 'items', database 'shop', schema 'dbo'."]]);
    assert.deepEqual(await errorsOf(bob, 'UPDATE dbo.items SET price = 0'), [229]);
    assert.deepEqual(await errorsOf(bob, 'DELETE FROM dbo.items'), [229]);
    assert.equal(await scalar(bob, "SELECT HAS_PERMS_BY_NAME('dbo.items', 'OBJECT', 'SELECT')"), 0);
  });

  test('GRANT shows in sys.database_permissions and allows; REVOKE takes it back', async () => {
    const sa = node.sa('shop');
    await ok(sa, 'GRANT INSERT, UPDATE ON dbo.items TO bob');
    assert.deepEqual(await perms(''), [
      ['OBJECT_OR_COLUMN', 'items', 0, 'bob', 'INSERT', 'GRANT'], ['OBJECT_OR_COLUMN', 'items', 0, 'bob', 'UPDATE', 'GRANT']]);
    await ok(bob, "INSERT INTO dbo.items VALUES (3, N'cap', 1)");
    assert.equal(await scalar(bob, "SELECT HAS_PERMS_BY_NAME('dbo.items', 'OBJECT', 'INSERT')"), 1);
    await ok(sa, 'REVOKE INSERT ON dbo.items FROM bob');
    assert.deepEqual(await errorsOf(bob, "INSERT INTO dbo.items VALUES (4, N'box', 1)"), [229]);
    await ok(sa, 'REVOKE UPDATE ON OBJECT::dbo.items FROM bob');
    assert.deepEqual(await perms(''), []);
  });

  test('DENY beats GRANT, including a GRANT through a role', async () => {
    const sa = node.sa('shop');
    await ok(sa, 'ALTER ROLE clerks ADD MEMBER bob; GRANT DELETE ON dbo.items TO clerks');
    assert.equal(await scalar(bob, "SELECT HAS_PERMS_BY_NAME('dbo.items', 'OBJECT', 'DELETE')"), 1);
    await ok(sa, 'DENY DELETE ON dbo.items TO bob');
    assert.deepEqual(await errorsOf(bob, 'DELETE FROM dbo.items WHERE id = 3'), [229]);
    assert.deepEqual(await perms("AND p.permission_name = 'DELETE'"), [
      ['OBJECT_OR_COLUMN', 'items', 0, 'bob', 'DELETE', 'DENY'], ['OBJECT_OR_COLUMN', 'items', 0, 'clerks', 'DELETE', 'GRANT']]);
    await ok(sa, 'REVOKE DELETE ON dbo.items FROM bob');
    await ok(bob, 'DELETE FROM dbo.items WHERE id = 3');
    await ok(sa, 'DENY DELETE ON SCHEMA::dbo TO clerks');
    assert.deepEqual(await errorsOf(bob, 'DELETE FROM dbo.items WHERE id = 3'), [229]);
    await ok(sa, 'REVOKE DELETE ON SCHEMA::dbo FROM clerks; REVOKE DELETE ON dbo.items FROM clerks; ALTER ROLE clerks DROP MEMBER bob');
  });

  test('fixed roles: db_datawriter grants writes, db_denydatawriter denies them', async () => {
    const sa = node.sa('shop');
    await ok(sa, 'ALTER ROLE db_datawriter ADD MEMBER bob');
    await ok(bob, 'UPDATE dbo.items SET price = price + 1 WHERE id = 1');
    await ok(sa, 'ALTER ROLE db_denydatawriter ADD MEMBER bob');
    assert.deepEqual(await errorsOf(bob, 'UPDATE dbo.items SET price = price + 1 WHERE id = 1'), [229]);
    await ok(sa, 'ALTER ROLE db_denydatawriter DROP MEMBER bob; ALTER ROLE db_datawriter DROP MEMBER bob');
    assert.equal(await scalar(bob, "SELECT IS_MEMBER('db_datawriter')"), 0);
  });

  test('SELECT: 229 without a grant (before any COLMETADATA), 230 for a column-level DENY', async () => {
    const denied = await run(bob, 'SELECT id FROM dbo.items');
    assert.deepEqual(denied.resultSets, []);
    assert.deepEqual(denied.errors.map((e) => e.message), ["The SELECT permission was denied on the object 'items', database 'shop', schema 'dbo'."]);
    const sa = node.sa('shop');
    await ok(sa, 'GRANT SELECT ON dbo.items TO bob; DENY SELECT ON dbo.items (price) TO bob');
    assert.deepEqual(await rows(bob, 'SELECT id, name FROM dbo.items ORDER BY id'), [[1, 'pen'], [2, 'ink']]);
    const column = await run(bob, 'SELECT price FROM dbo.items');
    assert.deepEqual(column.resultSets, []);
    assert.deepEqual(column.errors.map((e) => [e.number, e.message]), [[230,
      "The SELECT permission was denied on the column 'price' of the object 'items', database 'shop', schema 'dbo'."]]);
  });

  test('column-level DENY is recorded with its column id', async () => {
    const sa = node.sa('shop');
    await ok(sa, 'DENY UPDATE ON dbo.items (price) TO bob');
    assert.deepEqual(await perms("AND p.permission_name = 'UPDATE'"), [['OBJECT_OR_COLUMN', 'items', 3, 'bob', 'UPDATE', 'DENY']]);
    await ok(sa, 'REVOKE UPDATE ON dbo.items FROM bob');
    assert.deepEqual(await perms("AND p.permission_name = 'UPDATE'"), []);
  });

  test('EXECUTE on a procedure: 229 without it; with GRANT EXECUTE it reads its table through the ownership chain', async () => {
    const denied = await run(bob, 'EXEC dbo.item_count');
    assert.deepEqual(denied.errors.map((e) => e.message), ["The EXECUTE permission was denied on the object 'item_count', database 'shop', schema 'dbo'."]);
    await ok(node.sa('shop'), 'GRANT EXECUTE ON dbo.item_count TO bob');
    const r = await ok(bob, 'EXEC dbo.item_count');
    assert.deepEqual(r.resultSets[0]!.rows, [[2]]);
    await ok(node.sa('shop'), 'REVOKE EXECUTE ON dbo.item_count FROM bob');
  });

  test('sp_addsrvrolemember by a non-sysadmin: 15151 from ALTER SERVER ROLE', async () => {
    const r = await run(bob, "EXEC sp_addsrvrolemember 'bob', 'sysadmin'");
    assert.deepEqual(r.errors.map((e) => [e.number, e.message]), [[15151, "Cannot alter the server role 'sysadmin', because it does not exist or you do not have permission."]]);
  });

  test('security statements by a non-owner: 15247', async () => {
    assert.deepEqual(await errorsOf(bob, 'GRANT SELECT ON dbo.items TO bob'), [15247]);
    assert.deepEqual(await errorsOf(bob, 'DENY SELECT ON dbo.items TO clerks'), [15247]);
    assert.deepEqual(await errorsOf(bob, 'REVOKE SELECT ON dbo.items FROM bob'), [15247]);
    assert.deepEqual(await errorsOf(bob, 'CREATE USER x WITHOUT LOGIN'), [15247]);
    assert.deepEqual(await errorsOf(bob, 'ALTER ROLE clerks ADD MEMBER bob'), [15151]);
    assert.deepEqual(await errorsOf(bob, "CREATE CREDENTIAL c WITH IDENTITY = 'x', SECRET = 'y'"), [15247]);
    assert.deepEqual(await errorsOf(bob, 'ALTER SERVER ROLE sysadmin ADD MEMBER bob'), [15151]);
  });

  test('GRANT errors: unknown object, unknown principal, special roles', async () => {
    const sa = node.sa('shop');
    const r = await run(sa, 'GRANT SELECT ON dbo.nothing TO bob');
    assert.deepEqual(r.errors.map((e) => e.message), ["Cannot find the object 'nothing', because it does not exist or you do not have permission."]);
    const u = await run(sa, 'GRANT SELECT ON dbo.items TO nobody');
    assert.deepEqual(u.errors.map((e) => e.message), ["Cannot find the user 'nobody', because it does not exist or you do not have permission."]);
    assert.deepEqual(await errorsOf(sa, 'GRANT SELECT ON dbo.items TO db_owner'), [4617]);
  });
});
