// The node as an operator sees it: the listening line, a generated sa password written once to
// the data folder, clean SIGTERM shutdown with sessions open, and data that survives a restart
// and a crash (SIGKILL).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { startNode } from '../helpers/start-node';
import { batch, close, connect, ok, scalar } from '../helpers/tedious-session';

describe('node lifecycle', () => {
  test('prints one listening line with the real port; SIGTERM exits 0 with a session open', async () => {
    const node = await startNode({ name: 'MSXDLIFE' });
    const lines = node.output().split('\n').filter((l) => l.startsWith('msxd '));
    assert.deepEqual(lines, [`msxd MSXDLIFE listening on 127.0.0.1:${node.port}`]);
    assert.ok(node.port > 0);
    const session = await connect(node);
    const ended = new Promise<void>((resolve) => session.conn.once('end', () => resolve()));
    assert.equal(await node.stop(), 0);
    await ended;
  });

  test('without MSXD_SA_PASSWORD a password is generated, printed once and kept in <data>/sa-password', async () => {
    const node = await startNode({ name: 'MSXDGEN', saPassword: null });
    try {
      const file = path.join(node.dataDir, 'sa-password');
      assert.ok(existsSync(file), `${file} exists`);
      const password = readFileSync(file, 'utf8').trim();
      assert.ok(password.length >= 12, 'a strong generated password');
      assert.equal((statSync(file).mode & 0o077), 0, 'sa-password is readable by its owner only');
      assert.equal(node.output().split(password).length - 1, 1, 'the password is printed exactly once');
      const session = await connect(node, { password });
      await close(session);
      const printedBefore = node.output().length;
      await node.restart();
      assert.ok(!node.output().slice(printedBefore).includes(password), 'not printed again at the next start');
      const again = await connect(node, { password });
      await close(again);
    } finally {
      await node.stop();
    }
  });

  test('committed data survives a clean restart and a SIGKILL', async () => {
    const node = await startNode({ name: 'MSXDDURABLE' });
    try {
      let session = await connect(node);
      ok(await batch(session, "CREATE TABLE dbo.durable (id int NOT NULL PRIMARY KEY, name nvarchar(40) NOT NULL);\nINSERT INTO dbo.durable (id, name) VALUES (1, N'first'), (2, N'h\u00e9llo');"));
      await close(session);
      await node.restart();
      session = await connect(node);
      ok(await batch(session, "INSERT INTO dbo.durable (id, name) VALUES (3, N'before crash')"));
      await close(session);
      await node.kill9();
      await node.restart();
      session = await connect(node);
      const o = ok(await batch(session, 'SELECT id, name FROM dbo.durable ORDER BY id'));
      assert.deepEqual(o.sets[0]?.rows, [[1, 'first'], [2, 'h\u00e9llo'], [3, 'before crash']]);
      assert.equal(scalar(ok(await batch(session, 'SELECT COUNT(*) FROM dbo.durable'))), 3);
      await close(session);
    } finally {
      await node.stop();
    }
  });
});
