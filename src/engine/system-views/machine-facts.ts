// Facts about the machine sys.dm_os_sys_info derives from the operating system.
import { readFileSync } from 'node:fs';

/** virtual_machine_type / virtual_machine_type_desc ("sys.dm_os_sys_info (Transact-SQL)") */
export const VIRTUAL_MACHINE_TYPE = {
  none: { code: 0, desc: 'NONE' },
  hypervisor: { code: 1, desc: 'HYPERVISOR' },
} as const;

let vmCache: (typeof VIRTUAL_MACHINE_TYPE)[keyof typeof VIRTUAL_MACHINE_TYPE] | undefined;

/**
 * HYPERVISOR when the CPU reports it runs under one (Linux: the 'hypervisor' CPU flag, which
 * CPUID bit 31 of ECX sets, as SQL Server itself asks CPUID); NONE elsewhere or when unknown.
 * Read once: it cannot change while the process runs.
 */
export function detectVirtualMachine(): (typeof VIRTUAL_MACHINE_TYPE)[keyof typeof VIRTUAL_MACHINE_TYPE] {
  if (vmCache) return vmCache;
  let flagged = false;
  try {
    const cpuinfo = readFileSync('/proc/cpuinfo', 'latin1');
    flagged = cpuinfo.split('\n').some((line) => line.startsWith('flags') && line.split(/\s+/).includes('hypervisor'));
  } catch {
    flagged = false;
  }
  vmCache = flagged ? VIRTUAL_MACHINE_TYPE.hypervisor : VIRTUAL_MACHINE_TYPE.none;
  return vmCache;
}

/**
 * The default "max worker threads" of a 64-bit SQL Server (2016 and later, "Configure the max
 * worker threads server configuration option"): 512 up to 4 CPUs, then 16 more per CPU up to 64
 * CPUs, 32 more per CPU beyond.
 */
export function workerThreads(cpus: number): number {
  if (cpus <= 4) return 512;
  if (cpus <= 64) return 512 + (cpus - 4) * 16;
  return 512 + (cpus - 4) * 32;
}
