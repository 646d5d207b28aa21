import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENCRYPT, negotiateEncryption } from '../../../src/tds/transport/encryption';

const withCert = { certificate: true, force: false };
const forced = { certificate: true, force: true };
const noCert = { certificate: false, force: false };

test('ENCRYPTION matrix with a certificate (MS-TDS 2.2.6.5)', () => {
  assert.deepEqual(negotiateEncryption(ENCRYPT.OFF, withCert), { reply: ENCRYPT.OFF, mode: 'loginOnly' });
  assert.deepEqual(negotiateEncryption(ENCRYPT.ON, withCert), { reply: ENCRYPT.ON, mode: 'full' });
  assert.deepEqual(negotiateEncryption(ENCRYPT.REQ, withCert), { reply: ENCRYPT.ON, mode: 'full' });
  assert.deepEqual(negotiateEncryption(ENCRYPT.NOT_SUP, withCert), { reply: ENCRYPT.NOT_SUP, mode: 'none' });
});

test('forced encryption: OFF is upgraded to full, NOT_SUP is refused', () => {
  assert.deepEqual(negotiateEncryption(ENCRYPT.OFF, forced), { reply: ENCRYPT.REQ, mode: 'full' });
  assert.deepEqual(negotiateEncryption(ENCRYPT.ON, forced), { reply: ENCRYPT.ON, mode: 'full' });
  assert.deepEqual(negotiateEncryption(ENCRYPT.NOT_SUP, forced), { reply: ENCRYPT.REQ, mode: 'refuse' });
});

test('no certificate: NOT_SUP to everyone; clients that insist are refused', () => {
  assert.deepEqual(negotiateEncryption(ENCRYPT.OFF, noCert), { reply: ENCRYPT.NOT_SUP, mode: 'none' });
  assert.deepEqual(negotiateEncryption(ENCRYPT.NOT_SUP, noCert), { reply: ENCRYPT.NOT_SUP, mode: 'none' });
  assert.deepEqual(negotiateEncryption(ENCRYPT.ON, noCert), { reply: ENCRYPT.NOT_SUP, mode: 'refuse' });
  assert.deepEqual(negotiateEncryption(ENCRYPT.REQ, noCert), { reply: ENCRYPT.NOT_SUP, mode: 'refuse' });
});

test('client-certificate values (0x80+) and unknown values are not served', () => {
  assert.equal(negotiateEncryption(0x81, withCert), undefined);
  assert.equal(negotiateEncryption(0x04, withCert), undefined);
});
