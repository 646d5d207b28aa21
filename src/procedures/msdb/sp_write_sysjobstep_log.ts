// sp_write_sysjobstep_log: SQL Server's internal procedure through which its agent keeps a
// step's output in sysjobstepslogs (steps with flags 8 "log to table" / 16 "append to table",
// sp_add_jobstep (Transact-SQL)). @append_to_last = 0 (or no log yet): the step's earlier log is
// deleted and a new row written; otherwise the text is appended to the newest row and
// date_modified moves. log_size is DATALENGTH (bytes), as SQL Server's. Not granted: sysadmin.
// msxd: a step deleted while it ran (no step_uid) writes nothing instead of failing with 515.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { typed } from '../../types/typed-value';
import { INT, UNIQUEIDENTIFIER, nvarchar } from './job-support/param-types';
import { execSql, sqlParams } from './shared/agent-sql';

const WRITE_LOG = `DECLARE @step_uid uniqueidentifier = (SELECT step_uid FROM msdb.dbo.sysjobsteps WHERE job_id = @job_id AND step_id = @step_id);
IF @step_uid IS NOT NULL
BEGIN
  IF @append_to_last = 0 OR NOT EXISTS (SELECT * FROM msdb.dbo.sysjobstepslogs WHERE step_uid = @step_uid)
  BEGIN
    DELETE FROM msdb.dbo.sysjobstepslogs WHERE step_uid = @step_uid;
    INSERT INTO msdb.dbo.sysjobstepslogs (log, log_size, step_uid) VALUES (@log_text, DATALENGTH(@log_text), @step_uid);
  END
  ELSE
  BEGIN
    DECLARE @log_id int = (SELECT TOP 1 log_id FROM msdb.dbo.sysjobstepslogs WHERE step_uid = @step_uid ORDER BY log_id DESC);
    UPDATE msdb.dbo.sysjobstepslogs
    SET log = log + @log_text, log_size = DATALENGTH(log) + DATALENGTH(@log_text), date_modified = GETDATE()
    WHERE log_id = @log_id;
  END
END`;

export const spWriteSysjobstepLog: ProcedureDefinition = {
  name: 'sp_write_sysjobstep_log',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@job_id', type: UNIQUEIDENTIFIER },
    { name: '@step_id', type: INT },
    { name: '@log_text', type: nvarchar('max') },
    { name: '@append_to_last', type: INT, default: 0 },
  ],
  async run(ctx, args) {
    const ok = await execSql(ctx, WRITE_LOG, true, sqlParams({
      '@job_id': typed(UNIQUEIDENTIFIER, args.value('@job_id')),
      '@step_id': typed(INT, args.value('@step_id')),
      '@log_text': typed(nvarchar('max'), args.value('@log_text')),
      '@append_to_last': typed(INT, args.value('@append_to_last') ?? 0),
    }));
    return ok ? 0 : 1;
  },
};
