// What an instruction handler may touch: the node (its msdb procedures), the master (to read a
// job's definition), the connection facts, and the agent (run a job, reload definitions, change
// the poll interval).
import type { ConnectionPool } from 'mssql';
import type { MsxConnectionInfo } from '../msx-types';

export interface TargetAgentHooks {
  /** START: run a downloaded job now (reloads definitions first when it is not known yet) */
  startJob(jobId: string, requestedBy: string): Promise<void>;
  /** STOP: cancel a running downloaded job */
  stopJob(jobId: string, requestedBy: string): void;
  /** an instruction acknowledged without local effect */
  log(message: string): void;
  /** the node's jobs changed (INSERT, DELETE): reload before the next schedule check */
  definitionsChanged(): void;
  /** SET-POLL: the new interval in seconds (already stored on the node) */
  pollIntervalChanged(seconds: number): void;
}

export interface ApplyContext {
  readonly node: ConnectionPool;
  readonly master: ConnectionPool;
  readonly info: MsxConnectionInfo;
  readonly agent: TargetAgentHooks;
}
