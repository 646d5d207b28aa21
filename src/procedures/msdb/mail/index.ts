// Database Mail's configuration procedures (msdb sysmail_*_sp), the agent's read of them and its
// record of a sent notification.
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { sysmailAddAccountSp } from './sysmail_add_account_sp';
import { sysmailAddProfileSp } from './sysmail_add_profile_sp';
import { sysmailAddProfileaccountSp } from './sysmail_add_profileaccount_sp';
import { sysmailDeleteAccountSp } from './sysmail_delete_account_sp';
import { sysmailDeleteProfileSp } from './sysmail_delete_profile_sp';
import { sysmailHelpAccountSp } from './sysmail_help_account_sp';
import { sysmailHelpProfileSp } from './sysmail_help_profile_sp';
import { sysmailHelpProfileaccountSp } from './sysmail_help_profileaccount_sp';
import { sysmailDeleteProfileaccountSp } from './sysmail_delete_profileaccount_sp';
import { spMsxdAgentOperatorEmailed } from './sp_msxd_agent_operator_emailed';
import { spSendDbmail } from './sp_send_dbmail';
import { spMsxdDbmailMark } from './sp_msxd_dbmail_mark';
import { sysmailDeleteMailitemsSp } from './sysmail_delete_mailitems_sp';
import { sysmailDeleteLogSp } from './sysmail_delete_log_sp';
import { sysmailHelpStatusSp } from './sysmail_help_status_sp';
import { sysmailHelpQueueSp } from './sysmail_help_queue_sp';
import { sysmailStartSp, sysmailStopSp } from './sysmail_start_sp';
import { sysmailConfigureSp, sysmailHelpConfigureSp, sysmailHelpConfigureValueSp } from './sysmail_configure_sp';

export const databaseMailProcedures: readonly ProcedureDefinition[] = [
  sysmailAddAccountSp, sysmailAddProfileSp, sysmailAddProfileaccountSp, sysmailHelpAccountSp, sysmailHelpProfileSp,
  sysmailHelpProfileaccountSp, sysmailDeleteAccountSp, sysmailDeleteProfileSp, sysmailDeleteProfileaccountSp, spMsxdAgentOperatorEmailed,
  spSendDbmail, spMsxdDbmailMark, sysmailDeleteMailitemsSp, sysmailDeleteLogSp, sysmailHelpStatusSp, sysmailStartSp, sysmailStopSp,
  sysmailHelpQueueSp, sysmailConfigureSp, sysmailHelpConfigureSp, sysmailHelpConfigureValueSp,
];

export { agentMailSettingsProcedure, AGENT_MAIL_SETTINGS_PROCEDURE } from './sp_msxd_agent_mail_settings';
export { dbmailUnsentProcedure, DBMAIL_UNSENT_PROCEDURE } from './sp_msxd_dbmail_unsent';
