// The multiserver benchmark's markdown section: what was run, the figures, and the extrapolation
// to the aim (10,000 targets at a 60 s interval), saying which figures were measured and which not.
import os from 'node:os';
import type { CallCost } from './call-costs';
import { cpuPerPollMs, type Latency, type PollWindow, type StartSpread } from './figures';

export interface MultiserverResults {
  readonly polling: number;
  readonly intervalSec: number;
  readonly aim: { readonly targets: number; readonly intervalSec: number };
  enlist: { viaProcedure: number; msPerCall: number; bulk: number } | undefined;
  readonly windows: PollWindow[];
  /** the windows the extrapolation uses: clear and TLS at a load the master keeps up with, and clear at full enlistment */
  light: { clear?: PollWindow; tls?: PollWindow; atScale?: PollWindow };
  readonly help: Latency[];
  readonly callCosts: { readonly enlisted: number; readonly costs: readonly CallCost[] }[];
  /** every enlisted target polling at the aim's interval (measured, not extrapolated) */
  readonly aimWindows: PollWindow[];
  addJobServerMs: number;
  download: { postMs: number; ms: number; downloaded: number } | undefined;
  start: StartSpread | undefined;
  waitingStart: StartSpread | undefined;
  waiting: number;
  waitingDownload: { ms: number; downloaded: number } | undefined;
  readonly skipped: string[];
}

const ms = (v: number, digits = 1): string => (Number.isFinite(v) ? `${v.toFixed(digits)} ms` : 'n/a');
const pct = (part: number, whole: number): string => `${((part / whole) * 100).toFixed(1)} %`;

function windowRow(w: PollWindow): string {
  return `| ${w.label} | ${w.polls} | ${ms(cpuPerPollMs(w), 2)} | ${pct(w.masterCpuMs, w.seconds * 1000)} | ${ms(w.roundTripP50)} / ${ms(w.roundTripP99)} ` +
    `| ${ms(w.connectP50)} | ${(w.rssKb / 1024).toFixed(0)} MiB | ${pct(w.simulatorCpuMs, w.seconds * 1000)} | ${w.errors} |`;
}

function startRow(label: string, x: StartSpread): string {
  return `| ${label} | ${x.reached} of ${x.targets} | ${ms(x.postMs, 0)} | ${ms(x.p50Ms, 0)} | ${ms(x.p99Ms, 0)} | ${ms(x.maxMs, 0)} | ${ms(x.masterCpuMs, 0)} |`;
}

/** an idle poll = connect + login + close and the probe (nothing pending: no fetch, no upload) */
function idlePollMs(costs: readonly CallCost[]): number {
  const part = (prefix: string): number => costs.find((c) => c.name.startsWith(prefix))?.cpuMs ?? NaN;
  return part('connect + login + close') + part('sp_sqlagent_probe_msx');
}

function extrapolation(r: MultiserverResults): string[] {
  const cores = os.cpus().length;
  const pollsPerSec = r.aim.targets / r.aim.intervalSec;
  const core = (cpuMs: number): number => (cpuMs * pollsPerSec) / 10;
  const tlsExtra = r.light.clear && r.light.tls ? cpuPerPollMs(r.light.tls) - cpuPerPollMs(r.light.clear) : NaN;
  const lines = [`${r.aim.targets.toLocaleString('en')} targets every ${r.aim.intervalSec} s = ${pollsPerSec.toFixed(0)} polls/s. Aim: under 20 % of the machine. Extrapolated from the figures above:`, ''];
  const largest = r.callCosts.at(-1);
  if (largest) {
    const idle = idlePollMs(largest.costs);
    lines.push(`- from the call costs at ${largest.enlisted.toLocaleString('en')} enlisted (idle poll = connect + login + close + probe = ${ms(idle, 2)}): ` +
      `≈ ${core(idle).toFixed(0)} % of one core, ${(core(idle) / cores).toFixed(0)} % of this ${cores}-core machine;`);
  }
  const base = r.light.atScale ?? r.light.clear;
  if (base) {
    const perPoll = cpuPerPollMs(base);
    lines.push(`- from the window "${base.label}" (${ms(perPoll, 2)} per poll, downloads included): ≈ ${core(perPoll).toFixed(0)} % of one core, ` +
      `${(core(perPoll) / cores).toFixed(0)} % of the machine; with TLS (${ms(tlsExtra, 2)} more per poll, light windows) ≈ ${core(perPoll + tlsExtra).toFixed(0)} % of one core.`);
  }
  if (r.aimWindows.length === 0) {
    lines.push('', `${r.aim.targets.toLocaleString('en')} targets at ${r.aim.intervalSec} s were not run (MSXD_SIM_FULL=0).`);
    return lines;
  }
  lines.push('', `Measured, the aim itself: every enlisted target polling (first polls spread over one interval; the targets run in worker processes of the benchmark (bench/sim/sim-workers.ts), which share the ${cores} cores with the master; simulator CPU is theirs):`, '');
  for (const w of r.aimWindows) {
    lines.push(`- ${w.label}: ${w.polls} polls in ${w.seconds.toFixed(0)} s, master CPU ${pct(w.masterCpuMs, w.seconds * 1000)} of one core = ` +
      `**${pct(w.masterCpuMs, w.seconds * 1000 * cores)} of the machine** (${ms(cpuPerPollMs(w), 2)} per poll), round trip p50 ${ms(w.roundTripP50)} / p99 ${ms(w.roundTripP99)}, errors ${w.errors}.`);
  }
  return lines;
}

