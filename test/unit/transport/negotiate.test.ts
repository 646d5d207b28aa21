import assert from 'node:assert/strict';
import { test } from 'node:test';
import { negotiatePacketSize, negotiateTdsVersion } from '../../../src/tds/transport/negotiate';

test('TDS version: min(client, 7.4) snapped to the exact known constants', () => {
  assert.equal(negotiateTdsVersion(0x74000004), 0x74000004);
  assert.equal(negotiateTdsVersion(0x75000000), 0x74000004);
  assert.equal(negotiateTdsVersion(0x730b0003), 0x730b0003);
  assert.equal(negotiateTdsVersion(0x730a0003), 0x730a0003);
  assert.equal(negotiateTdsVersion(0x72090002), 0x72090002);
  assert.equal(negotiateTdsVersion(0x71000001), 0x71000001);
  assert.equal(negotiateTdsVersion(0x71000000), 0x71000001);
  assert.equal(negotiateTdsVersion(0x08000000), 0x74000004, 'TDS 8.0 is acked as 7.4');
  assert.equal(negotiateTdsVersion(0x70000000), undefined);
});

test('packet size: client value within 512..32767, 16383 at most under TLS, 0 = 4096', () => {
  assert.equal(negotiatePacketSize(8192, false), 8192);
  assert.equal(negotiatePacketSize(100, false), 512);
  assert.equal(negotiatePacketSize(32767, false), 32767);
  assert.equal(negotiatePacketSize(32767, true), 16383);
  assert.equal(negotiatePacketSize(0, false), 4096);
});
