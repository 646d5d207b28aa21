// Child process of persistence.test.ts: runs CREATE TABLE + CREATE PROCEDURE batches through the
// engine, printing each number only after its batch finished without error, until SIGKILL.
import { createEngine } from '../../../../src/engine/index';
import { openNodeStore } from '../../../../src/store/index';
import { IDENTITY, login, RecordingSink } from '../helpers';

async function main(): Promise<void> {
  const dir = process.argv[2];
  const password = process.argv[3];
  if (!dir || !password) throw new Error('usage: ddl-kill9-child <dataDir> <saPassword>');
  const { store } = await openNodeStore(dir, {});
  const engine = createEngine({ identity: IDENTITY, store, storageSessions: true });
  await engine.authenticate('sa', password);
  const session = engine.openSession(login());
  for (let n = 1; ; n++) {
    const sink = new RecordingSink();
    await session.executeBatch(`CREATE TABLE dbo.k${n} (id int IDENTITY PRIMARY KEY, v varchar(10) DEFAULT 'x')`, sink, new AbortController().signal);
    await session.executeBatch(`CREATE PROCEDURE dbo.kp${n} AS RETURN ${n}`, sink, new AbortController().signal);
    if (sink.errors.length > 0) throw new Error(sink.errors.map((e) => e.message).join('; '));
    process.stdout.write(`${n}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(1);
});
