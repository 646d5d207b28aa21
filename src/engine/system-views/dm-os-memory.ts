// sys.dm_os_sys_memory and sys.dm_os_process_memory ("sys.dm_os_sys_memory (Transact-SQL)",
// "sys.dm_os_process_memory (Transact-SQL)") from the operating system at every query
// (memory-facts.ts). Machine: total and available physical memory (MemTotal, MemAvailable), the
// commit limit and what is left of it (CommitLimit - Committed_AS, Windows' page file figures),
// the page cache as system_cache_kb. Linux has no paged/nonpaged kernel pools: 0. The memory
// signals are Windows resource notifications msxd never receives: both 0, and the state text is
// the documented one for that pair ('Physical memory usage is steady').
// Process: physical_memory_in_use_kb the resident set; no large or locked pages (0); the 128 TB
// user-mode address space of a 64-bit process (as sys.dm_os_sys_info.virtual_memory_kb);
// reserved = the mapped virtual size (VmSize), committed = the resident set, available = the
// rest of the address space; page_fault_count the process's minor + major faults;
// memory_utilization_percentage 100 (committed is the resident set, all of it in the working set); available_commit_limit_kb the machine's
// commit left. msxd does not react to low-memory notifications: both *_low are 0.
// Permission: VIEW SERVER PERFORMANCE STATE (SQL Server 2022; VIEW SERVER STATE before): sysadmin.
import { requireServerState } from './dm-server-services';
import { PERFORMANCE_STATE } from './dm-os-wait-stats';
import { processMemory, systemMemory } from './memory-facts';
import { col, nv, type SystemView } from './system-view';

const BIGINT = { kind: 'bigint' } as const;
const BIT = { kind: 'bit' } as const;

/** 128 TB: the user-mode address space of a 64-bit process */
const USER_ADDRESS_SPACE_KB = 137_438_953_344;

const FULLY_RESIDENT = 100;

/** system_memory_state_desc for (high, low) = (0, 0), the documented table's third line */
const STEADY = 'Physical memory usage is steady';

export const dmOsSysMemory: SystemView = {
  name: 'sys.dm_os_sys_memory',
  columns: [
    col('total_physical_memory_kb', BIGINT, false), col('available_physical_memory_kb', BIGINT, false),
    col('total_page_file_kb', BIGINT, false), col('available_page_file_kb', BIGINT, false),
    col('system_cache_kb', BIGINT, false), col('kernel_paged_pool_kb', BIGINT, false),
    col('kernel_nonpaged_pool_kb', BIGINT, false), col('system_high_memory_signal_state', BIT, false),
    col('system_low_memory_signal_state', BIT, false), col('system_memory_state_desc', nv(256), false),
  ],
  rows(scope) {
    requireServerState(scope, PERFORMANCE_STATE);
    const m = systemMemory();
    return [[
      BigInt(m.totalKb), BigInt(m.availableKb), BigInt(m.commitLimitKb), BigInt(m.commitAvailableKb),
      BigInt(m.cacheKb), 0n, 0n, false, false, STEADY,
    ]];
  },
};

export const dmOsProcessMemory: SystemView = {
  name: 'sys.dm_os_process_memory',
  columns: [
    col('physical_memory_in_use_kb', BIGINT, false), col('large_page_allocations_kb', BIGINT, false),
    col('locked_page_allocations_kb', BIGINT, false), col('total_virtual_address_space_kb', BIGINT, false),
    col('virtual_address_space_reserved_kb', BIGINT, false), col('virtual_address_space_committed_kb', BIGINT, false),
    col('virtual_address_space_available_kb', BIGINT, false), col('page_fault_count', BIGINT, false),
    col('memory_utilization_percentage', { kind: 'int' }, false), col('available_commit_limit_kb', BIGINT, false),
    col('process_physical_memory_low', BIT, false), col('process_virtual_memory_low', BIT, false),
  ],
  rows(scope) {
    requireServerState(scope, PERFORMANCE_STATE);
    const p = processMemory();
    const reserved = Math.max(p.virtualKb, p.residentKb);
    return [[
      BigInt(p.residentKb), 0n, 0n, BigInt(USER_ADDRESS_SPACE_KB),
      BigInt(reserved), BigInt(p.residentKb), BigInt(USER_ADDRESS_SPACE_KB - reserved), BigInt(p.pageFaults),
      FULLY_RESIDENT, BigInt(systemMemory().commitAvailableKb), false, false,
    ]];
  },
};
