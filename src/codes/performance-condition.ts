// A SQL Server Agent performance condition, `object|counter|instance|comparator|value`
// (sp_add_alert (Transact-SQL) @performance_condition; e.g.
// `SQLServer:General Statistics|User Connections||>|5`). Shared by msdb's check of a new alert
// (sp_verify_performance_condition) and the agent that samples the counters. Pure: no I/O.
//
// The object part may carry the counter set's prefix (`SQLServer:` on a default instance,
// `MSSQL$<instance>:` on a named one): msdb compares only what follows the first ':' (its view
// sysalerts_performance_counters_view strips the prefix), so the agent does too.

export const PERFORMANCE_COMPARATORS = ['>', '<', '='] as const;
export type PerformanceComparator = (typeof PERFORMANCE_COMPARATORS)[number];

/** sys.dm_os_performance_counters.cntr_type values the alerter knows */
export const PERF_COUNTER_TYPE = {
  /** PERF_COUNTER_LARGE_RAWCOUNT: the value now */
  RAW: 65792,
  /** PERF_COUNTER_BULK_COUNT: cumulative since start; the counter's meaning is its per-second rate */
  BULK_COUNT: 272696576,
} as const;

/** the five parts split at '|', before any check of their content */
export interface ConditionParts {
  /** the object as written, prefix included */
  readonly objectName: string;
  /** what follows the first ':' of the object (the whole object without one) */
  readonly objectKey: string;
  readonly counterName: string;
  readonly instanceName: string;
  readonly comparator: string;
  readonly value: string;
}

export interface PerformanceCondition {
  /** the object as written, prefix included */
  readonly objectName: string;
  /** what follows the first ':' of the object (the whole object without one) */
  readonly objectKey: string;
  readonly counterName: string;
  /** '' for a counter without instances */
  readonly instanceName: string;
  readonly comparator: PerformanceComparator;
  readonly threshold: number;
}

const DIGITS = /^[0-9]$/;

/**
 * msdb's first test of a condition: PATINDEX(N'%_|%_|%|[><=]|[0-9]%', @condition) <> 0, i.e.
 * somewhere a one-character comparator stands between two '|', the value after it starts with a
 * digit, and before it come two more '|' each with at least one character in front of it.
 */
export function hasConditionShape(text: string): boolean {
  for (let i = 1; i + 2 < text.length; i++) {
    if (!isComparator(text[i]!) || text[i - 1] !== '|' || text[i + 1] !== '|' || !DIGITS.test(text[i + 2]!)) continue;
    if (twoBarsBefore(text.slice(0, i - 1))) return true;
  }
  return false;
}

/** '%_|%_|%': a '|' after at least one character, then another after at least one more */
function twoBarsBefore(prefix: string): boolean {
  const first = prefix.indexOf('|', 1);
  return first >= 0 && prefix.indexOf('|', first + 2) >= 0;
}

/**
 * The parts as msdb splits them: after the object's prefix (up to the first ':'), at every '|';
 * null unless there are exactly four of them.
 */
export function splitCondition(text: string): ConditionParts | null {
  const prefix = text.slice(0, text.indexOf(':') + 1);
  const parts = text.slice(prefix.length).split('|');
  if (parts.length !== 5) return null;
  const [objectKey, counterName, instanceName, comparator, value] = parts as [string, string, string, string, string];
  return { objectName: `${prefix}${objectKey}`, objectKey, counterName, instanceName, comparator, value };
}

/**
 * The condition the agent evaluates, or null for one it cannot (msdb refuses those already; a
 * condition stored before that check could still be one). The value is read as C's atof reads
 * it: the longest leading number ("5 users" is 5), as msdb accepts anything after its first digit.
 */
export function parseCondition(text: string): PerformanceCondition | null {
  if (!hasConditionShape(text)) return null;
  const parts = splitCondition(text);
  if (parts === null || !isComparator(parts.comparator)) return null;
  const threshold = Number.parseFloat(parts.value.trim());
  if (!Number.isFinite(threshold)) return null;
  return {
    objectName: parts.objectName, objectKey: parts.objectKey, counterName: parts.counterName, instanceName: parts.instanceName, comparator: parts.comparator, threshold,
  };
}

export function isComparator(text: string): text is PerformanceComparator {
  return (PERFORMANCE_COMPARATORS as readonly string[]).includes(text);
}

/** the alert's test: the counter's value is above / below / equal to the threshold */
export function conditionHolds(comparator: PerformanceComparator, observed: number, threshold: number): boolean {
  switch (comparator) {
    case '>': return observed > threshold;
    case '<': return observed < threshold;
    case '=': return observed === threshold;
    default: {
      const unreachable: never = comparator;
      throw new Error(`unknown comparator ${String(unreachable)}`);
    }
  }
}

/** one reading of a counter: its raw cntr_value and when the agent read it */
export interface CounterReading {
  readonly value: number;
  readonly atMs: number;
}

/**
 * The value an alert compares: the raw value for a raw count; for a bulk count (a "/sec" counter,
 * cumulative in cntr_value) the rate between two readings, per second — undefined until there are
 * two, or when no time passed. A counter that went backwards (the node restarted) gives no rate.
 */
export function comparedValue(type: number, previous: CounterReading | undefined, current: CounterReading): number | undefined {
  if (type !== PERF_COUNTER_TYPE.BULK_COUNT) return current.value;
  if (previous === undefined || current.atMs <= previous.atMs || current.value < previous.value) return undefined;
  return (current.value - previous.value) / ((current.atMs - previous.atMs) / 1000);
}
