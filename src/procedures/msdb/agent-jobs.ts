// The job, step, job server, category and operator procedures of msdb (and the internal capture
// procedure their shared helpers use), as one list for ../index.ts.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { spMsxdAgentCapture } from './shared/index';
import { spVerifyJobIdentifiers } from './sp_verify_job_identifiers';

export const agentJobProcedures: readonly ProcedureDefinition[] = [
  spMsxdAgentCapture,
  spVerifyJobIdentifiers,
];
