// sp_delete_backuphistory @oldest_date: deletes the backup history of sets that finished before
// @oldest_date (their backupfile and restorehistory rows with them), then the media sets and
// families no remaining set refers to; one transaction. sysadmin only (SQL Server: sysadmin, or
// a grant msxd does not make).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-delete-backuphistory-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { typed } from '../../types/typed-value';
import { DATETIME } from './job-support/param-types';
import { execSql } from './shared/index';
import { sqlParams } from './shared/agent-sql';

const OLDER = 'SELECT backup_set_id FROM msdb.dbo.backupset WHERE backup_finish_date < @oldest_date';

export const spDeleteBackupHistory: ProcedureDefinition = {
  name: 'sp_delete_backuphistory',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [{ name: '@oldest_date', type: DATETIME }],
  async run(ctx, args) {
    const ok = await execSql(ctx, [
      `DELETE FROM msdb.dbo.restorehistory WHERE backup_set_id IN (${OLDER});`,
      `DELETE FROM msdb.dbo.backupfile WHERE backup_set_id IN (${OLDER});`,
      'DELETE FROM msdb.dbo.backupset WHERE backup_finish_date < @oldest_date;',
      'DELETE FROM msdb.dbo.backupmediafamily WHERE media_set_id NOT IN (SELECT media_set_id FROM msdb.dbo.backupset);',
      'DELETE FROM msdb.dbo.backupmediaset WHERE media_set_id NOT IN (SELECT media_set_id FROM msdb.dbo.backupset);',
    ], true, sqlParams({ '@oldest_date': typed(DATETIME, args.value('@oldest_date')) }));
    return ok ? 0 : 1;
  },
};