function callCostTable(r: MultiserverResults): string[] {
  const first = r.callCosts[0];
  if (!first) return [];
  return [
    'The parts of a poll, one call at a time from one target (distinct target names; no queueing): master CPU per call (client wall time).',
    '',
    `| call | ${r.callCosts.map((c) => `${c.enlisted.toLocaleString('en')} targets enlisted`).join(' | ')} |`,
    `|---|${r.callCosts.map(() => '---:').join('|')}|`,
    ...first.costs.map((c, i) => `| ${c.name} | ${r.callCosts.map((set) => {
      const x = set.costs[i];
      return x ? `${ms(x.cpuMs, 2)} (${ms(x.wallMs, 1)})` : 'n/a';
    }).join(' | ')} |`),
    '',
  ];
}

export function renderMultiserver(r: MultiserverResults): string {
  const e = r.enlist;
  const lines = [
    '## Multiserver: one master, simulated targets',
    '',
    `One master node (child process, --no-agent) and up to ${r.polling} simulated targets in the benchmark process (bench/sim), each a`,
    `real TDS client (mssql) running the target agent's poller (src/agent/msx/poller.ts) every ${r.intervalSec} s: connect + login,`,
    'sp_sqlagent_probe_msx, downloads when pending, close. All share one TargetServersRole login (the master keys targets by name).',
    e ? `Enlisted: ${e.viaProcedure} through sp_enlist_tsx as the target agent calls it (${ms(e.msPerCall, 1)} per call, 4 connections), ${e.bulk} more as the same rows inserted by sa.` : '',
    'Master CPU = utime + stime of the master process (/proc) over the window, divided by the polls completed in it.',
    '',
    '| window | polls | master CPU per poll | master CPU | round trip p50 / p99 | connect + login p50 | master RSS | simulator CPU | errors |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.windows.map(windowRow),
    '',
    ...extrapolation(r),
    '',
    ...callCostTable(r),
    '| sp_help_targetserver (all targets) | latency p50 | max | master CPU per call |',
    '|---|---:|---:|---:|',
    ...r.help.map((h) => `| ${h.rows.toLocaleString('en')} targets | ${ms(h.p50Ms)} | ${ms(h.maxMs)} | ${ms(h.masterCpuMs)} |`),
    '',
    `sp_add_jobserver to a target (posts INSERT): ${ms(r.addJobServerMs)} per call (20 calls).`,
  ];
  if (r.download) {
    lines.push(
      '',
      `START: a one-step job for the ${r.polling} targets (sysjobservers rows inserted by sa, then one sp_post_msx_operation 'INSERT': ${ms(r.download.postMs, 0)};`,
      `downloaded by ${r.download.downloaded} polling targets within ${(r.download.ms / 1000).toFixed(1)} s${r.waitingDownload ? `, by ${r.waitingDownload.downloaded} once waiting` : ''}), then sp_start_job, which posts one START row per target.`,
      `Time from the call until each target has applied START ("not reached" within the timeout counts as never). Polling: a target`,
      `sees START at its next poll, so the spread is bounded by the ${r.intervalSec} s interval when the master keeps up. Waiting: the agent's`,
      'own InstructionWaiter (MsxdWaitForInstructions on, interval polls at 60 s beside it) keeps one connection parked in',
      'sp_msxd_wait_for_instructions; woken by the post, it receives the instructions on that connection (@return_instructions = 1), applies them and acknowledges them with its next wait (no new login, no poll).',
      '',
      '| START reaches | started | sp_start_job | p50 | p99 | all | master CPU meanwhile |',
      '|---|---:|---:|---:|---:|---:|---:|',
    );
    if (r.start) lines.push(startRow(`${r.polling} polling targets, ${r.intervalSec} s interval`, r.start));
    if (r.waitingStart) lines.push(startRow(`${r.polling} targets, ${r.waiting} waiting connections`, r.waitingStart));
  }
  if (r.skipped.length > 0) lines.push('', `Skipped (time budget): ${r.skipped.join('; ')}.`);
  return lines.filter((l, i) => l !== '' || lines[i - 1] !== '').join('\n');
}
