// The node's CPU and idle time in @@TIMETICKS ticks (31.25 ms, as SQL Server's), for @@CPU_BUSY,
// @@IDLE and sp_monitor. cpu_busy is the process's CPU time (process.cpuUsage: user + system,
// SQLite's and libuv's threads included); idle is the rest of the time since the node started,
// as the one JavaScript thread was not running then. Both are counted since the node started
// (the process, in fact: a node is one process).

/** @@TIMETICKS: microseconds per tick */
export const MICROSECONDS_PER_TICK = 31_250;

export function cpuBusyMicroseconds(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

export function cpuBusyTicks(): number {
  return Math.floor(cpuBusyMicroseconds() / MICROSECONDS_PER_TICK);
}

export function idleTicks(startedAt: Date, now: number = Date.now()): number {
  const elapsedUs = Math.max(0, now - startedAt.getTime()) * 1000;
  return Math.floor(Math.max(0, elapsedUs - cpuBusyMicroseconds()) / MICROSECONDS_PER_TICK);
}
