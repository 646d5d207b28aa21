// The agent's table of (job, schedule) pairs and when each is next due. Pure bookkeeping over
// next-run.ts: the loop asks what is due, fires it, and advances it from "now", so runs missed
// while the loop was busy or the node was down are skipped, never replayed.
import type { AgentJob } from './node-api';
import type { JobDefinition } from './runner/job-definition';
import { FREQ_TYPE } from '../codes/schedule-codes';
import type { ScheduleDefinition } from './schedule/schedule-definition';
import { nextRunAfter, nextRunInts, nextRunOnOrAfter } from './schedule/next-run';
import { civilFromEpochMs, civilToEpochMs } from './schedule/civil-time';

export interface BookEntry {
  readonly key: string;
  readonly job: JobDefinition;
  readonly schedule: ScheduleDefinition;
  /** Epoch ms of the next run; null for event schedules (64, 128) and finished ones. */
  dueMs: number | null;
}

export interface NextRunChange {
  readonly jobId: string;
  readonly scheduleId: number;
  readonly nextRunDate: number;
  readonly nextRunTime: number;
}

export class ScheduleBook {
  private entries = new Map<string, BookEntry>();

  /** Replaces the book with `jobs`; unchanged schedules keep their due time. */
  load(jobs: readonly AgentJob[], nowMs: number): NextRunChange[] {
    const next = new Map<string, BookEntry>();
    const changes: NextRunChange[] = [];
    for (const { job, schedules } of jobs) {
      for (const schedule of schedules) {
        const key = `${job.jobId}/${schedule.scheduleId}`;
        const old = this.entries.get(key);
        const same = old !== undefined && sameSchedule(old.schedule, schedule) && old.job.enabled === job.enabled;
        const dueMs = same ? old.dueMs : firstDue(job, schedule, nowMs);
        next.set(key, { key, job, schedule, dueMs });
        if (!same) changes.push(change(job.jobId, schedule.scheduleId, dueMs));
      }
    }
    this.entries = next;
    return changes;
  }

  /** Timed entries due at or before `nowMs`, earliest first. */
  due(nowMs: number): BookEntry[] {
    return [...this.entries.values()]
      .filter((e) => e.dueMs !== null && e.dueMs <= nowMs)
      .sort((a, b) => (a.dueMs ?? 0) - (b.dueMs ?? 0));
  }

  /** Moves a fired entry to its first run after both its due time and now. */
  advance(entry: BookEntry, nowMs: number): NextRunChange {
    const from = Math.max(entry.dueMs ?? nowMs, nowMs);
    const next = nextRunAfter(entry.schedule, civilFromEpochMs(from));
    entry.dueMs = next === null ? null : civilToEpochMs(next);
    return change(entry.job.jobId, entry.schedule.scheduleId, entry.dueMs);
  }

  nextDueMs(): number | null {
    let min: number | null = null;
    for (const e of this.entries.values()) if (e.dueMs !== null && (min === null || e.dueMs < min)) min = e.dueMs;
    return min;
  }

  /** Enabled entries of an event schedule type (64 agent start, 128 idle) of enabled jobs. */
  withFreqType(freqType: number): BookEntry[] {
    return [...this.entries.values()].filter((e) => e.schedule.freqType === freqType && e.schedule.enabled && e.job.enabled);
  }

  get size(): number {
    return this.entries.size;
  }
}

function firstDue(job: JobDefinition, s: ScheduleDefinition, nowMs: number): number | null {
  if (!job.enabled || s.freqType === FREQ_TYPE.AGENT_START || s.freqType === FREQ_TYPE.IDLE) return null;
  // A run due in the current second counts as still ahead; earlier ones are history.
  const at = nextRunOnOrAfter(s, civilFromEpochMs(Math.floor(nowMs / 1000) * 1000));
  return at === null ? null : civilToEpochMs(at);
}

function change(jobId: string, scheduleId: number, dueMs: number | null): NextRunChange {
  return { jobId, scheduleId, ...nextRunInts(dueMs === null ? null : civilFromEpochMs(dueMs)) };
}

function sameSchedule(a: ScheduleDefinition, b: ScheduleDefinition): boolean {
  return a.enabled === b.enabled && a.freqType === b.freqType && a.freqInterval === b.freqInterval
    && a.freqSubdayType === b.freqSubdayType && a.freqSubdayInterval === b.freqSubdayInterval
    && a.freqRelativeInterval === b.freqRelativeInterval && a.freqRecurrenceFactor === b.freqRecurrenceFactor
    && a.activeStartDate === b.activeStartDate && a.activeEndDate === b.activeEndDate
    && a.activeStartTime === b.activeStartTime && a.activeEndTime === b.activeEndTime;
}
