// The API cursor option words (sp_cursoropen @scrollopt / @ccopt) and how msxd settles a request.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ccoptBits, CCOPT, decodeCcopt, decodeScrollopt, FETCHTYPE, OPTYPE, reportedRowCount, SCROLLOPT, scrolloptBits, settleCursor,
} from '../../../../src/engine/rpc/cursors/cursor-options';

describe('documented values', () => {
  it('scrollopt, ccopt, fetchtype and optype bits are the sp_cursor* pages\' values', () => {
    assert.deepEqual([SCROLLOPT.KEYSET, SCROLLOPT.DYNAMIC, SCROLLOPT.FORWARD_ONLY, SCROLLOPT.STATIC, SCROLLOPT.FAST_FORWARD], [1, 2, 4, 8, 0x10]);
    assert.deepEqual([SCROLLOPT.PARAMETERIZED_STMT, SCROLLOPT.AUTO_FETCH, SCROLLOPT.AUTO_CLOSE, SCROLLOPT.CHECK_ACCEPTED_TYPES], [0x1000, 0x2000, 0x4000, 0x8000]);
    assert.deepEqual([SCROLLOPT.KEYSET_ACCEPTABLE, SCROLLOPT.FAST_FORWARD_ACCEPTABLE], [0x10000, 0x100000]);
    assert.deepEqual([CCOPT.READ_ONLY, CCOPT.SCROLL_LOCKS, CCOPT.OPTIMISTIC, CCOPT.OPTIMISTIC_VALUES, CCOPT.ALLOW_DIRECT, CCOPT.UPDT_IN_PLACE, CCOPT.CHECK_ACCEPTED_OPTS], [1, 2, 4, 8, 0x2000, 0x4000, 0x8000]);
    assert.deepEqual([FETCHTYPE.FIRST, FETCHTYPE.NEXT, FETCHTYPE.PREV, FETCHTYPE.LAST, FETCHTYPE.ABSOLUTE, FETCHTYPE.RELATIVE, FETCHTYPE.REFRESH, FETCHTYPE.INFO, FETCHTYPE.PREV_NOADJUST, FETCHTYPE.SKIP_UPDT_CNCY],
      [1, 2, 4, 8, 0x10, 0x20, 0x80, 0x100, 0x200, 0x400]);
    assert.deepEqual([OPTYPE.UPDATE, OPTYPE.DELETE, OPTYPE.INSERT, OPTYPE.REFRESH, OPTYPE.LOCK, OPTYPE.SETPOSITION, OPTYPE.ABSOLUTE], [1, 2, 4, 8, 0x10, 0x20, 0x40]);
  });
});

describe('decodeScrollopt / decodeCcopt', () => {
  it('reads the type and the flags', () => {
    // jTDS' forward-only read-only statement: FAST_FORWARD | AUTO_FETCH
    assert.deepEqual(decodeScrollopt(0x2010), { type: 'fastForward', parameterized: false, autoFetch: true, autoClose: false, acceptable: undefined });
    const p = decodeScrollopt(SCROLLOPT.STATIC | SCROLLOPT.PARAMETERIZED_STMT | SCROLLOPT.AUTO_CLOSE);
    assert.equal(p.type, 'static');
    assert.equal(p.parameterized, true);
    assert.equal(p.autoClose, true);
  });

  it('no type bit, or two, is no type', () => {
    assert.equal(decodeScrollopt(0).type, undefined);
    assert.equal(decodeScrollopt(SCROLLOPT.STATIC | SCROLLOPT.KEYSET).type, undefined);
  });

  it('CHECK_ACCEPTED_* lists the acceptable alternatives', () => {
    const s = decodeScrollopt(SCROLLOPT.DYNAMIC | SCROLLOPT.CHECK_ACCEPTED_TYPES | SCROLLOPT.STATIC_ACCEPTABLE | SCROLLOPT.KEYSET_ACCEPTABLE);
    assert.deepEqual([...(s.acceptable ?? [])].sort(), ['keyset', 'static']);
    const c = decodeCcopt(CCOPT.OPTIMISTIC | CCOPT.ALLOW_DIRECT | CCOPT.CHECK_ACCEPTED_OPTS | CCOPT.READ_ONLY_ACCEPTABLE);
    assert.equal(c.concurrency, 'optimistic');
    assert.equal(c.allowDirect, true);
    assert.deepEqual([...(c.acceptable ?? [])], ['readOnly']);
  });

  it('bits back for @scrollopt / @ccopt carry the type only', () => {
    assert.equal(scrolloptBits('fastForward'), 0x10);
    assert.equal(scrolloptBits('static'), 8);
    assert.equal(ccoptBits('optimisticValues'), 8);
  });
});

