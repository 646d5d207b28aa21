// SQL Server's CONFIG statements: RECONFIGURE [WITH OVERRIDE], and the configured-value write
// behind sp_configure (src/procedures/sp_configure.ts reaches it as ProcedureContext.configure).
// https://learn.microsoft.com/sql/t-sql/language-elements/reconfigure-transact-sql
// Both need sysadmin (SQL Server: ALTER SETTINGS, held by sysadmin and serveradmin) and are
// refused in a user transaction (574). RECONFIGURE checks every pending value before installing
// any ("if any reconfiguration fails, none of them take effect"); WITH OVERRIDE skips only the
// checks of non-recommended values (recovery interval, allow updates), never min > max memory.
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import {
  CONFIGURATION_IDS, findConfiguration, installDynamicValues, listConfigurations, setConfiguredValue,
  type ConfigurationRow, type SessionStorage,
} from '../../store/index';
import type { ReconfigureStatement } from '../../tsql/ast';
import { lockWait, storageOf } from '../ddl/storage-of';
import type { Scope } from '../interpreter/scope';

/** The largest recovery interval RECONFIGURE accepts without OVERRIDE (message 5807). */
const RECOMMENDED_RECOVERY_INTERVAL = 60;

export async function executeReconfigure(stmt: ReconfigureStatement, scope: Scope): Promise<void> {
  if (!scope.session.isSysadmin) throw sqlError(5812);
  refuseInTransaction(scope);
  await writeConfiguration(scope, (s) => {
    checkPendingValues(listConfigurations(s), stmt.override);
    installDynamicValues(s);
  });
}

/**
 * sp_configure's write of a configured value. The caller (sp_configure) has resolved the name,
 * checked the range and its caller's permission; the engine re-checks what it must not trust.
 */
export async function configureOption(scope: Scope, configurationId: number, value: number): Promise<void> {
  if (!scope.session.isSysadmin) throw sqlError(15247);
  refuseInTransaction(scope);
  await writeConfiguration(scope, (s) => {
    const option = findConfiguration(s, configurationId);
    if (!option) throw new Error(`configureOption: no configuration option ${configurationId}`);
    if (value < option.minimum || value > option.maximum) throw sqlError(15129, value, option.name);
    setConfiguredValue(s, configurationId, value);
  });
}

function refuseInTransaction(scope: Scope): void {
  if (scope.session.transactions.trancount > 0) throw sqlErrorWithState(574, 0, 'CONFIG');
}

function checkPendingValues(rows: readonly ConfigurationRow[], override: boolean): void {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const value = (id: number): number | undefined => byId.get(id)?.value;
  const minMemory = value(CONFIGURATION_IDS.minServerMemory) ?? 0;
  const maxMemory = value(CONFIGURATION_IDS.maxServerMemory) ?? minMemory;
  if (minMemory > maxMemory) throw sqlError(5831, minMemory, maxMemory);
  if (override) return;
  if ((value(CONFIGURATION_IDS.recoveryInterval) ?? 0) > RECOMMENDED_RECOVERY_INTERVAL) {
    throw sqlError(5807, RECOMMENDED_RECOVERY_INTERVAL);
  }
  if (value(CONFIGURATION_IDS.allowUpdates) === 1) throw sqlError(5808);
}

/** Master's rows, changed under the write lock; never in a user transaction (574 first). */
async function writeConfiguration(scope: Scope, fn: (s: SessionStorage) => void): Promise<void> {
  const s = storageOf(scope);
  s.ensureAttached(['master']);
  await s.withWriteLock(() => fn(s), lockWait(scope));
}
