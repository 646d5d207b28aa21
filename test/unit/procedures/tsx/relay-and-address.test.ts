// The pure helpers: 'host[,port]' and recovering a catalogue message's arguments from its text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMsxAddress } from '../../../../src/procedures/msdb/tsx/msx-address';
import { argumentsOf } from '../../../../src/procedures/msdb/tsx/relay-error';

test('parseMsxAddress: host, host,port, host\\instance; bad ports refused', () => {
  assert.deepEqual(parseMsxAddress('MASTER1'), { host: 'MASTER1', port: 1433 });
  assert.deepEqual(parseMsxAddress('127.0.0.1, 14333'), { host: '127.0.0.1', port: 14333 });
  assert.deepEqual(parseMsxAddress('HOST\\INST'), { host: 'HOST', port: 1433 });
  assert.equal(parseMsxAddress('host,0'), undefined);
  assert.equal(parseMsxAddress('host,70000'), undefined);
  assert.equal(parseMsxAddress('host,x'), undefined);
  assert.equal(parseMsxAddress(',1'), undefined);
});

test('argumentsOf: %s and %ld arguments come back; a foreign text does not fit', () => {
  assert.deepEqual(argumentsOf('Only members of the %s role can execute this stored procedure.',
    'Only members of the TargetServersRole role can execute this stored procedure.'), ['TargetServersRole']);
  assert.deepEqual(argumentsOf('The target server (TSX) version is not compatible with the master server (MSX) version (%ld.%ld.%ld).',
    'The target server (TSX) version is not compatible with the master server (MSX) version (16.0.4135).'), [16, 0, 4135]);
  assert.deepEqual(argumentsOf('Cannot enlist into the local machine.', 'Cannot enlist into the local machine.'), []);
  assert.equal(argumentsOf('Cannot enlist into the local machine.', 'something else'), undefined);
});
