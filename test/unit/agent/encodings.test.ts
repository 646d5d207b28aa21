import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  HISTORY_MESSAGE_MAX, durationSeconds, runDate, runDuration, runTime, truncateMessage,
} from '../../../src/agent/history/encodings';

const ms = (iso: string): number => Date.parse(iso);

test('run_date and run_time are yyyymmdd and hhmmss ints of the UTC instant', () => {
  assert.equal(runDate(ms('2026-03-07T04:05:06Z')), 20260307);
  assert.equal(runTime(ms('2026-03-07T04:05:06Z')), 40506);
  assert.equal(runTime(ms('2026-03-07T00:00:00.999Z')), 0);
  assert.equal(runTime(ms('2026-12-31T23:59:59Z')), 235959);
  assert.equal(runDate(ms('2028-02-29T12:00:00Z')), 20280229);
});

test('run_duration reads like hhmmss: 1 h 2 min 3 s = 10203; hours are not capped', () => {
  assert.equal(runDuration(3723_000), 10203);
  assert.equal(runDuration(999), 0);
  assert.equal(runDuration(59_999), 59);
  assert.equal(runDuration(60_000), 100);
  assert.equal(runDuration(100 * 3600_000), 1000000);
  assert.equal(runDuration(-5), 0);
  assert.equal(durationSeconds(10203), 3723);
});

test('messages are cut to nvarchar(4000) without splitting a surrogate pair', () => {
  assert.equal(truncateMessage('short'), 'short');
  assert.equal(truncateMessage('x'.repeat(5000)).length, HISTORY_MESSAGE_MAX);
  const emoji = 'x'.repeat(3999) + '\u{1F600}' + 'tail';
  const cut = truncateMessage(emoji);
  assert.equal(cut.length, 3999);
  assert.equal(cut, 'x'.repeat(3999));
});
