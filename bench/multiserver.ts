// Multiserver benchmark: one real master node (child process, --no-agent) and 1,000 simulated
// targets in this process (bench/sim), each a real TDS client running the target agent's poll
// cycle every 10 s. Figures: the master's CPU per poll and RSS, poll round trips (clear and TLS),
// sp_help_targetserver at 1,000 and 10,000 enlisted targets, and the time from sp_start_job on a
// job targeted at the 1,000 until every one has started it. The master's CPU at 10,000 targets
// polling every 60 s is extrapolated from the CPU per poll measured with 10,000 enlisted.
// Bounded: about 3 minutes; stops the simulator and the master whatever happens.
import os from 'node:os';
import { startNode } from '../test/helpers/start-node';
import { close, connect } from '../test/helpers/tedious-session';
import {
  cpuPerPollMs, helpTargetServer, jobForTargets, pollWindow, sleep, startToAll, waitDownloaded, waitWaiting,
  type Latency, type PollWindow, type StartSpread,
} from './sim/figures';
import { bulkEnlist, enlistTargets, prepareMaster, SIM_LOGIN, SIM_PASSWORD, targetNames } from './sim/sim-enlist';
import { TargetSimulator } from './sim/target-simulator';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const POLLING = env('MSXD_SIM_TARGETS', 1000);
const ENLISTED = env('MSXD_SIM_ENLISTED', 10_000);
const INTERVAL_SEC = env('MSXD_SIM_INTERVAL', 10);
const WINDOW_SEC = env('MSXD_SIM_WINDOW', 20);
/** the aim: this many targets polling every AIM_INTERVAL_SEC */
const AIM_TARGETS = 10_000;
const AIM_INTERVAL_SEC = 60;
const WAIT_TIMEOUT_SEC = 30;

interface Results {
  enlistMsPerTarget: number;
  windows: PollWindow[];
  help: Latency[];
  download: { ms: number; downloaded: number; postMs: number } | undefined;
  start: StartSpread | undefined;
  waitingStart: StartSpread | undefined;
  /** waiting connections open when START was posted */
  waiting: number;
}

const ms = (v: number, digits = 1): string => (Number.isFinite(v) ? `${v.toFixed(digits)} ms` : 'n/a');

function render(r: Results): string {
  const cores = os.cpus().length;
  const atAim = r.windows.at(-1);
  const perPoll = atAim ? cpuPerPollMs(atAim) : NaN;
  const aimPollsPerSec = AIM_TARGETS / AIM_INTERVAL_SEC;
  const oneCore = (perPoll * aimPollsPerSec) / 10;
  const lines = [
    '## Multiserver: one master, simulated targets',
    '',
    `One master node (child process, --no-agent) and ${POLLING} simulated targets in the benchmark process, each a real`,
    `TDS client (mssql) running the target agent's poller (src/agent/msx/poller.ts) every ${INTERVAL_SEC} s: connect + login,`,
    'sp_sqlagent_probe_msx, downloads when pending, close. All targets share one TargetServersRole login; they were enlisted',
    `through sp_enlist_tsx (${ms(r.enlistMsPerTarget, 2)} per call, 4 connections). Master CPU = utime + stime from /proc.`,
    '',
    '| window | transport | polls | master CPU per poll | master CPU | round trip p50 / p99 | connect + login p50 | master RSS | simulator CPU | errors |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.windows.map((w) => `| ${w.label} | ${w.polls} | ${ms(cpuPerPollMs(w), 2)} | ${((w.masterCpuMs / (w.seconds * 1000)) * 100).toFixed(1)} % of a core ` +
      `| ${ms(w.roundTripP50)} / ${ms(w.roundTripP99)} | ${ms(w.connectP50)} | ${(w.rssKb / 1024).toFixed(0)} MiB ` +
      `| ${((w.simulatorCpuMs / (w.seconds * 1000)) * 100).toFixed(0)} % | ${w.errors} |`),
    '',
    `Extrapolated (not measured): ${AIM_TARGETS.toLocaleString('en')} targets every ${AIM_INTERVAL_SEC} s = ${aimPollsPerSec.toFixed(0)} polls/s × ` +
      `${ms(perPoll, 2)} (the last window's CPU per poll) ≈ ${oneCore.toFixed(1)} % of one core, ${(oneCore / cores).toFixed(1)} % of this ${cores}-core machine ` +
      '(aim: under 20 %).',
    '',
    '| sp_help_targetserver | rows | latency p50 | max | master CPU per call |',
    '|---|---:|---:|---:|---:|',
    ...r.help.map((h) => `| ${h.rows.toLocaleString('en')} targets enlisted | ${h.rows} | ${ms(h.p50Ms)} | ${ms(h.maxMs)} | ${ms(h.masterCpuMs)} |`),
    '',
  ];
  const startRow = (label: string, x: StartSpread): string =>
    `| ${label} | ${x.reached} of ${x.targets} | ${ms(x.postMs, 0)} | ${ms(x.p50Ms, 0)} | ${ms(x.p99Ms, 0)} | ${ms(x.maxMs, 0)} | ${ms(x.masterCpuMs, 0)} |`;
  if (r.download) {
    lines.push(
      `START: a one-step job targeted at the ${POLLING} polling targets (${r.download.postMs.toFixed(0)} ms for the ${POLLING} sp_add_jobserver calls;`,
      `INSERT downloaded by ${r.download.downloaded} within ${(r.download.ms / 1000).toFixed(1)} s), then sp_start_job, which posts one START row per target.`,
      'Time from the call until each target has applied START. Without a waiting connection a target sees START at its next',
      `poll, so the spread is bounded by the ${INTERVAL_SEC} s interval. With one (sp_msxd_wait_for_instructions, simulated by bench/sim:`,
      'the woken target runs its poll cycle over that connection) it should be immediate. Not reached within the timeout = never.',
      '',
      '| START reaches | started | sp_start_job | p50 | p99 | all | master CPU meanwhile |',
      '|---|---:|---:|---:|---:|---:|---:|',
    );
    if (r.start) lines.push(startRow(`${POLLING} polling targets, ${INTERVAL_SEC} s interval`, r.start));
    if (r.waitingStart) lines.push(startRow(`${POLLING} targets, ${r.waiting} waiting connections`, r.waitingStart));
  }
  return lines.join('\n');
}

