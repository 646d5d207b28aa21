// What the operating system says about memory, for sys.dm_os_sys_memory and
// sys.dm_os_process_memory. On Linux /proc/meminfo and /proc/self/status give the figures SQL
// Server reads from Windows (commit limit, cache, the process's virtual size); elsewhere only
// Node's portable ones exist (os.totalmem/freemem, process.memoryUsage), and the rest is 0.
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** the fields of a "Name:   1234 kB" file (/proc/meminfo, /proc/self/status), in KB */
function kbFields(path: string): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  let text: string;
  try {
    text = readFileSync(path, 'latin1');
  } catch {
    return out;
  }
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const value = line.slice(colon + 1).trim();
    if (!value.endsWith(' kB')) continue;
    const n = Number(value.slice(0, -3));
    if (Number.isFinite(n)) out.set(line.slice(0, colon), n);
  }
  return out;
}

export interface SystemMemory {
  readonly totalKb: number;
  /** MemAvailable where the kernel reports it (what can be used without swapping), else freemem */
  readonly availableKb: number;
  /** the commit limit (CommitLimit) and what is left of it; 0 when unknown */
  readonly commitLimitKb: number;
  readonly commitAvailableKb: number;
  /** the page cache (Cached) */
  readonly cacheKb: number;
}

export function systemMemory(): SystemMemory {
  const m = kbFields('/proc/meminfo');
  const totalKb = m.get('MemTotal') ?? Math.floor(os.totalmem() / 1024);
  const commitLimitKb = m.get('CommitLimit') ?? 0;
  return {
    totalKb,
    availableKb: m.get('MemAvailable') ?? Math.floor(os.freemem() / 1024),
    commitLimitKb,
    commitAvailableKb: Math.max(0, commitLimitKb - (m.get('Committed_AS') ?? commitLimitKb)),
    cacheKb: m.get('Cached') ?? 0,
  };
}

export interface ProcessMemory {
  /** the resident set (the working set, in Windows terms) */
  readonly residentKb: number;
  /** the virtual address space the process has mapped (VmSize); 0 when unknown */
  readonly virtualKb: number;
  readonly pageFaults: number;
}

export function processMemory(): ProcessMemory {
  const s = kbFields('/proc/self/status');
  const usage = process.resourceUsage();
  return {
    residentKb: s.get('VmRSS') ?? Math.floor(process.memoryUsage.rss() / 1024),
    virtualKb: s.get('VmSize') ?? 0,
    pageFaults: usage.minorPageFault + usage.majorPageFault,
  };
}
