// The alert and notification procedures of msdb, and the two the node's agent calls to fire
// alerts, as one list for ../index.ts.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { spAddAlert } from './sp_add_alert';
import { spUpdateAlert } from './sp_update_alert';
import { spDeleteAlert } from './sp_delete_alert';
import { spHelpAlert } from './sp_help_alert';
import { spAddNotification } from './sp_add_notification';
import { spUpdateNotification } from './sp_update_notification';
import { spDeleteNotification } from './sp_delete_notification';
import { spHelpNotification } from './sp_help_notification';
import { spMsxdAgentLoggedErrors } from './sp_msxd_agent_logged_errors';
import { spMsxdAgentLogEvent } from './sp_msxd_agent_log_event';
import { spMsxdAgentAlertFired } from './sp_msxd_agent_alert_fired';

export const agentAlertProcedures: readonly ProcedureDefinition[] = [
  spAddAlert, spUpdateAlert, spDeleteAlert, spHelpAlert,
  spAddNotification, spUpdateNotification, spDeleteNotification, spHelpNotification,
  spMsxdAgentLoggedErrors, spMsxdAgentLogEvent, spMsxdAgentAlertFired,
];
