// CREATE/ALTER/DROP CREDENTIAL: the secret is encrypted at rest (the SQLite file never holds the
// plain text), invisible in sys.credentials, and readable only through readCredentialSecret.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { readCredentialSecret } from '../../../../src/engine/security/index';
import { errorsOf, ok, openSecurityNode, rows, run, type SecurityNode } from './harness';

const SECRET = 'Pl41nText-S3cret-Value';

/** Every byte of the data folder's master files (database, WAL). */
function masterBytes(dir: string): Buffer {
  return Buffer.concat(readdirSync(dir).filter((f) => f.startsWith('master.sqlite')).map((f) => readFileSync(join(dir, f))));
}

describe('credentials', () => {
  let node: SecurityNode;
  before(async () => { node = await openSecurityNode(); });
  after(async () => { await node.dispose(); });

  test('CREATE CREDENTIAL: sys.credentials without the secret; the file holds no plain text', async () => {
    const sa = node.sa();
    await ok(sa, `CREATE CREDENTIAL msx_cred WITH IDENTITY = 'msx_login', SECRET = '${SECRET}'`);
    const r = await run(sa, 'SELECT * FROM sys.credentials');
    assert.deepEqual(r.resultSets[0]!.columns.map((c) => c.name),
      ['credential_id', 'name', 'credential_identity', 'create_date', 'modify_date', 'target_type', 'target_id']);
    assert.deepEqual(r.resultSets[0]!.rows.map((x) => [x[0], x[1], x[2], x[5], x[6]]), [[65536, 'msx_cred', 'msx_login', null, null]]);
    const bytes = masterBytes(node.dir);
    assert.equal(bytes.includes(Buffer.from(SECRET, 'utf8')), false);
    assert.equal(bytes.includes(Buffer.from(SECRET, 'utf16le')), false);
    assert.equal(bytes.includes(Buffer.from('msx_login', 'utf8')), true);
    assert.deepEqual(readCredentialSecret(node.store, 'MSX_CRED'), { name: 'msx_cred', identity: 'msx_login', secret: SECRET });
    assert.equal(readCredentialSecret(node.store, 'nope'), undefined);
    assert.equal(statSync(join(node.dir, 'secret.key')).mode & 0o777, 0o600);
  });

  test('ALTER CREDENTIAL replaces identity and secret; errors 15530 and 15151', async () => {
    const sa = node.sa();
    await ok(sa, "ALTER CREDENTIAL msx_cred WITH IDENTITY = 'other_login', SECRET = 'N3w-secret'");
    assert.deepEqual(readCredentialSecret(node.store, 'msx_cred'), { name: 'msx_cred', identity: 'other_login', secret: 'N3w-secret' });
    assert.deepEqual(await rows(sa, 'SELECT credential_identity FROM sys.credentials'), [['other_login']]);
    const dup = await run(sa, "CREATE CREDENTIAL msx_cred WITH IDENTITY = 'x', SECRET = 'y'");
    assert.deepEqual(dup.errors.map((e) => [e.number, e.message]), [[15530, 'The credential with name "msx_cred" already exists.']]);
    assert.deepEqual(await errorsOf(sa, "ALTER CREDENTIAL nope WITH IDENTITY = 'x'"), [15151]);
  });

  test('DROP CREDENTIAL', async () => {
    const sa = node.sa();
    await ok(sa, 'DROP CREDENTIAL msx_cred');
    assert.deepEqual(await rows(sa, 'SELECT name FROM sys.credentials'), []);
    const r = await run(sa, 'DROP CREDENTIAL msx_cred');
    assert.deepEqual(r.errors.map((e) => e.message), ["Cannot drop the credential 'msx_cred', because it does not exist or you do not have permission."]);
  });
});
