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
import { spHelpJobCount } from './sp_help_jobcount';
import { spHelpJobsInSchedule } from './sp_help_jobs_in_schedule';
import { spUpdateJobSchedule } from './sp_update_jobschedule';
import { spUpdateSchedule } from './sp_update_schedule';
import { spStartJob } from './sp_start_job';
import { spEnumSqlagentSubsystems } from './sp_enum_sqlagent_subsystems';
import { spGetSqlagentProperties } from './sp_get_sqlagent_properties';
import { spHelpJobActivity } from './sp_help_jobactivity';
import { spHelpJobHistory } from './sp_help_jobhistory';
import { spPurgeJobHistory } from './sp_purge_jobhistory';
import { spSetSqlagentProperties } from './sp_set_sqlagent_properties';
import { xpInstanceRegread } from './xp_instance_regread';
import { xpInstanceRegwrite } from './xp_instance_regwrite';
import { xpSqlagentEnumJobs } from './xp_sqlagent_enum_jobs';
import { spStopJob } from './sp_stop_job';
import { spSqlagentCreateJobactivity } from './sp_sqlagent_create_jobactivity';
import { spSqlagentFetchNotifications } from './sp_sqlagent_fetch_notifications';
import { spSqlagentGetStartupInfo } from './sp_sqlagent_get_startup_info';
import { spSqlagentHasServerAccess } from './sp_sqlagent_has_server_access';
import { spSqlagentLogJobhistory } from './sp_sqlagent_log_jobhistory';
import { spSqlagentNotify } from './sp_sqlagent_notify';
import { spSqlagentRefreshJob } from './sp_sqlagent_refresh_job';
import { spSqlagentSetJobCompletionState } from './sp_sqlagent_set_job_completion_state';
import { spSqlagentSetJobscheduleNextRun } from './sp_sqlagent_set_jobschedule_next_run';
import { spSqlagentSetJobstepCompletionState } from './sp_sqlagent_set_jobstep_completion_state';
import { spSqlagentStartSession } from './sp_sqlagent_start_session';
import {
  spSqlagentUpdateJobactivityNextScheduledDate, spSqlagentUpdateJobactivityQueuedDate,
  spSqlagentUpdateJobactivityRequestedDate, spSqlagentUpdateJobactivityStartExecutionDate,
} from './sp_sqlagent_update_jobactivity';

export const agentScheduleProcedures: readonly ProcedureDefinition[] = [
  spAddSchedule, spUpdateSchedule, spDeleteSchedule, spAttachSchedule, spDetachSchedule,
  spAddJobSchedule, spUpdateJobSchedule, spDeleteJobSchedule, spHelpSchedule, spHelpJobSchedule,
  spHelpJobCount, spHelpJobsInSchedule,
  spStartJob, spStopJob, spSqlagentNotify, spHelpJobHistory, spPurgeJobHistory, spHelpJobActivity,
  spGetSqlagentProperties, spSetSqlagentProperties, xpInstanceRegread, xpInstanceRegwrite, xpSqlagentEnumJobs, spEnumSqlagentSubsystems,
  spSqlagentGetStartupInfo, spSqlagentStartSession, spSqlagentCreateJobactivity, spSqlagentRefreshJob,
  spSqlagentHasServerAccess, spSqlagentFetchNotifications, spSqlagentUpdateJobactivityRequestedDate,
  spSqlagentUpdateJobactivityQueuedDate, spSqlagentUpdateJobactivityStartExecutionDate,
  spSqlagentUpdateJobactivityNextScheduledDate, spSqlagentSetJobscheduleNextRun, spSqlagentLogJobhistory,
  spSqlagentSetJobstepCompletionState, spSqlagentSetJobCompletionState,
];
