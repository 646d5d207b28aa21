// The master's CPU per call of each part of a target's poll, one call at a time from one target
// (no queueing, so the figures hold on a loaded machine better than the windows): connect + login
// + close, sp_sqlagent_probe_msx, sp_msxd_fetch_download_instructions, and SELECT 1 for scale.
// The poll's calls are the real agent's (src/agent/msx/master-client.ts).
import * as master from '../../src/agent/msx/master-client';
import type { MsxConnectionInfo } from '../../src/agent/msx/msx-types';
import { cpuTimeMs } from '../../test/helpers/proc-stats';
import type { NodeHandle } from '../../test/helpers/start-node';

export interface CallCost {
  readonly name: string;
  /** master CPU per call, ms */
  readonly cpuMs: number;
  /** client-side wall time per call, ms */
  readonly wallMs: number;
}

const WARM_UP = 10;

async function cost(pid: number, name: string, calls: number, call: (i: number) => Promise<unknown>): Promise<CallCost> {
  for (let i = 0; i < WARM_UP; i++) await call(i);
  const cpu0 = cpuTimeMs(pid) ?? NaN;
  const t0 = performance.now();
  for (let i = 0; i < calls; i++) await call(i);
  return { name, cpuMs: ((cpuTimeMs(pid) ?? NaN) - cpu0) / calls, wallMs: (performance.now() - t0) / calls };
}

/** each part of a poll `calls` times, as target `names[i % n]` (distinct names, as many targets polling) */
export async function pollCallCosts(node: NodeHandle, info: Omit<MsxConnectionInfo, 'localServer'>, names: readonly string[], calls: number): Promise<CallCost[]> {
  const pid = node.pid ?? 0;
  const as = (i: number): MsxConnectionInfo => ({ ...info, localServer: names[i % names.length]! });
  const costs = [await cost(pid, 'connect + login + close (clear)', calls, async (i) => (await master.connectToMaster(as(i))).close())];
  const pool = await master.connectToMaster(as(0));
  try {
    costs.push(
      await cost(pid, 'sp_sqlagent_probe_msx', calls, (i) => master.probeMsx(pool, names[i % names.length]!, Date.now(), info.pollIntervalSec)),
      await cost(pid, 'sp_msxd_fetch_download_instructions (none pending)', calls, (i) => master.fetchInstructions(pool, names[i % names.length]!)),
      await cost(pid, 'SELECT 1', calls, () => pool.request().query('SELECT 1')),
    );
  } finally {
    await pool.close();
  }
  return costs;
}
