// Builds or upgrades msdb from the scripts: what has not run yet runs, batch by batch, through
// the caller's engine session; the store records each script (number, name, SHA-256) so a
// script runs once and an edited one is refused (append-only). Then the objects the scripts
// create are flagged is_ms_shipped, at every start: the scripts cannot say it in T-SQL, and
// msdbs built before the flag was set get it at their next start without a new script.
import { markShippedObjects, runMigrations, type LockWait, type MigrationScript, type SessionStorage } from '../store/index';
import { splitBatches } from './batches';
import { MSDB_SHIPPED_OBJECTS } from './schema-objects';
import { msdbScripts } from './scripts';

export interface ApplyMsdbOptions {
  /** a store connection that can see msdb (for the migration records) */
  readonly session: SessionStorage;
  /** runs one T-SQL batch in msdb with sysadmin rights; must throw when the batch raises an error */
  readonly runBatch: (text: string, script: MigrationScript, batchIndex: number) => Promise<void>;
  /** defaults to the bundled sql/ scripts */
  readonly scripts?: readonly MigrationScript[];
  readonly wait?: LockWait;
}

/** Applies the msdb scripts that have not run yet and flags msdb's shipped objects; returns the scripts' numbers. */
export async function applyMsdbSchema(options: ApplyMsdbOptions): Promise<number[]> {
  const applied = await runMigrations({
    session: options.session,
    database: 'msdb',
    scripts: options.scripts ?? msdbScripts(),
    apply: async (text, script) => {
      const batches = splitBatches(text);
      for (let i = 0; i < batches.length; i++) await options.runBatch(batches[i] ?? '', script, i);
    },
    ...(options.wait ? { wait: options.wait } : {}),
  });
  await markShippedObjects(options.session, 'msdb', 'dbo', MSDB_SHIPPED_OBJECTS, options.wait ?? { lockTimeoutMs: 10_000 });
  return applied;
}
