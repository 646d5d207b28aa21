// TSQL steps on reused connections skip the USE batch when the connection is already in the step's
// database (tracked from the node's ENVCHANGE), and still land in the right database after a step
// whose own command changed it, or when the step names another one. Against a REAL node.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startNode, type NodeHandle } from '../../helpers/start-node';
import { TediousTsqlExecutor } from '../../../src/agent/node/tsql-executor';

let node: NodeHandle;
let executor: TediousTsqlExecutor;

before(async () => {
  node = await startNode({ name: 'AGENTUSE', args: ['--no-agent'] });
  executor = new TediousTsqlExecutor({
    host: node.host, port: node.port, login: 'sa', password: node.saPassword,
    certificatePem: readFileSync(join(node.dataDir, 'tls', 'cert.pem'), 'utf8'), serverName: 'localhost',
  }, 1);
  const made = await executor.runBatch('master', 'CREATE DATABASE stepdb', new AbortController().signal);
  assert.equal(made.error, null);
});

after(async () => {
  await executor?.close();
  await node?.stop();
});

/** DB_NAME() as the step sees it, run on the executor's one connection. */
async function dbOfStep(database: string | null, command = 'PRINT DB_NAME()'): Promise<string[]> {
  const r = await executor.runBatch(database, command, new AbortController().signal);
  assert.equal(r.error, null, JSON.stringify(r.messages));
  return r.messages.map((m) => m.message);
}

test('each step runs in its own database on one reused connection, whatever the previous step did', async () => {
  assert.deepEqual(await dbOfStep('stepdb'), ['stepdb']);
  assert.deepEqual(await dbOfStep('STEPDB'), ['stepdb'], 'same database, other case: no USE needed');
  assert.deepEqual(await dbOfStep('master'), ['master']);
  assert.deepEqual(await dbOfStep('stepdb', 'USE tempdb; PRINT DB_NAME()'), ["Changed database context to 'tempdb'.", 'tempdb']);
  assert.deepEqual(await dbOfStep('stepdb'), ['stepdb'], 'the command\'s USE is seen, so the next step is moved back');
  assert.deepEqual(await dbOfStep('tempdb', 'USE stepdb'), ["Changed database context to 'stepdb'."]);
  assert.deepEqual(await dbOfStep('tempdb'), ['tempdb']);
});

test('a step in a database that does not exist still fails before its command', async () => {
  const r = await executor.runBatch('nosuchdb', 'PRINT 1', new AbortController().signal);
  assert.equal(r.error?.number, 911);
  assert.deepEqual(await dbOfStep('stepdb'), ['stepdb']);
});
