// Server configuration options across restarts: sp_configure writes the configured value, RECONFIGURE
// installs dynamic ones, and a restart installs every configured value (an option that is not
// dynamic takes effect only then, as in SQL Server). 'Agent XPs' follows the node's agent: 1 once
// it started, 0 after it stopped.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startNode } from '../helpers/start-node';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';

const VALUES = `SELECT name, CAST(value AS int) AS value, CAST(value_in_use AS int) AS value_in_use FROM sys.configurations
WHERE name IN ('user connections', 'cost threshold for parallelism', 'Agent XPs', 'show advanced options') ORDER BY name`;

async function values(s: Session): Promise<unknown[][]> {
  return ok(await batch(s, VALUES)).sets[0]!.rows;
}

test('configured values survive a restart, which installs them all; Agent XPs follows the agent', async () => {
  const node = await startNode({ name: 'MSXDCONFIG' });
  try {
    let s = await connect(node);
    assert.deepEqual(await values(s), [
      ['Agent XPs', 1, 1], ['cost threshold for parallelism', 5, 5], ['show advanced options', 0, 0], ['user connections', 0, 0],
    ]);
    const changed = ok(await batch(s, `EXEC sp_configure 'show advanced options', 1; RECONFIGURE;
EXEC sp_configure 'user connections', 50; RECONFIGURE WITH OVERRIDE;
EXEC sp_configure 'cost threshold for parallelism', 20;`));
    assert.deepEqual(changed.infos.map((m) => [m.number, m.class, m.procName, m.lineNumber]), [
      [15457, 10, 'sp_configure', 196], [15457, 10, 'sp_configure', 196], [15457, 10, 'sp_configure', 196],
    ]);
    assert.deepEqual(await values(s), [
      ['Agent XPs', 1, 1], ['cost threshold for parallelism', 20, 5], ['show advanced options', 1, 1], ['user connections', 50, 0],
    ]);
    await close(s);

    await node.restart();
    s = await connect(node);
    assert.deepEqual(await values(s), [
      ['Agent XPs', 1, 1], ['cost threshold for parallelism', 20, 20], ['show advanced options', 1, 1], ['user connections', 50, 50],
    ]);
    await close(s);
  } finally {
    await node.stop();
  }

  const noAgent = await startNode({ name: 'MSXDCONFIG', dataDir: node.dataDir, args: ['--no-agent'] });
  try {
    const s = await connect(noAgent);
    assert.deepEqual(await values(s), [
      ['Agent XPs', 0, 0], ['cost threshold for parallelism', 20, 20], ['show advanced options', 1, 1], ['user connections', 50, 50],
    ]);
    await close(s);
  } finally {
    await noAgent.stop();
  }
});
