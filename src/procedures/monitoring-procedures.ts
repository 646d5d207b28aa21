// The monitoring procedures a DBA runs first (sp_lock, sp_monitor), kept in one list so
// index.ts registers them with one edit.
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { spLock } from './sp_lock';
import { spMonitor } from './sp_monitor';

export const monitoringProcedures: readonly ProcedureDefinition[] = [spLock, spMonitor];
