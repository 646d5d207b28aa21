// One simulated target's PollPorts: the master side is the real agent's (src/agent/msx/master-client
// and master-pools: the same connection, application name, TLS options, one login per poll and
// procedure calls as a real target's poll,
// and the real waiting connection, openMssqlWaitLink);
// the local side is in memory instead of a node: the target's connection facts, the jobs it has
// downloaded, and the START instructions it received with the time each arrived. A START for a job
// not downloaded fails as the real agent's does (the poller writes it on the row, which blocks).
import type { ConnectionPool } from 'mssql';
import * as master from '../../src/agent/msx/master-client';
import { MasterPools } from '../../src/agent/msx/master-pools';
import { OPERATION_CODE } from '../../src/codes/msx-codes';
import { objectIdInt, type DownloadInstruction, type MsxConnectionInfo, type OutcomeRow } from '../../src/agent/msx/msx-types';
import { openMssqlWaitLink } from '../../src/agent/msx/mssql-poll-ports';
import type { MasterLink, PollPorts } from '../../src/agent/msx/poll-ports';

export interface SimTargetState {
  readonly name: string;
  info: MsxConnectionInfo;
  enlisted: boolean;
  /** the Agent setting MsxdWaitForInstructions: the poller keeps a waiting connection (the real InstructionWaiter) */
  waitForInstructions: boolean;
  /** @timeout_seconds of that connection's waits */
  readonly waitTimeoutSec: number;
  /** job_id (upper case) -> downloaded job name */
  readonly jobs: Map<string, string>;
  /** job_id -> Date.now() when START was applied */
  readonly started: Map<string, number>;
  /** instructions applied, by operation code */
  readonly applied: Map<number, number>;
  /** set by the simulator: SET-POLL changes the poller's interval as the real agent's hook does */
  onPollInterval?: (seconds: number) => void;
  /** set by the simulator: a START was applied (outcome spooling, START latency figures) */
  onStarted?: (jobId: string, atMs: number) => void;
}

async function applyLocally(state: SimTargetState, pool: ConnectionPool, i: DownloadInstruction): Promise<void> {
  switch (i.operationCode) {
    case OPERATION_CODE.INSERT: {
      // the real INSERT reads the definition from the master before writing it locally
      const def = await master.fetchJobDefinition(pool, state.info.localServer, i.objectId);
      state.jobs.set(i.objectId, def.header.name);
      break;
    }
    case OPERATION_CODE.START: {
      if (!state.jobs.has(i.objectId)) throw new Error(`The specified @job_id ('${i.objectId}') does not exist.`);
      const at = Date.now();
      state.started.set(i.objectId, at);
      state.onStarted?.(i.objectId, at);
      break;
    }
    case OPERATION_CODE.UPDATE:
      if (state.jobs.has(i.objectId)) await master.fetchJobDefinition(pool, state.info.localServer, i.objectId);
      break;
    case OPERATION_CODE.DELETE:
      state.jobs.delete(i.objectId);
      break;
    case OPERATION_CODE.SET_POLL: {
      const seconds = objectIdInt(i.objectId);
      state.info = { ...state.info, pollIntervalSec: seconds };
      state.onPollInterval?.(seconds);
      break;
    }
    case OPERATION_CODE.DEFECT:
      state.enlisted = false;
      state.jobs.clear();
      break;
    case OPERATION_CODE.STOP:
    case OPERATION_CODE.RE_ENLIST:
    case OPERATION_CODE.SYNC_TIME:
      break;
    default:
      throw new Error(`unknown operation code ${i.operationCode}`);
  }
  state.applied.set(i.operationCode, (state.applied.get(i.operationCode) ?? 0) + 1);
}

/** Hooks around the master link, for the simulator's figures. */
export interface LinkObserver {
  /** the poll's connection is open (connect + login done) */
  connected(ms: number): void;
  /** outcomes this target has to upload (one history row each) */
  takeOutcomes(): readonly OutcomeRow[];
}

/** reports each login of the pool's connections (the pool logs in at the poll's first call) */
function timeLogins(pool: ConnectionPool, observer: LinkObserver): void {
  const started = new Map<number, number>();
  pool.pool.on('createRequest', (id) => { started.set(id, performance.now()); });
  pool.pool.on('createSuccess', (id) => {
    const t0 = started.get(id);
    started.delete(id);
    if (t0 !== undefined) observer.connected(performance.now() - t0);
  });
  pool.pool.on('createFail', (id) => { started.delete(id); });
}

export function simPollPorts(state: SimTargetState, observer: LinkObserver): PollPorts {
  const masters = new MasterPools();
  const timed = new WeakSet<ConnectionPool>();
  return {
    connection: () => Promise.resolve(state.enlisted ? state.info : null),
    waitForInstructions: () => Promise.resolve(state.waitForInstructions),
    openWait: (info) => openMssqlWaitLink(info, state.waitTimeoutSec, (pool, i) => applyLocally(state, pool, i)),
    async openMaster(info: MsxConnectionInfo): Promise<MasterLink> {
      const pool = await masters.get(info);
      if (!timed.has(pool)) {
        timed.add(pool);
        timeLogins(pool, observer);
      }
      const me = info.localServer;
      return {
        probe: (nowMs) => master.probeMsx(pool, me, nowMs, info.pollIntervalSec),
        instructions: () => master.fetchInstructions(pool, me),
        apply: (i) => applyLocally(state, pool, i),
        mark: (id, error) => master.markInstruction(pool, me, id, error),
        async uploadOutcomes() {
          const rows = observer.takeOutcomes();
          for (const row of rows) await master.uploadOutcome(pool, me, row);
          return rows.length;
        },
        // the pool closes the connection once idle (master-pools.ts)
        close: () => Promise.resolve(),
      };
    },
  };
}
