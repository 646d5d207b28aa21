import { test } from 'node:test';
import assert from 'node:assert/strict';
import PreloginPayload from 'tedious/lib/prelogin-payload';
import { ProtocolError } from '../../../src/errors/protocol-error';
import { PACKET_TYPE } from '../../../src/tds/constants';
import { encodePackets } from '../../../src/tds/framing/packet-writer';
import { ENCRYPTION, PRELOGIN_OPTION, decodePrelogin, encodePreloginResponse } from '../../../src/tds/requests/prelogin';
import { PRODUCT_VERSION } from '../../../src/util/version';
import { everySplit, everyTruncation } from './helpers/split';

const isProtocolError = (e: unknown): boolean => e instanceof ProtocolError;

test('tedious PRELOGIN decodes, whole and split at every byte', () => {
  const payload = new PreloginPayload({ encrypt: true, version: { major: 19, minor: 2, build: 3, subbuild: 4 } }).data;
  everySplit(encodePackets(PACKET_TYPE.PRELOGIN, payload, 512), ([m]) => {
    const p = decodePrelogin(m?.payload ?? Buffer.alloc(0));
    assert.deepEqual(p.version, { major: 19, minor: 2, build: 3, subBuild: 4 });
    assert.equal(p.encryption, ENCRYPTION.ON);
    assert.equal(p.instance, '');
    assert.equal(p.mars, false);
    assert.equal(p.traceId?.connectionId.length, 16);
    assert.equal(p.traceId?.activityId.length, 20);
    assert.deepEqual(p.unknownOptions, []);
  });
});

test('truncated PRELOGIN always throws ProtocolError', () => {
  const payload = new PreloginPayload({ encrypt: false, version: { major: 19, minor: 0, build: 0, subbuild: 0 } }).data;
  assert.deepEqual(everyTruncation(payload, decodePrelogin, isProtocolError), []);
});

test('option data outside the message and a missing VERSION are refused', () => {
  const bad = Buffer.from([
    PRELOGIN_OPTION.VERSION, 0x00, 0x06, 0x00, 0x06, // VERSION at offset 6, 6 bytes: past the end
    PRELOGIN_OPTION.TERMINATOR,
  ]);
  assert.throws(() => decodePrelogin(bad), ProtocolError);
  const noVersion = Buffer.from([
    PRELOGIN_OPTION.ENCRYPTION, 0x00, 0x06, 0x00, 0x01, // ENCRYPTION first
    PRELOGIN_OPTION.TERMINATOR,
    ENCRYPTION.OFF,
  ]);
  assert.throws(() => decodePrelogin(noVersion), ProtocolError);
});

test('our PRELOGIN response parses with tedious', () => {
  const reply = new PreloginPayload(encodePreloginResponse({ encryption: ENCRYPTION.NOT_SUP }));
  assert.equal(reply.version.major, PRODUCT_VERSION.major);
  assert.equal(reply.version.build, PRODUCT_VERSION.build);
  assert.equal(reply.version.subbuild, PRODUCT_VERSION.revision);
  assert.equal(reply.encryption, ENCRYPTION.NOT_SUP);
  assert.equal(reply.mars, 0);
  assert.equal(reply.instance, 0);
});

test('PRELOGIN response bytes', () => {
  const bytes = encodePreloginResponse({ encryption: ENCRYPTION.OFF, version: { major: 16, minor: 0, build: 0x1027, subBuild: 4 } });
  assert.deepEqual(
    [...bytes],
    [
      0x00, 0x00, 0x1a, 0x00, 0x06, // VERSION at 26, 6 bytes
      0x01, 0x00, 0x20, 0x00, 0x01, // ENCRYPTION at 32, 1 byte
      0x02, 0x00, 0x21, 0x00, 0x01, // INSTOPT at 33, 1 byte
      0x03, 0x00, 0x22, 0x00, 0x00, // THREADID at 34, empty
      0x04, 0x00, 0x22, 0x00, 0x01, // MARS at 34, 1 byte
      0xff, //                         terminator
      16, 0, 0x10, 0x27, 0x00, 0x04, // 16.0 build 4135 (BE) sub-build 4 (BE)
      0x00, //                         ENCRYPT_OFF
      0x00, //                         instance OK
      0x00, //                         MARS off
    ],
  );
});
