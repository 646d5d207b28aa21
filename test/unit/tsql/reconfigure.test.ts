import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roundTrip, strip } from './helpers';

test('RECONFIGURE [WITH OVERRIDE] is a statement of its own, next to CHECKPOINT and SHUTDOWN', () => {
  const b = strip(roundTrip('RECONFIGURE; RECONFIGURE WITH OVERRIDE; CHECKPOINT; SHUTDOWN WITH NOWAIT'));
  assert.deepEqual(b.statements, [
    { kind: 'reconfigure', override: false },
    { kind: 'reconfigure', override: true },
    { kind: 'simpleCommand', command: 'CHECKPOINT' },
    { kind: 'simpleCommand', command: 'SHUTDOWN WITH NOWAIT' },
  ]);
});
