// The schedule, run-control, history, activity, Agent-settings and agent-internal procedures of
// msdb (and master's xp_instance_regread / xp_instance_regwrite), as one list for ../index.ts.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { spAddSchedule } from './sp_add_schedule';

export const agentScheduleProcedures: readonly ProcedureDefinition[] = [
  spAddSchedule,
];
