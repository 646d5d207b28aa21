// The job, step, job server, category and operator procedures of msdb (and the internal capture
// procedure their shared helpers use), as one list for ../index.ts.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { spMsxdAgentCapture } from './shared/index';
import { spVerifyJobIdentifiers } from './sp_verify_job_identifiers';
import { spAddJob } from './sp_add_job';
import { spUpdateJob } from './sp_update_job';
import { spDeleteJob } from './sp_delete_job';
import { spHelpJob } from './sp_help_job';
import { spAddJobStep } from './sp_add_jobstep';
import { spUpdateJobStep } from './sp_update_jobstep';
import { spDeleteJobStep } from './sp_delete_jobstep';
import { spHelpJobStep } from './sp_help_jobstep';
import { spHelpJobStepLog } from './sp_help_jobsteplog';
import { spDeleteJobStepLog } from './sp_delete_jobsteplog';
import { spWriteSysjobstepLog } from './sp_write_sysjobstep_log';
import { spAddJobServer } from './sp_add_jobserver';
import { spDeleteJobServer } from './sp_delete_jobserver';
import { spHelpJobServer } from './sp_help_jobserver';
import { spAddCategory } from './sp_add_category';
import { spUpdateCategory } from './sp_update_category';
import { spDeleteCategory } from './sp_delete_category';
import { spHelpCategory } from './sp_help_category';
import { spAddOperator } from './sp_add_operator';
import { spUpdateOperator } from './sp_update_operator';
import { spDeleteOperator } from './sp_delete_operator';
import { spHelpOperator } from './sp_help_operator';
import { spHelpOperatorJobs } from './sp_help_operator_jobs';

export const agentJobProcedures: readonly ProcedureDefinition[] = [
  spMsxdAgentCapture,
  spVerifyJobIdentifiers,
  spAddJob, spUpdateJob, spDeleteJob, spHelpJob,
  spAddJobStep, spUpdateJobStep, spDeleteJobStep, spHelpJobStep,
  spHelpJobStepLog, spDeleteJobStepLog, spWriteSysjobstepLog,
  spAddJobServer, spDeleteJobServer, spHelpJobServer,
  spAddCategory, spUpdateCategory, spDeleteCategory, spHelpCategory,
  spAddOperator, spUpdateOperator, spDeleteOperator, spHelpOperator, spHelpOperatorJobs,
];
