// MsxdNode as a library object and msxd as a command: several nodes in one process, the data
// folder's certificate and generated sa password (created once, mode 0600, reused), graceful
// stop, and the CLI's listening line and clean SIGTERM exit.
import { repoRoot, runningFromSources } from '../../helpers/repo-root';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { LoginThrottle } from '../../../src/server/login-throttle';
import { close, login, query, startTestNode } from './node-harness';

test('two nodes in one process; stop() closes open sessions', async () => {
  const a = await startTestNode();
  const b = await startTestNode();
  assert.notEqual(a.port, b.port);
  const ca = await login(a.port);
  const cb = await login(b.port);
  assert.deepEqual((await query(ca.conn!, 'SELECT 1')).rows, [[1]]);
  assert.deepEqual((await query(cb.conn!, 'SELECT 1')).rows, [[1]]);
  const ended = new Promise<void>((resolve) => ca.conn!.once('end', () => resolve()));
  await a.stop();
  await ended;
  assert.deepEqual((await query(cb.conn!, 'SELECT 2')).rows, [[2]]);
  await close(cb.conn);
  await b.stop();
});

test('first start creates the certificate and a generated sa password (0600); later starts reuse them', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'msxd-lifecycle-'));
  const saved = process.env['MSXD_SA_PASSWORD'];
  delete process.env['MSXD_SA_PASSWORD'];
  try {
    const first = await startTestNode({ dataDir, saPassword: undefined as unknown as string });
    const generated = first.node.generatedSaPassword;
    assert.ok(generated, 'a password was generated');
    assert.ok(generated.password.length >= 20);
    assert.equal(statSync(path.join(dataDir, 'sa-password')).mode & 0o777, 0o600);
    assert.equal(statSync(path.join(dataDir, 'tls', 'key.pem')).mode & 0o777, 0o600);
    const cert = readFileSync(path.join(dataDir, 'tls', 'cert.pem'), 'utf8');
    const r = await login(first.port, { password: generated.password });
    assert.equal(r.error, undefined);
    await close(r.conn);
    await first.stop();

    const second = await startTestNode({ dataDir, saPassword: undefined as unknown as string });
    assert.equal(second.node.generatedSaPassword, undefined, 'printed once only');
    assert.equal(readFileSync(path.join(dataDir, 'tls', 'cert.pem'), 'utf8'), cert, 'certificate reused');
    const again = await login(second.port, { password: generated.password, encrypt: true });
    assert.equal(again.error, undefined);
    await close(again.conn);
    await second.stop();
  } finally {
    if (saved !== undefined) process.env['MSXD_SA_PASSWORD'] = saved;
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('repeated failures from one address are delayed exponentially, capped; success resets', () => {
  const throttle = new LoginThrottle({ baseDelayMs: 100, maxDelayMs: 1000 });
  assert.equal(throttle.failure('a', 0), 0);
  assert.equal(throttle.failure('a', 1), 100);
  assert.equal(throttle.failure('a', 2), 200);
  assert.equal(throttle.failure('a', 3), 400);
  assert.equal(throttle.failure('b', 3), 0, 'other addresses are not affected');
  for (let i = 0; i < 10; i++) throttle.failure('a', 4);
  assert.equal(throttle.failure('a', 5), 1000);
  throttle.success('a');
  assert.equal(throttle.failure('a', 6), 0);
});

test('msxd serve prints its listening line and exits 0 on SIGTERM', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'msxd-cli-'));
  // the compiled entry under npm test, the TypeScript one under tsx
  const entry = runningFromSources() ? ['--import', 'tsx', path.join(repoRoot(), 'src/main.ts')] : [path.join(repoRoot(), 'dist/src/main.js')];
  const child = spawn(process.execPath, [...entry,
    'serve', '--port', '0', '--data', dataDir, '--name', 'CLINODE'], {
    env: { ...process.env, MSXD_SA_PASSWORD: 'Cli-Test-Pa55word!' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let stdout = '';
    const line = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line; stdout: ${stdout}`)), 30_000);
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString();
        const m = /^msxd CLINODE listening on 127\.0\.0\.1:(\d+)\n/.exec(stdout);
        if (m) {
          clearTimeout(timer);
          resolve(m[0]);
        }
      });
    });
    const port = Number(/:(\d+)\n$/.exec(line)![1]);
    assert.ok(port > 0);
    const r = await login(port, { password: 'Cli-Test-Pa55word!' });
    assert.equal(r.error, undefined);
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exit, 0);
    assert.equal(stdout, line, 'exactly one line on stdout');
    await close(r.conn);
  } finally {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
