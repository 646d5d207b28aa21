import { TICKS_PER_DAY } from '../types/values';

// Dates in the store's own tables use the datetime storage encoding: 100 ns ticks since
// 0001-01-01 00:00 (days × TICKS_PER_DAY + ticks), local wall clock as SQL Server's GETDATE().
const DAYS_0001_TO_1970 = 719162;

export function localNowTicks(now: Date = new Date()): bigint {
  const days = Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000) + DAYS_0001_TO_1970;
  const ms = ((now.getHours() * 60 + now.getMinutes()) * 60 + now.getSeconds()) * 1000 + now.getMilliseconds();
  return BigInt(days) * BigInt(TICKS_PER_DAY) + BigInt(ms) * 10_000n;
}
