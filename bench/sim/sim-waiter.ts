// A simulated target's waiting connection (issue 5 §12, msxd only): one connection kept open to
// the master, parked in msdb.dbo.sp_msxd_wait_for_instructions @server_name, @timeout_seconds.
// When it answers with pending instructions (or a forced poll), the target polls at once over
// that same connection (no new connect + login), then waits again. A broken connection is
// dropped and reopened after a pause; the ordinary interval polls go on regardless.
import sql, { type ConnectionPool } from 'mssql';
import { abortableSleep } from '../../src/agent/clock';
import { connectToMaster } from '../../src/agent/msx/master-client';
import type { SimTargetState } from './sim-ports';

export interface WaiterOptions {
  readonly state: SimTargetState;
  readonly timeoutSec: number;
  /** one poll over `pool` (the target's poller with a link on this connection) */
  readonly pollOver: (pool: ConnectionPool) => Promise<void>;
  readonly onError: (e: Error) => void;
}

export interface Waiter {
  /** the connection is open and parked (or about to be) */
  readonly connected: () => boolean;
  stop(): Promise<void>;
}

const RECONNECT_MS = 1000;

async function waitOnce(pool: ConnectionPool, name: string, timeoutSec: number): Promise<boolean> {
  const r = await pool.request()
    .input('server_name', sql.NVarChar(128), name)
    .input('timeout_seconds', sql.Int, timeoutSec)
    .execute<{ pending_instructions: number; poll_requested: boolean }>('msdb.dbo.sp_msxd_wait_for_instructions');
  const row = r.recordset?.[0];
  return row !== undefined && (row.pending_instructions > 0 || row.poll_requested);
}

export function startWaiter(o: WaiterOptions): Waiter {
  const stopping = new AbortController();
  let pool: ConnectionPool | null = null;
  const loop = (async () => {
    while (!stopping.signal.aborted) {
      try {
        pool ??= await connectToMaster(o.state.info);
        if (stopping.signal.aborted) break;
        if (await waitOnce(pool, o.state.name, o.timeoutSec)) await o.pollOver(pool);
      } catch (e) {
        if (stopping.signal.aborted) break;
        o.onError(e instanceof Error ? e : new Error(String(e)));
        await pool?.close().catch(() => undefined);
        pool = null;
        await abortableSleep(RECONNECT_MS * (0.5 + Math.random()), stopping.signal);
      }
    }
  })();
  return {
    connected: () => pool !== null,
    async stop() {
      stopping.abort();
      // closing the socket ends the parked request at the master (its session is closed)
      await pool?.close().catch(() => undefined);
      await loop;
      await pool?.close().catch(() => undefined);
      pool = null;
    },
  };
}
