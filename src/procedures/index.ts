// The procedures written in TypeScript, as an explicit list (no directory scanning). server/ passes
// `systemProcedures` to createEngine({ procedures }). sp_executesql and the sp_prepare family live
// in the engine (src/engine/rpc/engine-procedures.ts) because they run T-SQL through the
// interpreter with variadic, declaration-typed parameters.
import type { ProcedureDefinition, ProcedureRegistry } from '../engine/procedure-registry';
import { createProcedureRegistry } from './registry';
import { spUpdateStats } from './sp_updatestats';
import { adminProcedures } from './admin-procedures';
import { xpCmdShell } from './xp_cmdshell';
import { xpFixedDrives } from './xp_fixeddrives';
import { xpMsVer } from './xp_msver';
import { spServerInfo } from './sp_server_info';
import { spAddRoleMember } from './sp_addrolemember';
import { spAddSrvRoleMember } from './sp_addsrvrolemember';
import { spColumns } from './sp_columns';
import { spDatabases } from './sp_databases';
import { spDropRoleMember } from './sp_droprolemember';
import { spDropSrvRoleMember } from './sp_dropsrvrolemember';
import { spHelp } from './sp_help';
import { spHelpDb } from './sp_helpdb';
import { spHelpServer } from './sp_helpserver';
import { spHelpFile } from './sp_helpfile';
import { spSpaceUsed } from './sp_spaceused';
import { spHelpIndex } from './sp_helpindex';
import { spHelpConstraint } from './sp_helpconstraint';
import { spRename } from './sp_rename';
import { spHelpText } from './sp_helptext';
import { spHelpUser } from './sp_helpuser';
import { catalogSecurityProcedures } from './catalog-security-procedures';
import { informationalProcedures } from './informational-procedures';
import { spTables } from './sp_tables';
import { spWho } from './sp_who';
import { spWho2 } from './sp_who2';
import { spPkeys } from './sp_pkeys';
import { spColumns100 } from './sp_columns_100';
import { spFkeys } from './sp_fkeys';
import { spStatistics, spStatistics100 } from './sp_statistics';
import { spSpecialColumns, spSpecialColumns100 } from './sp_special_columns';
import { spStoredProcedures } from './sp_stored_procedures';
import { spSprocColumns, spSprocColumns100 } from './sp_sproc_columns';
import { spDatatypeInfo, spDatatypeInfo100 } from './sp_datatype_info';
import { xpServiceControl } from './xp_servicecontrol';
import { spReaderrorlog, xpReaderrorlog } from './xp_readerrorlog';
import { spEnumErrorLogs } from './sp_enumerrorlogs';
import { spConfigure } from './sp_configure';
import { spAddmessage } from './sp_addmessage';
import { spAltermessage } from './sp_altermessage';
import { spDropmessage } from './sp_dropmessage';
import { spMSforeachdb } from './sp_MSforeachdb';
import { spMSforeachtable } from './sp_MSforeachtable';
import { monitoringProcedures } from './monitoring-procedures';
import { spDeleteBackupHistory } from './msdb/sp_delete_backuphistory';
import { agentJobProcedures } from './msdb/agent-jobs';
import { agentScheduleProcedures } from './msdb/agent-schedules';
import { agentAlertProcedures } from './msdb/agent-alerts';
import { agentMsxProcedures } from './msdb/agent-msx';
import { agentProxyProcedures } from './msdb/agent-proxies';
import { tsxProcedures, TSX_PROCEDURE_NAMES } from './msdb/tsx/define-tsx-procedures';
import { UNCONFIGURED_TSX_HOST, type TsxHost } from './msdb/tsx/remote-msx';
import { msxConnectionProcedure } from './msdb/sp_msxd_get_msx_connection';
import { spMsxdFetchJobDefinition } from './msdb/msx/sp_msxd_fetch_job_definition';
import { spMsxdUploadJobOutcome } from './msdb/msx/sp_msxd_upload_job_outcome';
import { spMsxdAgentTick } from './msdb/sp_msxd_agent_tick';
import { spMsxdAgentJobStarted } from './msdb/sp_msxd_agent_job_started';
import { waitingConnectionProcedures, withInstructionNotifier } from './msdb/msx/waiting-connection-procedures';
import { AGENT_MAIL_SETTINGS_PROCEDURE, agentMailSettingsProcedure, databaseMailProcedures, DBMAIL_UNSENT_PROCEDURE, dbmailUnsentProcedure } from './msdb/mail/index';

export const procedureDefinitions: readonly ProcedureDefinition[] = [spServerInfo, xpServiceControl, xpCmdShell, xpFixedDrives, xpMsVer, spUpdateStats, xpReaderrorlog, spReaderrorlog, spEnumErrorLogs,
  spHelp, spHelpText, spHelpDb, spHelpServer, spHelpFile, spSpaceUsed, spHelpIndex, spHelpConstraint, spRename, spHelpUser, spWho, spWho2, spTables, spColumns, spDatabases, spConfigure, spAddmessage, spAltermessage, spDropmessage, spMSforeachdb, spMSforeachtable,
  spColumns100, spPkeys, spFkeys, spStatistics, spStatistics100, spSpecialColumns, spSpecialColumns100, spStoredProcedures,
  spSprocColumns, spSprocColumns100, spDatatypeInfo, spDatatypeInfo100,
  spAddRoleMember, spDropRoleMember, spAddSrvRoleMember, spDropSrvRoleMember,
  ...agentJobProcedures, ...agentScheduleProcedures, ...agentAlertProcedures,
  ...agentMsxProcedures,
  ...agentProxyProcedures,
  ...tsxProcedures(UNCONFIGURED_TSX_HOST), spMsxdFetchJobDefinition, spMsxdUploadJobOutcome, spMsxdAgentTick, spMsxdAgentJobStarted, msxConnectionProcedure(UNCONFIGURED_TSX_HOST), ...waitingConnectionProcedures,
  ...databaseMailProcedures, agentMailSettingsProcedure(UNCONFIGURED_TSX_HOST), dbmailUnsentProcedure(UNCONFIGURED_TSX_HOST), spDeleteBackupHistory, ...monitoringProcedures, ...catalogSecurityProcedures, ...informationalProcedures, ...adminProcedures];

export const systemProcedures: ProcedureRegistry = createProcedureRegistry(procedureDefinitions);

export { createProcedureRegistry };

/** the system procedures with the target-side MSX procedures bound to the server's way out */
export function createSystemProcedures(tsx: TsxHost): ProcedureRegistry {
  return createProcedureRegistry(withInstructionNotifier([...procedureDefinitions.filter((d) => !TSX_PROCEDURE_NAMES.has(d.name) && d.name !== 'sp_msxd_get_msx_connection'
    && d.name !== AGENT_MAIL_SETTINGS_PROCEDURE && d.name !== DBMAIL_UNSENT_PROCEDURE), ...tsxProcedures(tsx), msxConnectionProcedure(tsx), agentMailSettingsProcedure(tsx),
    dbmailUnsentProcedure(tsx)]));
}
export type { TsxHost, MsxEndpoint, RemoteMsxConnection, RemoteCallResult, RemoteParam, RemoteMessage } from './msdb/tsx/remote-msx';
