// The agent's side of performance-condition alerts, without I/O: every `intervalMs` (SQL Server
// Agent samples its counters every 20 seconds) the alerter reads the counters and hands them here;
// each enabled alert whose counter is there and whose condition holds is an occurrence. A "/sec"
// counter (cntr_type 272696576, cumulative in sys.dm_os_performance_counters) is compared as its
// rate between this sample and the previous one, so such an alert can first fire at its second
// sample. Names match as msdb's check matches them: the object without its prefix, case and
// trailing blanks ignored (msdb's default collation).
import { comparedValue, conditionHolds, type CounterReading } from '../../codes/performance-condition';
import { runDate, runTime } from '../history/encodings';
import type { AlertDefinition, CounterSample, PerformanceEvent } from './alert-types';

export const DEFAULT_PERFORMANCE_SAMPLE_MS = 20_000;

export interface PerformanceOccurrence {
  readonly alert: AlertDefinition;
  readonly event: PerformanceEvent;
}

export class PerformanceSampler {
  private readonly readings = new Map<string, CounterReading>();
  private nextAt = 0;

  constructor(private readonly intervalMs: number = DEFAULT_PERFORMANCE_SAMPLE_MS) {}

  /** the enabled alerts with a condition the agent can evaluate */
  static watched(alerts: readonly AlertDefinition[]): AlertDefinition[] {
    return alerts.filter((a) => a.enabled && a.condition !== null);
  }

  /** a sample is due (and the next one is scheduled) */
  take(now: number): boolean {
    if (now < this.nextAt) return false;
    this.nextAt = now + this.intervalMs;
    return true;
  }

  /** nothing is watched: forget the readings (a rate starts again from two new samples) */
  reset(): void {
    this.readings.clear();
    this.nextAt = 0;
  }

  evaluate(alerts: readonly AlertDefinition[], samples: readonly CounterSample[], now: number): PerformanceOccurrence[] {
    const byKey = new Map(samples.map((s) => [key(s.objectName, s.counterName, s.instanceName), s]));
    const out: PerformanceOccurrence[] = [];
    const seen = new Map<string, CounterReading>();
    for (const alert of alerts) {
      const c = alert.condition;
      if (!alert.enabled || c === null) continue;
      const k = key(c.objectKey, c.counterName, c.instanceName);
      const sample = byKey.get(k);
      if (sample === undefined) continue;
      const current = { value: sample.value, atMs: now };
      seen.set(k, current);
      const observed = comparedValue(sample.type, this.readings.get(k), current);
      if (observed === undefined || !conditionHolds(c.comparator, observed, c.threshold)) continue;
      out.push({ alert, event: { condition: c, observed, date: runDate(now), time: runTime(now) } });
    }
    this.readings.clear();
    for (const [k, r] of seen) this.readings.set(k, r);
    return out;
  }
}

function key(object: string, counter: string, instance: string): string {
  return [object, counter, instance].map((p) => p.trimEnd().toLowerCase()).join('|');
}
