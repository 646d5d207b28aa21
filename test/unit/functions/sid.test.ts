// SID_BINARY / SID_STRING: Windows SIDs between 'S-1-5-...' and the binary form of
// sys.server_principals.sid (documented examples: BUILTIN\Administrators is S-1-5-32-544).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call } from './call';

const nv = (value: string | null) => ({ type: { kind: 'nvarchar', length: 256 } as const, value });

test('SID_BINARY gives the binary SID: revision, count, authority big-endian, sub-authorities little-endian', () => {
  const r = call('SID_BINARY', [nv('S-1-5-32-544')]);
  assert.deepEqual(r.type, { kind: 'varbinary', length: 85 });
  assert.equal((r.value as Buffer).toString('hex'), '010200000000000520000000' + '20020000');
  assert.equal((call('SID_BINARY', [nv('S-1-5-21-1-2-3-1001')]).value as Buffer).length, 8 + 4 * 5);
});

test('SID_BINARY of text that is not a SID (empty included) or NULL is NULL', () => {
  for (const text of ['', 'DOMAIN\\group', 'S-1', 'S-1-5-99999999999', null]) {
    assert.equal(call('SID_BINARY', [nv(text)]).value, null, String(text));
  }
});

test('SID_STRING reverses SID_BINARY; a malformed binary is NULL', () => {
  const bin = call('SID_BINARY', [nv('S-1-5-21-3623811015-3361044348-30300820-1013')]);
  assert.equal(call('SID_STRING', [bin]).value, 'S-1-5-21-3623811015-3361044348-30300820-1013');
  assert.equal(call('SID_STRING', [{ type: { kind: 'varbinary', length: 85 }, value: Buffer.from('0102', 'hex') }]).value, null);
});
