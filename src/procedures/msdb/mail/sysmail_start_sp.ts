// sysmail_start_sp / sysmail_stop_sp (sysmail_start_sp (Transact-SQL), sysmail_stop_sp
// (Transact-SQL)): start or stop Database Mail. Stopped, the queue keeps accepting mail
// (sp_send_dbmail still queues) but the node's agent sends nothing: sp_msxd_dbmail_unsent returns
// no items; after sysmail_start_sp the waiting items go out (the agent is woken at once through
// msxd_agent_notifications, as by sp_send_dbmail). Each logs its informational sysmail_log row
// (14639 / 14640, as SQL Server's bodies through sysmail_logmailevent_sp). sysadmin only (229),
// no result, return 0.
import type { ProcedureContext, ProcedureDefinition } from '../../../engine/procedure-registry';
import { sqlError } from '../../../errors/catalog';
import { execSql, nlit } from '../shared/index';
import { MAIL_EVENT_TYPE } from './sp_msxd_dbmail_mark';
import { MAIL_STATUS, setMailStatus } from './mail-status';
import { wakeMailAgent } from './wake-mail-agent';

async function logEvent(ctx: ProcedureContext, message: number): Promise<void> {
  const text = sqlError(message, ctx.loginName).message;
  await execSql(ctx, `INSERT INTO msdb.dbo.sysmail_log (event_type, description, process_id) VALUES (${MAIL_EVENT_TYPE.information}, ${nlit(text)}, @@SPID);`);
}

async function start(ctx: ProcedureContext): Promise<number> {
  await setMailStatus(ctx, MAIL_STATUS.started);
  await logEvent(ctx, 14639);
  await wakeMailAgent(ctx);
  return 0;
}

export const sysmailStartSp: ProcedureDefinition = {
  name: 'sysmail_start_sp',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [],
  run: start,
};

export const sysmailStopSp: ProcedureDefinition = {
  name: 'sysmail_stop_sp',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [],
  async run(ctx) {
    await setMailStatus(ctx, MAIL_STATUS.stopped);
    await logEvent(ctx, 14640);
    return 0;
  },
};
