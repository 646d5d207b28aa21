// CREATE/ALTER/DROP LOGIN through a real engine and store: password policy, options, sys views.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { errorsOf, ok, openSecurityNode, rows, run, scalar, type SecurityNode } from './harness';

describe('logins', () => {
  let node: SecurityNode;
  before(async () => { node = await openSecurityNode(); });
  after(async () => { await node.dispose(); });

  test('CHECK_POLICY (default ON) rejects short, simple and name-containing passwords', async () => {
    const sa = node.sa();
    const short = await run(sa, "CREATE LOGIN p1 WITH PASSWORD = 'Ab1!'");
    assert.deepEqual(short.errors.map((e) => [e.number, e.severity, e.message]), [[15116, 16,
      'Password validation failed. The password does not meet the operating system policy requirements because it is too short.']]);
    const simple = await run(sa, "CREATE LOGIN p1 WITH PASSWORD = 'alllowercase'");
    assert.deepEqual(simple.errors.map((e) => [e.number, e.message]), [[15118,
      'Password validation failed. The password does not meet the operating system policy requirements because it is not complex enough.']]);
    assert.deepEqual(await errorsOf(sa, "CREATE LOGIN p1 WITH PASSWORD = 'onlyletters'"), [15118]);
    assert.deepEqual(await errorsOf(sa, "CREATE LOGIN peter WITH PASSWORD = 'xPeter12!'"), [15118]);
    assert.deepEqual(await errorsOf(sa, `CREATE LOGIN p1 WITH PASSWORD = '${'Aa1!'.repeat(33)}'`), [15117]);
    assert.equal(await scalar(sa, "SELECT COUNT(*) FROM sys.server_principals WHERE name IN ('p1', 'peter')"), 0);
  });

  test('CHECK_POLICY = OFF accepts any password; sys.sql_logins shows the policy flags', async () => {
    const sa = node.sa();
    await ok(sa, "CREATE LOGIN weak WITH PASSWORD = 'x', CHECK_POLICY = OFF");
    await ok(sa, "CREATE LOGIN strong WITH PASSWORD = 'Str0ng!pass'");
    assert.deepEqual(await rows(sa, `SELECT name, is_policy_checked, is_expiration_checked, is_disabled, type, type_desc
      FROM sys.sql_logins WHERE name IN ('weak', 'strong') ORDER BY name`),
    [['strong', true, false, false, 'S', 'SQL_LOGIN'], ['weak', false, false, false, 'S', 'SQL_LOGIN']]);
    assert.ok(await node.store.verifyLogin('weak', 'x'));
    assert.deepEqual(await errorsOf(sa, "CREATE LOGIN x2 WITH PASSWORD = 'x', CHECK_POLICY = OFF, CHECK_EXPIRATION = ON"), [15122]);
    assert.deepEqual(await errorsOf(sa, "CREATE LOGIN weak WITH PASSWORD = 'Str0ng!pass'"), [15025]);
  });

  test('DEFAULT_DATABASE, SID and the server_principals row', async () => {
    const sa = node.sa();
    await ok(sa, "CREATE LOGIN withdb WITH PASSWORD = 'Str0ng!pass', DEFAULT_DATABASE = [msdb], SID = 0x0102030405060708090A0B0C0D0E0F10");
    assert.deepEqual(await rows(sa, "SELECT default_database_name, sid, is_fixed_role FROM sys.server_principals WHERE name = 'withdb'"),
      [['msdb', Buffer.from('0102030405060708090A0B0C0D0E0F10', 'hex'), false]]);
    assert.equal(await scalar(sa, "SELECT SUSER_SNAME(0x0102030405060708090A0B0C0D0E0F10)"), 'withdb');
    const v = await node.store.verifyLogin('withdb', 'Str0ng!pass');
    assert.equal(v?.defaultDatabase, 'msdb');
  });

  test('ALTER LOGIN: DISABLE/ENABLE, password (policy applies), NAME, unknown login', async () => {
    const sa = node.sa();
    await ok(sa, "CREATE LOGIN alt WITH PASSWORD = 'Str0ng!pass'");
    await ok(sa, 'ALTER LOGIN alt DISABLE');
    assert.equal(await scalar(sa, "SELECT is_disabled FROM sys.server_principals WHERE name = 'alt'"), true);
    assert.equal(await node.store.verifyLogin('alt', 'Str0ng!pass'), null);
    await ok(sa, 'ALTER LOGIN alt ENABLE');
    assert.ok(await node.store.verifyLogin('alt', 'Str0ng!pass'));
    assert.deepEqual(await errorsOf(sa, "ALTER LOGIN alt WITH PASSWORD = 'weak'"), [15118]);
    assert.deepEqual(await errorsOf(sa, "ALTER LOGIN alt WITH PASSWORD = 'Ab1!'"), [15116]);
    await ok(sa, "ALTER LOGIN alt WITH PASSWORD = 'N3w!password'");
    assert.equal(await node.store.verifyLogin('alt', 'Str0ng!pass'), null);
    assert.ok(await node.store.verifyLogin('alt', 'N3w!password'));
    await ok(sa, 'ALTER LOGIN alt WITH NAME = alt2');
    assert.equal(await scalar(sa, "SELECT COUNT(*) FROM sys.server_principals WHERE name = 'alt2'"), 1);
    const missing = await run(sa, 'ALTER LOGIN nobody ENABLE');
    assert.deepEqual(missing.errors.map((e) => [e.number, e.message]),
      [[15151, "Cannot alter the login 'nobody', because it does not exist or you do not have permission."]]);
  });

  test('a login changes its own password with OLD_PASSWORD; anything else is 15247', async () => {
    const sa = node.sa();
    await ok(sa, "CREATE LOGIN selfie WITH PASSWORD = 'Str0ng!pass'");
    const me = await node.as('selfie', 'Str0ng!pass');
    assert.deepEqual(await errorsOf(me, "ALTER LOGIN selfie WITH PASSWORD = 'An0ther!pass'"), [15247]);
    assert.deepEqual(await errorsOf(me, "ALTER LOGIN selfie WITH PASSWORD = 'An0ther!pass' OLD_PASSWORD = 'wrong'"), [15151]);
    await ok(me, "ALTER LOGIN selfie WITH PASSWORD = 'An0ther!pass' OLD_PASSWORD = 'Str0ng!pass'");
    assert.ok(await node.store.verifyLogin('selfie', 'An0ther!pass'));
    assert.deepEqual(await errorsOf(me, 'ALTER LOGIN selfie DISABLE'), [15247]);
    assert.deepEqual(await errorsOf(me, "CREATE LOGIN other WITH PASSWORD = 'Str0ng!pass'"), [15247]);
    assert.deepEqual(await errorsOf(me, 'DROP LOGIN strong'), [15151]);
    assert.deepEqual(await errorsOf(me, "ALTER LOGIN strong WITH PASSWORD = 'An0ther!pass'"), [15151]);
  });

  test('DROP LOGIN: unknown (15151), IF EXISTS, logged in (15434), success', async () => {
    const sa = node.sa();
    const missing = await run(sa, 'DROP LOGIN nobody');
    assert.deepEqual(missing.errors.map((e) => [e.number, e.message]),
      [[15151, "Cannot drop the login 'nobody', because it does not exist or you do not have permission."]]);
    await ok(sa, 'DROP LOGIN IF EXISTS nobody');
    await ok(sa, "CREATE LOGIN busy WITH PASSWORD = 'Str0ng!pass'");
    await node.as('busy', 'Str0ng!pass');
    assert.deepEqual(await errorsOf(sa, 'DROP LOGIN busy'), [15434]);
    await ok(sa, "CREATE LOGIN gone WITH PASSWORD = 'Str0ng!pass'");
    await ok(sa, 'DROP LOGIN gone');
    assert.equal(await scalar(sa, "SELECT COUNT(*) FROM sys.sql_logins WHERE name = 'gone'"), 0);
    assert.equal(await node.store.verifyLogin('gone', 'Str0ng!pass'), null);
  });

  test('server roles: ALTER SERVER ROLE, sp_addsrvrolemember, IS_SRVROLEMEMBER', async () => {
    const sa = node.sa();
    await ok(sa, "CREATE LOGIN admin2 WITH PASSWORD = 'Str0ng!pass'");
    assert.equal(await scalar(sa, "SELECT IS_SRVROLEMEMBER('sysadmin', 'admin2')"), 0);
    await ok(sa, 'ALTER SERVER ROLE sysadmin ADD MEMBER admin2');
    assert.equal(await scalar(sa, "SELECT IS_SRVROLEMEMBER('sysadmin', 'admin2')"), 1);
    assert.deepEqual(await rows(sa, `SELECT r.name FROM sys.server_role_members m
      JOIN sys.server_principals r ON r.principal_id = m.role_principal_id
      JOIN sys.server_principals l ON l.principal_id = m.member_principal_id WHERE l.name = 'admin2'`), [['sysadmin']]);
    const v = await node.store.verifyLogin('admin2', 'Str0ng!pass');
    assert.equal(v?.isSysadmin, true);
    await ok(sa, 'ALTER SERVER ROLE sysadmin DROP MEMBER admin2');
    assert.equal(await scalar(sa, "SELECT IS_SRVROLEMEMBER('sysadmin', 'admin2')"), 0);
    await ok(sa, "EXEC sp_addsrvrolemember 'admin2', 'sysadmin'");
    assert.equal(await scalar(sa, "SELECT IS_SRVROLEMEMBER('sysadmin', 'admin2')"), 1);
    await ok(sa, "EXEC sp_dropsrvrolemember 'admin2', 'sysadmin'");
    assert.equal(await scalar(sa, "SELECT IS_SRVROLEMEMBER('sysadmin', 'admin2')"), 0);
    assert.deepEqual(await errorsOf(sa, "EXEC sp_addsrvrolemember 'admin2', 'nosuchrole'"), [15402]);
    assert.deepEqual(await errorsOf(sa, 'ALTER SERVER ROLE nosuchrole ADD MEMBER admin2'), [15151]);
    assert.equal(await scalar(sa, "SELECT IS_SRVROLEMEMBER('nosuchrole')"), null);
    assert.equal(await scalar(sa, "SELECT IS_SRVROLEMEMBER('sysadmin')"), 1);
  });
});
