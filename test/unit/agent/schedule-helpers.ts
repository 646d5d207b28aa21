import { LocalDate } from '@js-joda/core';
import { scheduleDefaults, type ScheduleDefinition } from '../../../src/agent/schedule/schedule-definition';
import type { CivilInstant } from '../../../src/agent/schedule/civil-time';

export function sched(p: Partial<ScheduleDefinition> & { freqType: number }): ScheduleDefinition {
  return { scheduleId: 1, name: 's', ...scheduleDefaults(), ...p };
}

/** '2026-01-31 10:00:00' -> civil instant */
export function at(text: string): CivilInstant {
  const [d, t = '00:00:00'] = text.split(' ');
  const [h, m, s] = t.split(':').map(Number);
  return { date: LocalDate.parse(d!), seconds: h! * 3600 + m! * 60 + (s ?? 0) };
}

export function fmt(i: CivilInstant | null): string | null {
  if (i === null) return null;
  const h = Math.floor(i.seconds / 3600);
  const m = Math.floor(i.seconds / 60) % 60;
  const s = i.seconds % 60;
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${i.date.toString()} ${p(h)}:${p(m)}:${p(s)}`;
}
