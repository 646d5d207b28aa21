import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { extname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { openNodeStore } from '../../../src/store';
import { freshNode } from './fresh-node';

const ROWS_BEFORE_KILL = 300;
const MAX_RUN_MS = 8000;

test('kill -9 loses no committed transaction', { timeout: 30_000 }, async () => {
  const node = await freshNode();
  await node.store.close();

  const ext = extname(__filename);
  const child = spawn(process.execPath, [...(ext === '.ts' ? ['--import', 'tsx'] : []), join(__dirname, `kill9-child${ext}`), node.dir], {
    cwd: resolve(__dirname, ext === '.ts' ? '../../..' : '../../../..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const printed: number[] = [];
  let partial = '';
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
  const exited = new Promise<NodeJS.Signals | null>((res) => child.on('exit', (_code, signal) => res(signal)));
  // Lines still in the pipe when the child died were committed too: read them all.
  const drained = new Promise<void>((res) => child.stdout.on('close', res));
  await new Promise<void>((res) => {
    const deadline = setTimeout(res, MAX_RUN_MS);
    child.stdout.on('data', (b: Buffer) => {
      const lines = (partial + b.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const l of lines) printed.push(Number(l));
      if (printed.length >= ROWS_BEFORE_KILL) {
        clearTimeout(deadline);
        res();
      }
    });
    child.on('exit', () => { clearTimeout(deadline); res(); });
  });
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL', `child ended by itself: ${stderr}`);
  await drained;
  assert.ok(printed.length >= 10, `child committed only ${printed.length} rows: ${stderr}`);

  const { store } = await openNodeStore(node.dir, {});
  const s = store.openSession({ database: 'msdb' });
  const ids = new Set(s.all<{ id: number }>('SELECT id FROM "msdb"."dbo.kill9"').map((r) => r.id));
  const missing = printed.filter((id) => !ids.has(id));
  assert.deepEqual(missing, [], `${missing.length} of ${printed.length} committed rows lost`);
  assert.ok(ids.size >= printed.length);
  s.close();
  await store.close();
  await node.dispose();
});
