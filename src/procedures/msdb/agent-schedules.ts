// The schedule, run-control, history, activity, Agent-settings and agent-internal procedures of
// msdb (and master's xp_instance_regread / xp_instance_regwrite), as one list for ../index.ts.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { spAddJobSchedule } from './sp_add_jobschedule';
import { spAddSchedule } from './sp_add_schedule';
import { spAttachSchedule } from './sp_attach_schedule';
import { spDeleteJobSchedule } from './sp_delete_jobschedule';
import { spDeleteSchedule } from './sp_delete_schedule';
import { spDetachSchedule } from './sp_detach_schedule';
import { spHelpJobSchedule } from './sp_help_jobschedule';
import { spHelpSchedule } from './sp_help_schedule';
import { spUpdateJobSchedule } from './sp_update_jobschedule';
import { spUpdateSchedule } from './sp_update_schedule';

export const agentScheduleProcedures: readonly ProcedureDefinition[] = [
  spAddSchedule, spUpdateSchedule, spDeleteSchedule, spAttachSchedule, spDetachSchedule,
  spAddJobSchedule, spUpdateJobSchedule, spDeleteJobSchedule, spHelpSchedule, spHelpJobSchedule,
];
