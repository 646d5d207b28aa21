import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatch } from '../../../src/tsql/index';
import { roundTrip, strip } from './helpers';

test('BACKUP DATABASE: name or variable, DISK devices, WITH options with and without values', () => {
  const b = strip(roundTrip(`BACKUP DATABASE pt TO DISK = N'/tmp/pt.bak' WITH INIT, COMPRESSION, STATS = 10, NAME = N'full', CHECKSUM;
BACKUP DATABASE @db TO DISK = @path, DISK = '/tmp/b.bak' WITH NOINIT, NOREWIND, NOUNLOAD, DESCRIPTION = @d, STATS`));
  assert.deepEqual(b.statements, [
    {
      kind: 'backup', target: 'DATABASE', database: { kind: 'name', name: 'pt' },
      devices: [{ type: 'DISK', path: { kind: 'string', value: '/tmp/pt.bak' } }],
      options: [{ name: 'INIT' }, { name: 'COMPRESSION' }, { name: 'STATS', value: { kind: 'number', value: 10 } },
        { name: 'NAME', value: { kind: 'string', value: 'full' } }, { name: 'CHECKSUM' }],
    },
    {
      kind: 'backup', target: 'DATABASE', database: { kind: 'variable', name: '@db' },
      devices: [{ type: 'DISK', path: { kind: 'variable', name: '@path' } }, { type: 'DISK', path: { kind: 'string', value: '/tmp/b.bak' } }],
      options: [{ name: 'NOINIT' }, { name: 'NOREWIND' }, { name: 'NOUNLOAD' }, { name: 'DESCRIPTION', value: { kind: 'variable', name: '@d' } }, { name: 'STATS' }],
    },
  ]);
});

test('BACKUP LOG, logical devices, parenthesised options', () => {
  const b = strip(roundTrip(`BACKUP LOG [my db] TO dumpdev WITH ENCRYPTION (ALGORITHM = AES_256, SERVER CERTIFICATE = c)`));
  assert.deepEqual(b.statements, [{
    kind: 'backup', target: 'LOG', database: { kind: 'name', name: 'my db' },
    devices: [{ type: 'LOGICAL', path: { kind: 'name', name: 'dumpdev' } }],
    options: [{ name: 'ENCRYPTION', list: 'ALGORITHM=AES_256,SERVER CERTIFICATE=C' }],
  }]);
});

test('RESTORE DATABASE with FILE, REPLACE, MOVE ... TO; RESTORE HEADERONLY / FILELISTONLY / VERIFYONLY', () => {
  const b = strip(roundTrip(`RESTORE DATABASE pt FROM DISK = '/tmp/pt.bak' WITH FILE = 2, REPLACE, RECOVERY, MOVE 'pt' TO '/x/pt.mdf', STATS = 5;
RESTORE HEADERONLY FROM DISK = N'/tmp/pt.bak';
RESTORE FILELISTONLY FROM DISK = N'/tmp/pt.bak' WITH FILE = 1;
RESTORE VERIFYONLY FROM DISK = N'/tmp/pt.bak';
RESTORE DATABASE pt WITH RECOVERY`));
  assert.deepEqual(b.statements, [
    {
      kind: 'restore', action: 'DATABASE', database: { kind: 'name', name: 'pt' },
      devices: [{ type: 'DISK', path: { kind: 'string', value: '/tmp/pt.bak' } }],
      options: [{ name: 'FILE', value: { kind: 'number', value: 2 } }, { name: 'REPLACE' }, { name: 'RECOVERY' },
        { name: 'MOVE', value: { kind: 'string', value: 'pt' }, to: { kind: 'string', value: '/x/pt.mdf' } },
        { name: 'STATS', value: { kind: 'number', value: 5 } }],
    },
    { kind: 'restore', action: 'HEADERONLY', devices: [{ type: 'DISK', path: { kind: 'string', value: '/tmp/pt.bak' } }], options: [] },
    {
      kind: 'restore', action: 'FILELISTONLY', devices: [{ type: 'DISK', path: { kind: 'string', value: '/tmp/pt.bak' } }],
      options: [{ name: 'FILE', value: { kind: 'number', value: 1 } }],
    },
    { kind: 'restore', action: 'VERIFYONLY', devices: [{ type: 'DISK', path: { kind: 'string', value: '/tmp/pt.bak' } }], options: [] },
    { kind: 'restore', action: 'DATABASE', database: { kind: 'name', name: 'pt' }, devices: [], options: [{ name: 'RECOVERY' }] },
  ]);
});

test('BACKUP / RESTORE syntax errors are 102/156 at the offending token', () => {
  assert.throws(() => parseBatch('BACKUP pt TO DISK = N\'x\''), (e: { number: number; message: string }) => e.number === 102 && /near 'pt'/.test(e.message));
  assert.throws(() => parseBatch('BACKUP DATABASE pt DISK = N\'x\''), (e: { number: number }) => e.number === 156 || e.number === 102);
  assert.throws(() => parseBatch('RESTORE HEADERONLY DISK = N\'x\''), (e: { number: number }) => e.number === 156 || e.number === 102);
  assert.throws(() => parseBatch('BACKUP DATABASE pt TO DISK = 5'), (e: { number: number }) => e.number === 102);
});
