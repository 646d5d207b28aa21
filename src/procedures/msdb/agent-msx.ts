// The multiserver procedures of the MSX side: target servers and their groups, the download list
// (sp_post_msx_operation), job-to-target assignment, and what target agents call here.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { spAddTargetServerGroup } from './sp_add_targetservergroup';
import { spAddTargetSvrGrpMember } from './sp_add_targetsvrgrp_member';
import { spApplyJobToTargets } from './sp_apply_job_to_targets';
import { spDeleteTargetServer } from './sp_delete_targetserver';
import { spDeleteTargetServerGroup } from './sp_delete_targetservergroup';
import { spDeleteTargetSvrGrpMember } from './sp_delete_targetsvrgrp_member';
import { spDownloadedRowLimiter } from './sp_downloaded_row_limiter';
import { spEnlistTsx } from './sp_enlist_tsx';
import { spHelpDownloadList } from './sp_help_downloadlist';
import { spHelpTargetServer } from './sp_help_targetserver';
import { spHelpTargetServerGroup } from './sp_help_targetservergroup';
import { spMsxdFetchDownloadInstructions } from './sp_msxd_fetch_download_instructions';
import { spMsxdMarkDownloadInstruction } from './sp_msxd_mark_download_instruction';
import { spMultiServerJobSummary } from './sp_multi_server_job_summary';
import { spPostMsxOperation } from './sp_post_msx_operation';
import { spRemoveJobFromTargets } from './sp_remove_job_from_targets';
import { spResyncTargetServer } from './sp_resync_targetserver';
import { spSqlAgentCheckMsxVersion } from './sp_sqlagent_check_msx_version';
import { spSqlAgentProbeMsx } from './sp_sqlagent_probe_msx';
import { spTargetServerSummary } from './sp_target_server_summary';
import { spUpdateTargetServerGroup } from './sp_update_targetservergroup';

export const agentMsxProcedures: readonly ProcedureDefinition[] = [
  spHelpTargetServer, spTargetServerSummary, spDeleteTargetServer, spResyncTargetServer,
  spHelpTargetServerGroup, spAddTargetServerGroup, spUpdateTargetServerGroup, spDeleteTargetServerGroup,
  spAddTargetSvrGrpMember, spDeleteTargetSvrGrpMember,
  spPostMsxOperation, spHelpDownloadList, spMultiServerJobSummary, spApplyJobToTargets, spRemoveJobFromTargets,
  spEnlistTsx, spSqlAgentProbeMsx, spDownloadedRowLimiter, spSqlAgentCheckMsxVersion,
  spMsxdFetchDownloadInstructions, spMsxdMarkDownloadInstruction,
];
