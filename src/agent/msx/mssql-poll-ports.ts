// PollPorts over TDS: the node's pool (the agent's 'SQLAgent - Job Manager' connections) and one
// master connection per poll (master-pools.ts: one login per poll, closed a moment after the poll
// as SQL Server's target agent disconnects between polls).
import type sql from 'mssql';
import type { ConnectionPool } from 'mssql';
import * as master from './master-client';
import { MasterPools } from './master-pools';
import * as node from './node-msx-client';
import { applyInstruction, type TargetAgentHooks } from './instructions/index';
import type { MasterLink, PollPorts } from './poll-ports';
import { DEFAULT_WAIT_TIMEOUT_SEC, type WaitLink } from './instruction-waiter';
import type { DownloadInstruction, MsxConnectionInfo } from './msx-types';

const UPLOAD_BATCH = 100;
/** how much longer than the wait the request may take before mssql gives up on it */
const WAIT_REQUEST_MARGIN_MS = 30_000;

/** a close that does not wait for a master that stopped answering */
const CLOSE_GRACE_MS = 5000;

/**
 * The waiting connection over TDS: its own master connection, 'SQLAgent - TSX Wait'. close()
 * cancels a wait in flight (ATTENTION, which ends it on the master) instead of letting the pool
 * drain until the wait's timeout. With `apply` (how this target applies an instruction, given a
 * master connection), the waits ask for the pending rows and the link applies them with its own
 * connection as the master: a woken target needs no poll.
 */
export async function openMssqlWaitLink(
  info: MsxConnectionInfo, waitTimeoutSec = DEFAULT_WAIT_TIMEOUT_SEC,
  apply?: (master: ConnectionPool, instruction: DownloadInstruction) => Promise<void>,
): Promise<WaitLink> {
  const pool = await master.connectToMaster(info, { appName: master.TSX_WAIT_APP_NAME, requestTimeoutMs: waitTimeoutSec * 1000 + WAIT_REQUEST_MARGIN_MS });
  let current: sql.Request | null = null;
  return {
    async wait(seconds, acknowledgeThrough) {
      const request = pool.request();
      current = request;
      try {
        return await master.waitForInstructions(request, info.localServer, seconds, { acknowledgeThrough, returnInstructions: apply !== undefined });
      } finally {
        if (current === request) current = null;
      }
    },
    ...(apply === undefined ? {} : { apply: (i: DownloadInstruction) => apply(pool, i) }),
    async close() {
      current?.cancel();
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => { timer = setTimeout(resolve, CLOSE_GRACE_MS); });
      await Promise.race([pool.close().catch(() => undefined), grace]);
      clearTimeout(timer);
    },
  };
}

export function mssqlPollPorts(nodePool: ConnectionPool, agent: TargetAgentHooks): PollPorts {
  const masters = new MasterPools();
  return {
    connection: () => node.getMsxConnection(nodePool),
    waitForInstructions: () => node.waitForInstructionsEnabled(nodePool),
    openWait: (info) => openMssqlWaitLink(info, DEFAULT_WAIT_TIMEOUT_SEC, (pool, i) => applyInstruction({ node: nodePool, master: pool, info, agent }, i)),
    async openMaster(info: MsxConnectionInfo): Promise<MasterLink> {
      const pool = await masters.get(info);
      const me = info.localServer;
      return {
        probe: (nowMs) => master.probeMsx(pool, me, nowMs, info.pollIntervalSec),
        instructions: () => master.fetchInstructions(pool, me),
        apply: (i) => applyInstruction({ node: nodePool, master: pool, info, agent }, i),
        mark: (id, error) => master.markInstruction(pool, me, id, error),
        async uploadOutcomes() {
          let sent = 0;
          for (;;) {
            const rows = await node.pendingOutcomes(nodePool, info.msxServer, UPLOAD_BATCH);
            for (const row of rows) {
              // the master records a row once (by instance id), so a crash between these two
              // calls re-sends a row without duplicating it
              await master.uploadOutcome(pool, me, row);
              await node.markUploaded(nodePool, row.instanceId);
              sent++;
            }
            if (rows.length < UPLOAD_BATCH) return sent;
          }
        },
        // the pool closes the connection once idle (master-pools.ts)
        close: () => Promise.resolve(),
      };
    },
  };
}
