// The views a DBA reads first about activity, locks and the machine (sp_WhoIsActive-style
// scripts), kept in one list so index.ts registers them with one line.
import { dmOsProcessMemory, dmOsSysMemory } from './dm-os-memory';
import { dmOsSchedulers } from './dm-os-schedulers';
import { dmOsWaitingTasks } from './dm-os-waiting-tasks';
import { dmTranLocks } from './dm-tran-locks';
import { dmTranActiveTransactions, dmTranSessionTransactions } from './dm-tran-transactions';
import type { SystemView } from './system-view';

export const MONITORING_VIEWS: readonly SystemView[] = [
  dmTranLocks, dmOsWaitingTasks, dmTranActiveTransactions, dmTranSessionTransactions,
  dmOsSchedulers, dmOsSysMemory, dmOsProcessMemory,
];
