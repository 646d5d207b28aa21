// WAITFOR DELAY 'hh:mm[:ss[.fff]]' / WAITFOR TIME 'hh:mm[:ss[.fff]]' ("WAITFOR (Transact-SQL)").
// The wait is a timer, never a busy loop, and ATTENTION ends it at once (the batch stops, as in
// SQL Server). A string that is not a time of day is 148; a datetime value counts by its time part.
import { sqlError } from '../../errors/catalog';
import type { WaitforStatement } from '../../tsql/ast';
import { isCharacter } from '../../types/categories';
import { SqlDateTime } from '../../types/values';
import { evaluate } from '../expressions/evaluate';
import { unwrapVariant } from '../expressions/variant';
import type { Scope } from '../interpreter/scope';
import { BatchAbortSignal } from '../interpreter/signals';

const TICKS_PER_MS = 10_000;
const MS_PER_DAY = 86_400_000;

/** 'hh:mm[:ss[.fff]]' -> milliseconds since midnight; undefined when not a time of day. */
export function parseWaitTime(text: string): number | undefined {
  const m = /^\s*(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,3}))?)?\s*$/.exec(text);
  if (!m) return undefined;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? '0')];
  if (h > 23 || min > 59 || s > 59) return undefined;
  const ms = Number((m[4] ?? '0').padEnd(3, '0'));
  return ((h * 60 + min) * 60 + s) * 1000 + ms;
}

function timeOfDay(stmt: WaitforStatement, scope: Scope): number | null {
  const v = unwrapVariant(evaluate(stmt.value, { scope }));
  if (v.value === null) return null;
  if (v.value instanceof SqlDateTime) return Math.floor(v.value.ticks / TICKS_PER_MS);
  if (v.type.kind === 'time') return Math.floor(Number(v.value) / TICKS_PER_MS);
  if (!isCharacter(v.type)) throw sqlError(148, String(v.value));
  const text = String(v.value);
  const ms = parseWaitTime(text);
  if (ms === undefined) throw sqlError(148, text);
  return ms;
}

/** Milliseconds from `now` to the next time the local clock shows `ms` after midnight. */
export function msUntil(ms: number, now: Date): number {
  const local = ((now.getHours() * 60 + now.getMinutes()) * 60 + now.getSeconds()) * 1000 + now.getMilliseconds();
  const wait = ms - local;
  return wait >= 0 ? wait : wait + MS_PER_DAY;
}

export async function executeWaitfor(stmt: WaitforStatement, scope: Scope): Promise<void> {
  const ms = timeOfDay(stmt, scope);
  if (ms === null) return;
  const wait = stmt.mode === 'delay' ? ms : msUntil(ms, new Date());
  const counters = scope.engine.counters;
  counters.waitStarted('WAITFOR');
  const started = Date.now();
  const activity = scope.session.activity;
  activity.waitforSince = new Date(started);
  try {
    await sleep(wait, scope.run.signal);
  } finally {
    activity.waitforSince = undefined;
  }
  counters.waitEnded('WAITFOR', Date.now() - started);
  if (scope.run.signal.aborted) throw new BatchAbortSignal('attention');
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
