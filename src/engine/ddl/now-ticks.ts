// create_date/modify_date of catalogue rows: the store's datetime encoding (100 ns ticks since
// 0001-01-01, local wall clock like GETDATE()), from the engine's clock so tests can pin it.
import { TICKS_PER_DAY } from '../../types/values';
import type { Scope } from '../interpreter/scope';

const DAYS_0001_TO_1970 = 719162;

export function nowTicks(scope: Scope): bigint {
  const now = scope.engine.now();
  const days = Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000) + DAYS_0001_TO_1970;
  const ms = ((now.getHours() * 60 + now.getMinutes()) * 60 + now.getSeconds()) * 1000 + now.getMilliseconds();
  return BigInt(days) * BigInt(TICKS_PER_DAY) + BigInt(ms) * 10_000n;
}
