// sp_sqlagent_update_jobactivity_requested_date / _queued_date / _start_execution_date /
// _next_scheduled_date: the agent records each stage of a run in its session's sysjobactivity row
// (a request resets the row's later stages, as SQL Server's procedure does).
import type { ProcedureArgs, ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql } from './shared/agent-sql';
import { glit, ilit } from './shared/sql-text';
import { agentDatetime, NOW_SECONDS } from './schedule-support/agent-dates';
import { guidParam, intArg, intParam, strArg, tinyintParam } from './schedule-support/params';

const KEY = [intParam('@session_id'), guidParam('@job_id'), tinyintParam('@is_system', 0)];

function where(args: ProcedureArgs): string {
  return `WHERE session_id = ${ilit(intArg(args.value('@session_id')))} AND job_id = ${glit(strArg(args.value('@job_id')))}`;
}

function activity(name: string, extra: ReturnType<typeof intParam>[], set: (args: ProcedureArgs) => string): ProcedureDefinition {
  return {
    name,
    home: 'msdb',
    permission: 'sysadmin',
    parameters: [...KEY, ...extra],
    async run(ctx, args) {
      await execSql(ctx, `UPDATE msdb.dbo.sysjobactivity SET ${set(args)} ${where(args)};`);
    },
  };
}

export const spSqlagentUpdateJobactivityRequestedDate = activity('sp_sqlagent_update_jobactivity_requested_date',
  [tinyintParam('@run_requested_source_id')],
  (args) => `run_requested_date = ${NOW_SECONDS}, run_requested_source = CONVERT(sysname, ${ilit(intArg(args.value('@run_requested_source_id')))}),
  queued_date = NULL, start_execution_date = NULL, last_executed_step_id = NULL, last_executed_step_date = NULL,
  stop_execution_date = NULL, job_history_id = NULL, next_scheduled_run_date = NULL`);

export const spSqlagentUpdateJobactivityQueuedDate = activity('sp_sqlagent_update_jobactivity_queued_date', [],
  () => `queued_date = ${NOW_SECONDS}`);

export const spSqlagentUpdateJobactivityStartExecutionDate = activity('sp_sqlagent_update_jobactivity_start_execution_date',
  [intParam('@begin_execution_date'), intParam('@begin_execution_time')],
  (args) => `start_execution_date = ${agentDatetime(ilit(intArg(args.value('@begin_execution_date'))), ilit(intArg(args.value('@begin_execution_time'))))}`);

// Despite the parameter names, these are the next scheduled run (SQL Server's names).
export const spSqlagentUpdateJobactivityNextScheduledDate = activity('sp_sqlagent_update_jobactivity_next_scheduled_date',
  [intParam('@last_run_date', null), intParam('@last_run_time', null)],
  (args) => `next_scheduled_run_date = ${agentDatetime(ilit(intArg(args.value('@last_run_date'))), ilit(intArg(args.value('@last_run_time'))))}`);
