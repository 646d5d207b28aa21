// The values of SQL Server Agent's static tokens for one step attempt ("Use Tokens in Job
// Steps"), in the forms SQL Server writes them: JOBID as the binary(16) literal of the
// uniqueidentifier (0x + its bytes, the first three groups byte-swapped, as CONVERT(binary(16),
// job_id) gives them), DATE/STRTDT as yyyymmdd, TIME/STRTTM as the agent's hhmmss integer (no
// leading zeros: 00:30:00 is "3000", as SQL Server 2022 writes it), INST MSSQLSERVER for a
// default instance. Dates and times are the node's clock in the run_date encoding (UTC for msxd).
import { runDate, runTime } from '../history/encodings';
import type { AlertTokenValues, TokenContext } from './tokens';

/** What the agent knows of its node and itself, the same for every run. */
export interface TokenFacts {
  /** SRVR: @@SERVERNAME (machine, or machine\instance) */
  readonly serverName: string;
  /** INST: the instance name, MSSQLSERVER for a default instance */
  readonly instanceName: string;
  /** MACH: the computer name */
  readonly machineName: string;
  /** SQLDIR: where the server is installed (msxd: its data directory) */
  readonly sqlDir: string;
  /** SQLLOGDIR: the server's error log folder (msxd: its data directory) */
  readonly sqlLogDir: string;
  /** OSCMD: the program CmdExec steps run under (msxd: `/bin/sh -c`) */
  readonly osCmd: string;
  /** MSSA: the master SQLServerAgent (multiserver); '' when not enlisted */
  readonly masterAgent: string;
  /** AlertReplaceRuntimeTokens (sp_set_sqlagent_properties @alert_replace_runtime_tokens) */
  readonly replaceAlertTokens: boolean;
}

export interface StepTokenFacts {
  readonly jobId: string;
  readonly jobName: string;
  readonly stepId: number;
  readonly stepName: string;
  /** STEPCT: executions of this step in this run, this one included, retries excluded */
  readonly stepCount: number;
  readonly startedAtMs: number;
  readonly nowMs: number;
  readonly alert: AlertTokenValues | null;
}

export function tokenContext(facts: TokenFacts, step: StepTokenFacts): TokenContext {
  return {
    values: {
      JOBID: jobIdToken(step.jobId),
      JOBNAME: step.jobName,
      STEPID: String(step.stepId),
      STEPNAME: step.stepName,
      STEPCT: String(step.stepCount),
      DATE: String(runDate(step.nowMs)),
      TIME: String(runTime(step.nowMs)),
      STRTDT: String(runDate(step.startedAtMs)),
      STRTTM: String(runTime(step.startedAtMs)),
      SRVR: facts.serverName,
      INST: facts.instanceName,
      MACH: facts.machineName,
      SQLDIR: facts.sqlDir,
      SQLLOGDIR: facts.sqlLogDir,
      OSCMD: facts.osCmd,
      MSSA: facts.masterAgent,
    },
    alert: step.alert,
    replaceAlertTokens: facts.replaceAlertTokens,
  };
}

/**
 * A uniqueidentifier's text ('6F9619FF-8B86-D011-B42D-00C04FC964FF') as SQL Server's binary(16)
 * literal (0xFF19966F868B11D0B42D00C04FC964FF): the first three groups are stored little-endian.
 */
export function jobIdToken(jobId: string): string {
  const hex = jobId.replaceAll('-', '').toUpperCase();
  if (hex.length !== 32) return jobId;
  const swap = (s: string): string => (s.match(/../g) ?? []).reverse().join('');
  return `0x${swap(hex.slice(0, 8))}${swap(hex.slice(8, 12))}${swap(hex.slice(12, 16))}${hex.slice(16)}`;
}

/** Facts for a node without any known paths (tests, fakes). */
export const DEFAULT_TOKEN_FACTS: TokenFacts = {
  serverName: '', instanceName: 'MSSQLSERVER', machineName: '', sqlDir: '', sqlLogDir: '',
  osCmd: '/bin/sh -c', masterAgent: '', replaceAlertTokens: false,
};
