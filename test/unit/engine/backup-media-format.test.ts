// The backup media codec: a set prefix decodes from exactly its bytes, reports 'short' for a
// prefix cut at any byte and 'bad' for anything that is not ours.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  decodeSetHeader, decodeSetPrefix, encodeSetHeader, encodeSetPrefix, FORMAT_VERSION, PREFIX_LENGTH, type BackupSetHeader,
} from '../../../src/engine/backup/media-format';

const HEADER: BackupSetHeader = {
  position: 2, name: 'n', description: null, databaseName: 'pt', databaseCreatedMs: 1, startMs: 2, finishMs: 3,
  serverName: 'S', machineName: 'M', userName: 'sa', pageSize: 4096, pageCount: 10, imageBytes: 40960, compressed: true,
  checksum: 'ab', copyOnly: false, backupSetGuid: 'G', mediaSetGuid: 'H', collation: 'C', recoveryModel: 'FULL',
  productVersion: '16.0.4135.4', expirationMs: null,
};

test('set prefix: magic, version, flags, header and image lengths round trip', () => {
  const prefix = { version: FORMAT_VERSION, flags: 1, headerLength: 123, storedLength: 2 ** 40 + 5 };
  const bytes = encodeSetPrefix(prefix);
  assert.equal(bytes.length, PREFIX_LENGTH);
  //                     magic "MSXDBAK\0"           version  flags  header length
  assert.equal(bytes.subarray(0, 16).toString('hex'), '4d53584442414b00' + '0100' + '0100' + '7b000000');
  assert.deepEqual(decodeSetPrefix(bytes), prefix);
  for (let cut = 0; cut < PREFIX_LENGTH; cut++) assert.equal(decodeSetPrefix(bytes.subarray(0, cut)), 'short', `cut at ${cut}`);
});

test('set prefix: other files, other versions and absurd lengths are not ours', () => {
  assert.equal(decodeSetPrefix(Buffer.from('TAPE....................')), 'bad');
  assert.equal(decodeSetPrefix(Buffer.from('MSXDBAX')), 'bad');
  const v2 = encodeSetPrefix({ version: 2, flags: 0, headerLength: 10, storedLength: 1 });
  assert.equal(decodeSetPrefix(v2), 'bad');
  assert.equal(decodeSetPrefix(encodeSetPrefix({ version: FORMAT_VERSION, flags: 0, headerLength: 0, storedLength: 1 })), 'bad');
});

test('set header: JSON round trip; missing fields or junk are refused', () => {
  assert.deepEqual(decodeSetHeader(encodeSetHeader(HEADER)), HEADER);
  assert.equal(decodeSetHeader(Buffer.from('{"position":1}')), undefined);
  assert.equal(decodeSetHeader(Buffer.from('not json')), undefined);
  assert.equal(decodeSetHeader(Buffer.from('null')), undefined);
});
