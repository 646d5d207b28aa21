// sp_cursorfetch's buffer movement over 6 rows (rows 0-based; start -1 before, 6 after).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { afterLast, BEFORE_FIRST, moveBuffer, type FetchBuffer } from '../../../../src/engine/rpc/cursors/fetch-buffer';

const TOTAL = 6;
const at = (start: number, length: number): FetchBuffer => ({ start, length });
const move = (from: FetchBuffer, m: Parameters<typeof moveBuffer>[2]): unknown => moveBuffer(from, TOTAL, m);
const plain = (buffer: FetchBuffer): unknown => ({ buffer, adjusted: false });

describe('moveBuffer', () => {
  it('FIRST / NEXT walk the rows in buffers; NEXT past the end is after the last row', () => {
    assert.deepEqual(move(BEFORE_FIRST, { kind: 'first', nrows: 4 }), plain(at(0, 4)));
    assert.deepEqual(move(BEFORE_FIRST, { kind: 'next', nrows: 4 }), plain(at(0, 4)));
    assert.deepEqual(move(at(0, 4), { kind: 'next', nrows: 4 }), plain(at(4, 2)));
    assert.deepEqual(move(at(4, 2), { kind: 'next', nrows: 4 }), plain(afterLast(TOTAL)));
    assert.deepEqual(move(afterLast(TOTAL), { kind: 'next', nrows: 4 }), plain(afterLast(TOTAL)));
  });

  it('FIRST and LAST with nrows 0 position before / after without rows', () => {
    assert.deepEqual(move(at(2, 2), { kind: 'first', nrows: 0 }), plain(BEFORE_FIRST));
    assert.deepEqual(move(at(2, 2), { kind: 'last', nrows: 0 }), plain(afterLast(TOTAL)));
    assert.deepEqual(move(BEFORE_FIRST, { kind: 'last', nrows: 4 }), plain(at(2, 4)));
  });

  it('PREV: the sp_cursorfetch example (position row 4, nrows 5) adjusts to the first row, status 2', () => {
    assert.deepEqual(move(at(3, 1), { kind: 'prev', nrows: 5, adjust: true }), { buffer: at(0, 5), adjusted: true });
    // PREV_NOADJUST returns only the rows before the current one (rows 1-3)
    assert.deepEqual(move(at(3, 1), { kind: 'prev', nrows: 5, adjust: false }), plain(at(0, 3)));
    assert.deepEqual(move(at(4, 2), { kind: 'prev', nrows: 2, adjust: true }), plain(at(2, 2)));
    assert.deepEqual(move(at(0, 2), { kind: 'prev', nrows: 2, adjust: true }), plain(BEFORE_FIRST));
    assert.deepEqual(move(afterLast(TOTAL), { kind: 'prev', nrows: 2, adjust: true }), plain(at(4, 2)));
  });

  it('ABSOLUTE counts from the start, negative from the end, 0 before the first row', () => {
    assert.deepEqual(move(BEFORE_FIRST, { kind: 'absolute', rownum: 2, nrows: 1 }), plain(at(1, 1)));
    assert.deepEqual(move(BEFORE_FIRST, { kind: 'absolute', rownum: -1, nrows: 3 }), plain(at(5, 1)));
    assert.deepEqual(move(at(3, 1), { kind: 'absolute', rownum: 0, nrows: 1 }), plain(BEFORE_FIRST));
    assert.deepEqual(move(at(3, 1), { kind: 'absolute', rownum: 7, nrows: 1 }), plain(afterLast(TOTAL)));
    assert.deepEqual(move(at(3, 1), { kind: 'absolute', rownum: -7, nrows: 1 }), plain(BEFORE_FIRST));
  });

  it('RELATIVE counts from the first row of the current buffer', () => {
    assert.deepEqual(move(at(2, 3), { kind: 'relative', rownum: 2, nrows: 1 }), plain(at(4, 1)));
    assert.deepEqual(move(at(2, 3), { kind: 'relative', rownum: -2, nrows: 2 }), plain(at(0, 2)));
    assert.deepEqual(move(BEFORE_FIRST, { kind: 'relative', rownum: 3, nrows: 1 }), plain(at(2, 1)));
    assert.deepEqual(move(afterLast(TOTAL), { kind: 'relative', rownum: -1, nrows: 1 }), plain(at(5, 1)));
  });

  it('REFRESH keeps the buffer', () => {
    assert.deepEqual(move(at(2, 3), { kind: 'refresh' }), plain(at(2, 3)));
    assert.deepEqual(move(BEFORE_FIRST, { kind: 'refresh' }), plain(BEFORE_FIRST));
  });
});
