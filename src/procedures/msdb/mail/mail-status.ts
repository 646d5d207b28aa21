// Database Mail's started/stopped state. SQL Server keeps it as the state of msdb's Service Broker
// queues (ExternalMailQueue enabled = STARTED, sysmail_help_status_sp); msxd has no Service Broker,
// so the state is a value of the node's registry table (msdb.dbo.msxd_agent_settings, the store of
// xp_instance_regread / xp_instance_regwrite) under an msxd key. Absent = STARTED: a fresh msdb
// sends mail, as SQL Server's does once Database Mail is configured.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { readSetting, writeSetting } from '../schedule-support/agent-settings';

const STATUS_KEY = 'SOFTWARE\\Microsoft\\MSSQLServer\\msxd\\DatabaseMail';
const STATUS_VALUE = 'Status';

export const MAIL_STATUS = { started: 'STARTED', stopped: 'STOPPED' } as const;
export type MailStatus = (typeof MAIL_STATUS)[keyof typeof MAIL_STATUS];

export async function mailStatus(ctx: ProcedureContext): Promise<MailStatus> {
  const v = await readSetting(ctx, STATUS_KEY, STATUS_VALUE);
  return v?.type === 'REG_SZ' && v.value.toUpperCase() === MAIL_STATUS.stopped ? MAIL_STATUS.stopped : MAIL_STATUS.started;
}

export async function setMailStatus(ctx: ProcedureContext, status: MailStatus): Promise<void> {
  await writeSetting(ctx, STATUS_KEY, STATUS_VALUE, { type: 'REG_SZ', value: status });
}
