// Parameter lists as SQL Server declares them (name, type, default, OUTPUT), so that named and
// positional calls written for SQL Server bind the same way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agentScheduleProcedures } from '../../../../src/procedures/msdb/agent-schedules';
import { typeDisplay } from '../../../../src/types/type-names';

const SIGNATURES: Record<string, string> = {
  sp_add_schedule: '@schedule_name nvarchar(128), @enabled tinyint = 1, @freq_type int = 0, @freq_interval int = 0, @freq_subday_type int = 0, @freq_subday_interval int = 0, @freq_relative_interval int = 0, @freq_recurrence_factor int = 0, @active_start_date int = NULL, @active_end_date int = 99991231, @active_start_time int = 0, @active_end_time int = 235959, @owner_login_name nvarchar(128) = NULL, @schedule_uid uniqueidentifier = NULL OUTPUT, @schedule_id int = NULL OUTPUT, @originating_server nvarchar(128) = NULL',
  sp_update_schedule: '@schedule_id int = NULL, @name nvarchar(128) = NULL, @new_name nvarchar(128) = NULL, @enabled tinyint = NULL, @freq_type int = NULL, @freq_interval int = NULL, @freq_subday_type int = NULL, @freq_subday_interval int = NULL, @freq_relative_interval int = NULL, @freq_recurrence_factor int = NULL, @active_start_date int = NULL, @active_end_date int = NULL, @active_start_time int = NULL, @active_end_time int = NULL, @owner_login_name nvarchar(128) = NULL, @automatic_post bit = true',
  sp_delete_schedule: '@schedule_id int = NULL, @schedule_name nvarchar(128) = NULL, @force_delete bit = false, @automatic_post bit = true',
  sp_attach_schedule: '@job_id uniqueidentifier = NULL, @job_name nvarchar(128) = NULL, @schedule_id int = NULL, @schedule_name nvarchar(128) = NULL, @automatic_post bit = true',
  sp_detach_schedule: '@job_id uniqueidentifier = NULL, @job_name nvarchar(128) = NULL, @schedule_id int = NULL, @schedule_name nvarchar(128) = NULL, @delete_unused_schedule bit = false, @automatic_post bit = true',
  sp_add_jobschedule: '@job_id uniqueidentifier = NULL, @job_name nvarchar(128) = NULL, @name nvarchar(128), @enabled tinyint = 1, @freq_type int = 1, @freq_interval int = 0, @freq_subday_type int = 0, @freq_subday_interval int = 0, @freq_relative_interval int = 0, @freq_recurrence_factor int = 0, @active_start_date int = NULL, @active_end_date int = 99991231, @active_start_time int = 0, @active_end_time int = 235959, @schedule_id int = NULL OUTPUT, @automatic_post bit = true, @schedule_uid uniqueidentifier = NULL OUTPUT',
  sp_delete_jobschedule: '@job_id uniqueidentifier = NULL, @job_name nvarchar(128) = NULL, @name nvarchar(128), @keep_schedule int = 0, @automatic_post bit = true',
  sp_help_schedule: '@schedule_id int = NULL, @schedule_name nvarchar(128) = NULL, @attached_schedules_only bit = false, @include_description bit = false',
  sp_help_jobschedule: '@job_id uniqueidentifier = NULL, @job_name nvarchar(128) = NULL, @schedule_name nvarchar(128) = NULL, @schedule_id int = NULL, @include_description bit = false',
  sp_start_job: '@job_name nvarchar(128) = NULL, @job_id uniqueidentifier = NULL, @error_flag int = 1, @server_name nvarchar(128) = NULL, @step_name nvarchar(128) = NULL, @output_flag int = 1',
  sp_stop_job: '@job_name nvarchar(128) = NULL, @job_id uniqueidentifier = NULL, @originating_server nvarchar(128) = NULL, @server_name nvarchar(128) = NULL',
  sp_purge_jobhistory: '@job_name nvarchar(128) = NULL, @job_id uniqueidentifier = NULL, @oldest_date datetime = NULL',
  sp_help_jobactivity: '@job_id uniqueidentifier = NULL, @job_name nvarchar(128) = NULL, @session_id int = NULL',
};

function signature(name: string): string {
  const def = agentScheduleProcedures.find((d) => d.name === name);
  assert.ok(def, name);
  return def.parameters.map((p) => {
    const dflt = !('default' in p) ? '' : ` = ${p.default === null ? 'NULL' : String(p.default)}`;
    return `${p.name} ${typeDisplay(p.type)}${dflt}${p.output ? ' OUTPUT' : ''}`;
  }).join(', ');
}

test('parameters as SQL Server declares them', () => {
  for (const [name, expected] of Object.entries(SIGNATURES)) assert.equal(signature(name), expected, name);
});

test('homes: msdb, and the registry readers in master (resolved as master.dbo / master.sys)', () => {
  for (const d of agentScheduleProcedures) assert.equal(d.home, d.name.startsWith('xp_') ? 'system' : 'msdb', d.name);
});