describe('settleCursor', () => {
  const settle = (scroll: number, cc: number, positionable: boolean): unknown => settleCursor(decodeScrollopt(scroll), decodeCcopt(cc), positionable);

  it('STATIC and FAST_FORWARD are read-only whatever the request', () => {
    assert.deepEqual(settle(SCROLLOPT.STATIC, CCOPT.SCROLL_LOCKS, true), { type: 'static', concurrency: 'readOnly' });
    assert.deepEqual(settle(SCROLLOPT.FAST_FORWARD, CCOPT.OPTIMISTIC, true), { type: 'fastForward', concurrency: 'readOnly' });
  });

  it('read-only KEYSET and DYNAMIC become the STATIC snapshot msxd reads', () => {
    assert.deepEqual(settle(SCROLLOPT.KEYSET, CCOPT.READ_ONLY, true), { type: 'static', concurrency: 'readOnly' });
    assert.deepEqual(settle(SCROLLOPT.DYNAMIC, CCOPT.READ_ONLY, true), { type: 'static', concurrency: 'readOnly' });
  });

  it('updatable KEYSET / DYNAMIC over one table are KEYSET; over anything else STATIC READ_ONLY', () => {
    assert.deepEqual(settle(SCROLLOPT.DYNAMIC, CCOPT.OPTIMISTIC, true), { type: 'keyset', concurrency: 'optimistic' });
    assert.deepEqual(settle(SCROLLOPT.KEYSET, CCOPT.SCROLL_LOCKS, false), { type: 'static', concurrency: 'readOnly' });
    assert.deepEqual(settle(SCROLLOPT.FORWARD_ONLY, CCOPT.SCROLL_LOCKS, true), { type: 'forwardOnly', concurrency: 'scrollLocks' });
    assert.deepEqual(settle(SCROLLOPT.FORWARD_ONLY, CCOPT.SCROLL_LOCKS, false), { type: 'static', concurrency: 'readOnly' });
  });

  it('no bits: KEYSET OPTIMISTIC (ccopt: "If a ccopt value is not specified, the default value is OPTIMISTIC")', () => {
    assert.deepEqual(settle(0, 0, true), { type: 'keyset', concurrency: 'optimistic' });
  });

  it('CHECK_ACCEPTED_TYPES: STATIC READ_ONLY when acceptable, else nothing (16955)', () => {
    assert.deepEqual(settle(SCROLLOPT.DYNAMIC | SCROLLOPT.CHECK_ACCEPTED_TYPES | SCROLLOPT.STATIC_ACCEPTABLE, CCOPT.READ_ONLY, true),
      { type: 'static', concurrency: 'readOnly' });
    assert.equal(settle(SCROLLOPT.DYNAMIC | SCROLLOPT.CHECK_ACCEPTED_TYPES | SCROLLOPT.DYNAMIC_ACCEPTABLE, CCOPT.READ_ONLY, true), undefined);
    assert.equal(settle(SCROLLOPT.STATIC, CCOPT.SCROLL_LOCKS | CCOPT.CHECK_ACCEPTED_OPTS | CCOPT.SCROLL_LOCKS_ACCEPTABLE, true), undefined);
  });

  it('@rowcount is the row count for STATIC and KEYSET, -1 for the others', () => {
    assert.equal(reportedRowCount('static', 7), 7);
    assert.equal(reportedRowCount('keyset', 7), 7);
    assert.equal(reportedRowCount('fastForward', 7), -1);
    assert.equal(reportedRowCount('forwardOnly', 7), -1);
  });
});
