// The login response bytes and their per-node cache (server/login-response.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LoginResponseCache, encodeLoginResponse } from '../../../src/server/login-response';
import { TDS_VERSION, TOKEN } from '../../../src/tds/constants';

/** Token types in order, walking the length-prefixed tokens of a login response. */
function tokenTypes(bytes: Buffer): number[] {
  const types: number[] = [];
  let at = 0;
  while (at < bytes.length) {
    const type = bytes[at]!;
    types.push(type);
    // DONE has a fixed 12-byte body (7.2+); ENVCHANGE, INFO and LOGINACK a USHORT length
    at += type === TOKEN.DONE ? 13 : 3 + bytes.readUInt16LE(at + 1);
  }
  return types;
}

test("login response: SQL Server's token order (ENVCHANGE db, INFO, collation, language, INFO, packet size, LOGINACK, DONE)", () => {
  const bytes = encodeLoginResponse('NODE1', TDS_VERSION.V7_4, 'master', 'us_english', 8000);
  assert.deepEqual(tokenTypes(bytes), [
    TOKEN.ENVCHANGE, TOKEN.INFO, TOKEN.ENVCHANGE, TOKEN.ENVCHANGE, TOKEN.INFO, TOKEN.ENVCHANGE, TOKEN.LOGINACK, TOKEN.DONE,
  ]);
  assert.ok(bytes.includes(Buffer.from('NODE1', 'utf16le')), 'INFO tokens carry the server name');
  assert.ok(bytes.includes(Buffer.from('8000', 'utf16le')), 'ENVCHANGE packet size carries the negotiated size');
});

test('the cache returns the same bytes per (version, database, language, packet size), distinct ones otherwise', () => {
  const cache = new LoginResponseCache('NODE1');
  const a = cache.get(TDS_VERSION.V7_4, 'master', 'us_english', 4096);
  assert.equal(cache.get(TDS_VERSION.V7_4, 'master', 'us_english', 4096), a);
  assert.deepEqual(a, encodeLoginResponse('NODE1', TDS_VERSION.V7_4, 'master', 'us_english', 4096));
  assert.notDeepEqual(cache.get(TDS_VERSION.V7_4, 'msdb', 'us_english', 4096), a);
  assert.notDeepEqual(cache.get(TDS_VERSION.V7_4, 'master', 'Deutsch', 4096), a);
  assert.notDeepEqual(cache.get(TDS_VERSION.V7_4, 'master', 'us_english', 8000), a);
  assert.notDeepEqual(cache.get(TDS_VERSION.V7_2, 'master', 'us_english', 4096), a);
});

test('client-chosen languages cannot grow the cache without bound; answers stay right after it is emptied', () => {
  const cache = new LoginResponseCache('NODE1');
  for (let i = 0; i < 1000; i++) cache.get(TDS_VERSION.V7_4, 'master', `lang${i}`, 4096);
  const bytes = cache.get(TDS_VERSION.V7_4, 'master', 'lang999', 4096);
  assert.deepEqual(bytes, encodeLoginResponse('NODE1', TDS_VERSION.V7_4, 'master', 'lang999', 4096));
  assert.ok(cache.size <= 64);
});
