// sysmail_help_status_sp (sysmail_help_status_sp (Transact-SQL)): one row, one column Status,
// 'STARTED' or 'STOPPED' (mail-status.ts). sysadmin only (229), as SQL Server's default.
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { nlit } from '../shared/index';
import { mailStatus } from './mail-status';

export const sysmailHelpStatusSp: ProcedureDefinition = {
  name: 'sysmail_help_status_sp',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [],
  async run(ctx) {
    const status = await mailStatus(ctx);
    await ctx.executeSql(`SELECT CONVERT(varchar(7), ${nlit(status)}) AS Status;`);
    return 0;
  },
};
