// Multiserver benchmark: one real master node (child process, --no-agent) and 1,000 simulated
// targets in this process (bench/sim), each a real TDS client running the target agent's poll
// cycle every 10 s. Figures: the master's CPU per poll and RSS, poll round trips (clear and TLS),
// sp_help_targetserver at 1,000 and 10,000 enlisted targets, and the time from sp_start_job on a
// job targeted at the 1,000 until every one has started it, polling and with waiting connections.
// The master's CPU for 10,000 targets polling every 60 s is extrapolated from the CPU per poll
// measured with 10,000 enlisted (a phase which always runs), then measured (FULL): all 10,000
// polling, clear and TLS, in worker processes (sim/sim-workers.ts) so that the simulator does not
// saturate. Bounded: phases past BUDGET_MS are skipped (and said so); the simulators (and workers)
// and the master are stopped whatever happens.
import path from 'node:path';
import { startNode, type NodeHandle } from '../test/helpers/start-node';
import { close, connect, type Session } from '../test/helpers/tedious-session';
import {
  addJobServerCost, cpuPerPollMs, helpTargetServer, jobForTargets, pollWindow, pollWindows, sleep, startToAll, waitDownloaded, waitWaiting,
  type PollWindow,
} from './sim/figures';
import { pollCallCosts } from './sim/call-costs';
import { renderMultiserver, type MultiserverResults } from './sim/render';
import { bulkEnlist, enlistTargets, prepareMaster, SIM_LOGIN, SIM_PASSWORD, targetNames } from './sim/sim-enlist';
import { SimWorkers } from './sim/sim-workers';
import { TargetSimulator } from './sim/target-simulator';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const POLLING = env('MSXD_SIM_TARGETS', 1000);
const ENLISTED = env('MSXD_SIM_ENLISTED', 10_000);
const INTERVAL_SEC = env('MSXD_SIM_INTERVAL', 10);
const WINDOW_SEC = env('MSXD_SIM_WINDOW', 10);
/** a load the master keeps up with: this many of the targets polling */
const LIGHT = Math.min(POLLING, env('MSXD_SIM_LIGHT', 100));
/** enlisted through sp_enlist_tsx (the rest: the same rows inserted in bulk) */
const ENLIST_CALLS = Math.min(POLLING, env('MSXD_SIM_ENLIST_CALLS', 100));
/** calls per figure of the per-call costs */
const CALLS = env('MSXD_SIM_CALLS', 40);
const BUDGET_MS = env('MSXD_SIM_BUDGET_MS', 130_000);
/** 1: the aim itself is run (every enlisted target polling at AIM_INTERVAL_SEC, clear then TLS); 0: only extrapolated */
const FULL = env('MSXD_SIM_FULL', 1) === 1;
const AIM_INTERVAL_SEC = env('MSXD_SIM_AIM_INTERVAL', 60);
/** simulator processes of the aim run (the master gets what is left of the cores) */
const AIM_PROCESSES = env('MSXD_SIM_AIM_PROCESSES', 2);

class Phases {
  private readonly t0 = Date.now();
  constructor(private readonly r: MultiserverResults, private readonly log: (line: string) => void) {}

  /** runs `phase` unless the budget is spent (`always`: regardless); a phase skipped or failed is recorded, and the next one runs */
  async run(name: string, phase: () => Promise<void>, always = false): Promise<void> {
    if (!always && Date.now() - this.t0 > BUDGET_MS) {
      this.r.skipped.push(name);
      this.log(`multiserver: skipped ${name} (time budget)`);
      return;
    }
    try {
      await phase();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.r.skipped.push(`${name} (failed: ${message})`);
      this.log(`multiserver: ${name} failed: ${message}`);
    }
  }

  window(w: PollWindow): PollWindow {
    this.r.windows.push(w);
    this.log(`multiserver: ${w.label}: ${w.polls} polls, ${cpuPerPollMs(w).toFixed(2)} ms master CPU each, p50 ${w.roundTripP50.toFixed(0)} ms, ` +
      `errors ${w.errors}${w.lastError ? ` (${w.lastError})` : ''}`);
    return w;
  }
}

