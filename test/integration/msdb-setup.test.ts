// msdb is built from the numbered scripts in sql/ at the first start of a node, by the node's own
// engine, and is not rebuilt at later starts: a DBA finds SQL Server Agent's tables, views,
// fixed categories and roles in msdb over TDS like on SQL Server.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../helpers/repo-root';
import { startNode } from '../helpers/start-node';
import { batch, close, connect, ok, scalar } from '../helpers/tedious-session';

/** the numbers of the scripts in sql/, from the file names (NNNN_what.sql) */
function scriptNumbersInSqlFolder(): number[] {
  return readdirSync(path.join(repoRoot(), 'sql')).filter((f) => f.toLowerCase().endsWith('.sql'))
    .map((f) => Number(f.slice(0, 4))).sort((a, b) => a - b);
}

/** the `scripts` of every "msdb scripts applied" line the node logged (pino JSON lines) */
function appliedScriptLogs(output: string): unknown[] {
  return output.split('\n').flatMap((line) => {
    const entry = logEntry(line);
    return entry?.msg === 'msdb scripts applied' ? [entry.scripts] : [];
  });
}

function logEntry(line: string): { msg?: unknown; scripts?: unknown } | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    return JSON.parse(line) as { msg?: unknown; scripts?: unknown };
  } catch {
    return undefined;
  }
}

test('first start builds msdb from sql/; a restart keeps it and applies nothing again', async () => {
  const node = await startNode({ name: 'MSXDMSDB' });
  try {
    const files = scriptNumbersInSqlFolder();
    assert.ok(files.length > 0);
    assert.deepEqual(appliedScriptLogs(node.output()), [files], 'the first start applies every script in sql/, once');
    let session = await connect(node);
    const tables = ok(await batch(session, "SELECT name FROM msdb.sys.tables WHERE name IN (N'sysjobs', N'sysjobsteps', N'sysschedules', N'sysjobschedules', N'sysjobservers', N'sysjobhistory', N'sysdownloadlist', N'systargetservers') ORDER BY name"));
    assert.deepEqual(tables.sets[0]?.rows.map((r) => r[0]), ['sysdownloadlist', 'sysjobhistory', 'sysjobs', 'sysjobschedules', 'sysjobservers', 'sysjobsteps', 'sysschedules', 'systargetservers']);
    const categories = ok(await batch(session, 'SELECT category_id, name FROM msdb.dbo.syscategories WHERE category_id IN (0, 1, 2) ORDER BY category_id'));
    assert.deepEqual(categories.sets[0]?.rows, [[0, '[Uncategorized (Local)]'], [1, 'Jobs from MSX'], [2, '[Uncategorized (Multi-Server)]']]);
    assert.equal(scalar(ok(await batch(session, "SELECT COUNT(*) FROM msdb.sys.database_principals WHERE name = N'TargetServersRole' AND type = 'R'"))), 1);
    assert.equal(scalar(ok(await batch(session, 'SELECT COUNT(*) FROM msdb.dbo.sysjobs_view'))), 0);
    await close(session);

    const before = node.output().length;
    await node.restart();
    assert.deepEqual(appliedScriptLogs(node.output().slice(before)), [], 'a restart applies no script');
    session = await connect(node);
    assert.equal(scalar(ok(await batch(session, "SELECT COUNT(*) FROM msdb.dbo.syscategories WHERE name = N'Jobs from MSX'"))), 1, 'seed rows not inserted twice');
    await close(session);
  } finally {
    await node.stop();
  }
});
