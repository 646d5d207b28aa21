import { test } from 'node:test';
import assert from 'node:assert/strict';
import Login7Payload from 'tedious/lib/login7-payload';
import { ProtocolError } from '../../../src/errors/protocol-error';
import { PACKET_TYPE, TDS_VERSION } from '../../../src/tds/constants';
import { encodePackets } from '../../../src/tds/framing/packet-writer';
import { FEATURE_ID, decodeLogin7, deobfuscatePassword } from '../../../src/tds/requests/login7';
import { everySplit, everyTruncation } from './helpers/split';

function tediousLogin(tdsVersion: number): Buffer {
  const p = new Login7Payload({
    tdsVersion,
    packetSize: 8192,
    clientProgVer: 0x07000000,
    clientPid: 4242,
    connectionId: 0,
    clientTimeZone: -120,
    clientLcid: 0x0409,
  });
  p.userName = 'agent';
  p.password = 'Pä$$w0rd€';
  p.hostname = 'tsx-01';
  p.appName = 'msxd-agent';
  p.serverName = 'MSX';
  p.libraryName = 'Tedious';
  p.language = 'us_english';
  p.database = 'msdb';
  // tedious sends ChangePassword unscrambled (MS-TDS 2.2.6.4 says it is obfuscated like
  // Password), so it is not used as an oracle for that field.
  p.readOnlyIntent = true;
  return p.toBuffer();
}

test('tedious LOGIN7 (7.4) decodes with password recovered, split at every byte', () => {
  const stream = encodePackets(PACKET_TYPE.LOGIN7, tediousLogin(TDS_VERSION.V7_4), 4096);
  everySplit(stream, ([m]) => {
    const l = decodeLogin7(m?.payload ?? Buffer.alloc(0));
    assert.equal(l.tdsVersion, TDS_VERSION.V7_4);
    assert.equal(l.packetSize, 8192);
    assert.equal(l.clientPid, 4242);
    assert.equal(l.clientTimeZone, -120);
    assert.equal(l.clientLcid, 0x0409);
    assert.equal(l.userName, 'agent');
    assert.equal(l.password, 'Pä$$w0rd€');
    assert.equal(l.changePassword, '');
    assert.equal(l.hostName, 'tsx-01');
    assert.equal(l.appName, 'msxd-agent');
    assert.equal(l.serverName, 'MSX');
    assert.equal(l.libraryName, 'Tedious');
    assert.equal(l.language, 'us_english');
    assert.equal(l.database, 'msdb');
    assert.equal(l.readOnlyIntent, true);
    assert.equal(l.integratedSecurity, false);
    assert.deepEqual(l.featureExt.map((f) => f.id), [FEATURE_ID.UTF8_SUPPORT]);
  });
});

test('tedious LOGIN7 (7.1 layout, 86-byte fixed part) decodes', () => {
  const l = decodeLogin7(tediousLogin(TDS_VERSION.V7_1_SP1));
  assert.equal(l.tdsVersion, TDS_VERSION.V7_1_SP1);
  assert.equal(l.userName, 'agent');
  assert.equal(l.password, 'Pä$$w0rd€');
});

test('truncated LOGIN7 always throws ProtocolError', () => {
  const payload = tediousLogin(TDS_VERSION.V7_4);
  assert.deepEqual(everyTruncation(payload, decodeLogin7, (e) => e instanceof ProtocolError), []);
});

test('an offset pointing past the message is refused', () => {
  const payload = Buffer.from(tediousLogin(TDS_VERSION.V7_4));
  payload.writeUInt16LE(payload.length, 36); // ibHostName beyond the end
  assert.throws(() => decodeLogin7(payload), ProtocolError);
});

test('password de-obfuscation: XOR 0xA5 then swap nibbles (MS-TDS 2.2.6.4)', () => {
  // 'a' = 0x61 0x00: swap -> 0x16 0x00, XOR 0xA5 -> 0xB3 0xA5 on the wire
  assert.equal(deobfuscatePassword(Buffer.from([0xb3, 0xa5])), 'a');
});
