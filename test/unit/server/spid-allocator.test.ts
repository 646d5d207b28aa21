// SPIDs: from 51 upwards, and the lowest released one is handed out first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpidAllocator } from '../../../src/server/spid-allocator';

test('SPIDs from 51, the lowest free one first whatever the order they came back in', () => {
  const spids = new SpidAllocator();
  const taken = Array.from({ length: 10 }, () => spids.allocate());
  assert.deepEqual(taken, [51, 52, 53, 54, 55, 56, 57, 58, 59, 60]);
  for (const s of [57, 52, 60, 54, 59]) spids.release(s);
  assert.deepEqual([spids.allocate(), spids.allocate(), spids.allocate()], [52, 54, 57]);
  spids.release(53);
  assert.deepEqual([spids.allocate(), spids.allocate(), spids.allocate(), spids.allocate()], [53, 59, 60, 61]);
});

test('many released SPIDs come back in ascending order', () => {
  const spids = new SpidAllocator();
  const all = Array.from({ length: 500 }, () => spids.allocate());
  const shuffled = [...all].sort((a, b) => ((a * 7919) % 503) - ((b * 7919) % 503));
  for (const s of shuffled) spids.release(s);
  assert.deepEqual(Array.from({ length: 500 }, () => spids.allocate()), all);
});
