// What the target agent knows about its master and what the master hands it: the connection
// (sp_msxd_get_msx_connection on the node), the probe answer, download instructions (their
// operation codes are OPERATION_CODE in src/codes/msx-codes.ts, msx-agent.md §4), a downloaded
// job definition and the history rows uploaded.
import type { ScheduleTiming } from '../../codes/schedule-timing';

/** MsxEncryptChannelOptions: 0 clear, 1 TLS without validation, 2 TLS validated against ca_file */
export type MsxEncryptOption = 0 | 1 | 2;

export interface MsxConnectionInfo {
  /** MSXServerName as enlisted: the originating_server of downloaded jobs */
  readonly msxServer: string;
  readonly host: string;
  readonly port: number;
  readonly login: string;
  readonly password: string;
  readonly encryptOption: MsxEncryptOption;
  readonly caFile: string | null;
  /** MSXPollInterval, seconds */
  readonly pollIntervalSec: number;
  /** this target's name at the master (@@SERVERNAME) */
  readonly localServer: string;
}

export interface ProbeResult {
  readonly badEnlistment: boolean;
  readonly blockingInstructions: number;
  readonly pendingInstructions: number;
}

export interface DownloadInstruction {
  readonly instanceId: number;
  readonly sourceServer: string;
  readonly operationCode: number;
  readonly objectType: number;
  /** job_id, or for SERVER operations an int value in the GUID's last 4 bytes */
  readonly objectId: string;
  readonly deletedObjectName: string | null;
}

export interface MsxJobHeader {
  readonly jobId: string;
  readonly name: string;
  readonly enabled: number;
  readonly description: string | null;
  readonly startStepId: number;
  readonly notifyLevelEventlog: number;
  readonly deleteLevel: number;
}

export interface MsxJobStep {
  readonly stepId: number;
  readonly stepName: string;
  readonly subsystem: string;
  readonly command: string | null;
  readonly flags: number;
  readonly cmdexecSuccessCode: number;
  readonly onSuccessAction: number;
  readonly onSuccessStepId: number;
  readonly onFailAction: number;
  readonly onFailStepId: number;
  readonly databaseName: string | null;
  readonly retryAttempts: number;
  readonly retryInterval: number;
  readonly outputFileName: string | null;
  /** the master's proxy for the step, by name (absent from masters that do not send it) */
  readonly proxyName?: string | null;
}

export interface MsxSchedule extends ScheduleTiming {
  readonly scheduleUid: string;
  readonly name: string;
  readonly enabled: number;
}

export interface MsxJobDefinition {
  readonly header: MsxJobHeader;
  readonly steps: readonly MsxJobStep[];
  readonly schedules: readonly MsxSchedule[];
}

/** one local sysjobhistory row of a master's job, uploaded in instance_id order */
export interface OutcomeRow {
  readonly instanceId: number;
  readonly jobId: string;
  readonly stepId: number;
  readonly stepName: string;
  readonly sqlMessageId: number;
  readonly sqlSeverity: number;
  readonly message: string | null;
  readonly runStatus: number;
  readonly runDate: number;
  readonly runTime: number;
  readonly runDuration: number;
  readonly retriesAttempted: number;
}

/** the int a SERVER instruction carries: the last 4 bytes of its object_id, big-endian */
export function objectIdInt(objectId: string): number {
  const hex = objectId.replace(/-/g, '');
  return Buffer.from(hex.slice(-8), 'hex').readInt32BE(0);
}