export async function benchMultiserver(log: (line: string) => void): Promise<string> {
  const master = await startNode({ name: 'MSXDSIMMASTER', args: ['--no-agent'], startTimeoutMs: 60_000 });
  let sim: TargetSimulator | undefined;
  const sa = await connect(master, { requestTimeoutMs: 120_000 });
  const r: Results = { enlistMsPerTarget: NaN, windows: [], help: [], download: undefined, start: undefined, waitingStart: undefined, waiting: 0 };
  const report = (w: PollWindow): void => {
    r.windows.push(w);
    log(`multiserver: ${w.label}: ${w.polls} polls, ${cpuPerPollMs(w).toFixed(2)} ms master CPU each, p50 ${w.roundTripP50.toFixed(1)} ms, errors ${w.errors}${w.lastError ? ` (${w.lastError})` : ''}`);
  };
  try {
    await prepareMaster(master);
    const polling = targetNames('SIMTSX', POLLING);
    let t0 = performance.now();
    await enlistTargets(master, polling, { pollIntervalSec: INTERVAL_SEC, connections: 4 });
    r.enlistMsPerTarget = (performance.now() - t0) / POLLING;
    log(`multiserver: ${POLLING} targets enlisted, ${r.enlistMsPerTarget.toFixed(2)} ms each`);
    r.help.push(await helpTargetServer(sa, master, 5));

    sim = new TargetSimulator({ host: master.host, port: master.port, login: SIM_LOGIN, password: SIM_PASSWORD, encryptOption: 0, pollIntervalSec: INTERVAL_SEC, names: polling });
    sim.start();
    await sleep(INTERVAL_SEC * 1000 + 2000);
    report(await pollWindow(`${POLLING} polling, ${POLLING} enlisted | clear (option 0)`, master, sim, WINDOW_SEC));
    sim.setEncryptOption(1);
    await sleep(INTERVAL_SEC * 1000);
    report(await pollWindow(`${POLLING} polling, ${POLLING} enlisted | TLS (option 1)`, master, sim, WINDOW_SEC));
    sim.setEncryptOption(0);

    t0 = performance.now();
    const jobId = await jobForTargets(sa, 'msxd bench fleet job', polling);
    const postMs = performance.now() - t0;
    const downloaded = await waitDownloaded(sim, jobId, POLLING, INTERVAL_SEC * 3000);
    r.download = { ...downloaded, postMs };
    log(`multiserver: job posted to ${POLLING} targets in ${(postMs / 1000).toFixed(1)} s; downloaded by ${downloaded.downloaded} in ${(downloaded.ms / 1000).toFixed(1)} s`);
    r.start = await startToAll(sa, master, sim, jobId, POLLING, INTERVAL_SEC * 3000);
    log(`multiserver: START (polling) reached ${r.start.reached} targets, p99 ${r.start.p99Ms} ms`);

    sim.startWaiting(WAIT_TIMEOUT_SEC);
    r.waiting = await waitWaiting(sim, POLLING, 30_000);
    await sleep(2000);
    r.waitingStart = await startToAll(sa, master, sim, jobId, POLLING, INTERVAL_SEC * 3000);
    log(`multiserver: START (waiting, ${r.waiting} connections) reached ${r.waitingStart.reached} targets, p99 ${r.waitingStart.p99Ms} ms`);
    await sim.stopWaiting();

    if (ENLISTED > POLLING) {
      t0 = performance.now();
      await bulkEnlist(master, targetNames('SIMIDLE', ENLISTED - POLLING), AIM_INTERVAL_SEC);
      log(`multiserver: ${ENLISTED - POLLING} more targets enlisted (rows inserted by sa) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      r.help.push(await helpTargetServer(sa, master, 3));
      report(await pollWindow(`${POLLING} polling, ${ENLISTED} enlisted | clear (option 0)`, master, sim, WINDOW_SEC));
    }
  } finally {
    await sim?.stop();
    await close(sa).catch(() => undefined);
    await master.stop();
  }
  return render(r);
}
