// Child process of kill9.test.ts: commits one row per transaction and prints each id only after
// its COMMIT returned, until the parent kills it with SIGKILL.
import { openNodeStore } from '../../../src/store';

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: kill9-child <dataDir>');
  const { store } = await openNodeStore(dir, {});
  const s = store.openSession({ database: 'msdb' });
  s.exec('CREATE TABLE IF NOT EXISTS "msdb"."dbo.kill9" (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)');
  for (let id = 1; ; id++) {
    await s.withWriteLock(() => s.run('INSERT INTO "msdb"."dbo.kill9" (id, payload) VALUES (?, ?)', [id, 'x'.repeat(200)]),
      { lockTimeoutMs: 5000 });
    // stdout to a pipe is synchronous on Linux: once write returns, the parent can read the line.
    process.stdout.write(`${id}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(1);
});
