// The poller's view of its node and master (fake in unit tests; mssql-poll-ports.ts for real).
import type { WaitLink } from './instruction-waiter';
import type { DownloadInstruction, MsxConnectionInfo, ProbeResult } from './msx-types';

/** one poll's connection to the master */
export interface MasterLink {
  probe(nowMs: number): Promise<ProbeResult>;
  instructions(): Promise<DownloadInstruction[]>;
  apply(instruction: DownloadInstruction): Promise<void>;
  /** null: applied (status 1); text: failed (the row's error_message, which blocks the target) */
  mark(instanceId: number, errorMessage: string | null): Promise<void>;
  /** uploads the spooled outcomes in order; returns how many */
  uploadOutcomes(): Promise<number>;
  close(): Promise<void>;
}

export interface PollPorts {
  /** the master's address and this node's account there; null when not enlisted */
  connection(): Promise<MsxConnectionInfo | null>;
  openMaster(info: MsxConnectionInfo): Promise<MasterLink>;
  /** msxd: the Agent setting MsxdWaitForInstructions, read at each poll (absent: always off) */
  waitForInstructions?(): Promise<boolean>;
  /** msxd: opens the waiting connection (instruction-waiter.ts) */
  openWait?(info: MsxConnectionInfo): Promise<WaitLink>;
}