async function run(master: NodeHandle, sa: Session, sim: TargetSimulator, names: readonly string[], r: MultiserverResults, p: Phases, log: (line: string) => void): Promise<void> {
  const measure = async (label: string): Promise<PollWindow> => p.window(await pollWindow(label, master, sim, WINDOW_SEC));
  await p.run('light polling windows', async () => {
    void sim.setActive(LIGHT);
    await sleep(INTERVAL_SEC * 1000 + 2000);
    r.light.clear = await measure(`${LIGHT} polling, ${POLLING} enlisted, clear (option 0)`);
    sim.setEncryptOption(1);
    await sleep(INTERVAL_SEC * 500);
    r.light.tls = await measure(`${LIGHT} polling, ${POLLING} enlisted, TLS (option 1)`);
    sim.setEncryptOption(0);
  });
  await p.run(`${POLLING} polling window`, async () => {
    void sim.setActive(POLLING);
    await sleep(INTERVAL_SEC * 1000);
    await measure(`${POLLING} polling, ${POLLING} enlisted, clear (option 0)`);
  });
  let jobId: string | undefined;
  await p.run('START to polling targets', async () => {
    void sim.setActive(POLLING);
    r.addJobServerMs = await addJobServerCost(sa, 'msxd bench sample job', names.slice(0, 20));
    const job = await jobForTargets(sa, 'msxd bench fleet job', names);
    jobId = job.jobId;
    r.download = { postMs: job.postMs, ...await waitDownloaded(sim, job.jobId, POLLING, INTERVAL_SEC * 1500) };
    log(`multiserver: INSERT downloaded by ${r.download.downloaded} polling targets in ${(r.download.ms / 1000).toFixed(1)} s`);
    r.start = await startToAll(sa, master, sim, job.jobId, POLLING, INTERVAL_SEC * 1500);
    log(`multiserver: START (polling) reached ${r.start.reached}, p50 ${r.start.p50Ms} ms, p99 ${r.start.p99Ms} ms`);
  });
  await p.run('START to waiting targets', async () => {
    if (jobId === undefined) return;
    // the real agent keeps its interval polls beside the waiting connection: at 60 s here
    sim.setPollInterval(60);
    void sim.setActive(POLLING);
    sim.startWaiting();
    r.waiting = await waitWaiting(sim, POLLING, 15_000);
    // targets that had not downloaded the job do so as soon as their connection waits
    r.waitingDownload = await waitDownloaded(sim, jobId, POLLING, 5_000);
    // polls still due on the old 10 s schedule (and the burst startWaiting forced) are over before
    // START: from here the targets poll every 60 s beside their waiting connections, as described
    await sleep(INTERVAL_SEC * 1000 + 1000);
    log(`multiserver: before START: ${JSON.stringify(sim.waitingStats())}`);
    r.waitingStart = await startToAll(sa, master, sim, jobId, POLLING, 10_000);
    log(`multiserver: after START: ${JSON.stringify(sim.waitingStats())}`);
    log(`multiserver: START (${r.waiting} waiting) reached ${r.waitingStart.reached}, p50 ${r.waitingStart.p50Ms} ms, p99 ${r.waitingStart.p99Ms} ms`);
    await sim.stopWaiting();
  });
  await p.run(`${ENLISTED} enlisted`, async () => {
    // no polls (nor waiting connections) under way while enlisting and measuring single calls
    await sim.setActive(0);
    sim.setWaitForInstructions(false);
    sim.setPollInterval(INTERVAL_SEC);
    const t0 = performance.now();
    await bulkEnlist(sa, targetNames('SIMIDLE', ENLISTED - POLLING), INTERVAL_SEC * 6);
    log(`multiserver: ${ENLISTED - POLLING} more targets enlisted (rows inserted by sa) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    r.help.push(await helpTargetServer(sa, master, 3));
    r.callCosts.push({ enlisted: ENLISTED, costs: await pollCallCosts(master, sim.masterInfo(), names, CALLS) });
    void sim.setActive(LIGHT);
    await sleep(INTERVAL_SEC * 500);
    r.light.atScale = await measure(`${LIGHT} polling, ${ENLISTED} enlisted, clear (option 0)`);
  }, true);
  if (FULL) await p.run(`${ENLISTED} polling every ${AIM_INTERVAL_SEC} s`, () => atAim(master, sim, r, p, log), true);
}

/**
 * The aim run: all ENLISTED targets polling every AIM_INTERVAL_SEC (first polls spread over one
 * interval), a window clear, then one with TLS as the targets' default MsxEncryptChannelOptions = 2
 * sets it (certificate validated against the master's certificate). The targets run in
 * AIM_PROCESSES worker processes (sim-workers.ts): in this one process the TLS polls saturated it.
 */
async function atAim(master: NodeHandle, sim: TargetSimulator, r: MultiserverResults, p: Phases, log: (line: string) => void): Promise<void> {
  await sim.setActive(0);
  const names = [...sim.options().names, ...targetNames('SIMIDLE', ENLISTED - POLLING)];
  const caFile = path.join(master.dataDir, 'tls', 'cert.pem');
  const workers = await SimWorkers.start({ ...sim.options(), pollIntervalSec: AIM_INTERVAL_SEC, encryptOption: 0, caFile, names }, AIM_PROCESSES);
  log(`multiserver: ${names.length} targets in ${AIM_PROCESSES} simulator processes`);
  try {
    await workers.start(AIM_INTERVAL_SEC * 1000);
    await sleep(AIM_INTERVAL_SEC * 1000 + 5000);
    r.aimWindows.push(p.window(await pollWindows(`${ENLISTED} polling every ${AIM_INTERVAL_SEC} s, clear (option 0)`, master, [workers], AIM_INTERVAL_SEC)));
    await workers.setEncryptOption(2);
    // every target's next poll is a TLS one: one interval later all are
    await sleep(AIM_INTERVAL_SEC * 1000);
    r.aimWindows.push(p.window(await pollWindows(`${ENLISTED} polling every ${AIM_INTERVAL_SEC} s, TLS (option 2, certificate validated)`, master, [workers], AIM_INTERVAL_SEC)));
  } finally {
    await workers.stop();
  }
}

export async function benchMultiserver(log: (line: string) => void): Promise<string> {
  const r: MultiserverResults = {
    polling: POLLING, intervalSec: INTERVAL_SEC, aim: { targets: 10_000, intervalSec: 60 }, enlist: undefined, windows: [], light: {},
    help: [], callCosts: [], aimWindows: [], addJobServerMs: NaN, download: undefined, start: undefined, waitingStart: undefined, waiting: 0, waitingDownload: undefined, skipped: [],
  };
  const phases = new Phases(r, log);
  const master = await startNode({ name: 'MSXDSIMMASTER', args: ['--no-agent'], startTimeoutMs: 60_000 });
  let sim: TargetSimulator | undefined;
  let sa: Session | undefined;
  try {
    sa = await connect(master, { requestTimeoutMs: 120_000 });
    await prepareMaster(master);
    const names = targetNames('SIMTSX', POLLING);
    const t0 = performance.now();
    await enlistTargets(master, names.slice(0, ENLIST_CALLS), { pollIntervalSec: INTERVAL_SEC, connections: 4 });
    r.enlist = { viaProcedure: ENLIST_CALLS, msPerCall: (performance.now() - t0) / ENLIST_CALLS, bulk: POLLING - ENLIST_CALLS };
    await bulkEnlist(sa, names.slice(ENLIST_CALLS), INTERVAL_SEC);
    log(`multiserver: ${POLLING} targets enlisted (sp_enlist_tsx ${r.enlist.msPerCall.toFixed(1)} ms per call)`);
    r.help.push(await helpTargetServer(sa, master, 5));
    sim = new TargetSimulator({ host: master.host, port: master.port, login: SIM_LOGIN, password: SIM_PASSWORD, encryptOption: 0, pollIntervalSec: INTERVAL_SEC, names });
    r.callCosts.push({ enlisted: POLLING, costs: await pollCallCosts(master, sim.masterInfo(), names, CALLS) });
    await run(master, sa, sim, names, r, phases, log);
  } finally {
    await sim?.stop();
    if (sa) await close(sa).catch(() => undefined);
    await master.stop();
  }
  return renderMultiserver(r);
}
