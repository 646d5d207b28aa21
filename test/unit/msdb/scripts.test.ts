import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { MSDB_AGENT_FUNCTIONS, MSDB_AGENT_ROLES, MSDB_AGENT_TABLES, MSDB_BACKUP_TABLES, MSDB_MAIL_TABLES, MSDB_MAIL_QUEUE_TABLES, MSDB_MAIL_VIEWS, MSDB_MAIL_ROLES, MSDB_AGENT_VIEWS, MSDB_PROXY_TABLES, MSDB_PROXY_VIEWS, MSDB_ALERT_VIEWS, MSDB_MAIL_ATTACHMENT_TABLES, MSDB_MAIL_ATTACHMENT_VIEWS, MSXD_MSDB_TABLES, msdbScriptDir, msdbScripts } from '../../../src/msdb/index';
import { parseBatch, type Statement } from '../../../src/tsql/index';
import { literalText, parsedBatches, walk } from './script-ast';

// What the engine is expected to run while building msdb. Anything else in a script is a
// feature the migration would depend on without anyone having agreed to it.
const ALLOWED = new Set<Statement['kind']>([
  'if', 'block', 'createTable', 'createIndex', 'createView', 'createRole', 'alterRole', 'grant',
  'insert', 'setIdentityInsert', 'execString',
  // 0007 withdraws table grants of 0004 and 0006 (targets go through the msdb procedures)
  'revoke',
  // 0010: agent_datetime, a T-SQL scalar function as in SQL Server's msdb
  'createFunction',
]);

// The runner takes only files named NNNN_what.sql and skips others silently; a gap or a repeated
// number would mean a script was renumbered or lost (scripts are append-only).
test('scripts: sql/ at the package root; every .sql file there is a script, numbered contiguously from 0001 in order', () => {
  const dir = msdbScriptDir();
  assert.equal(path.basename(dir), 'sql');
  const scripts = msdbScripts();
  assert.ok(scripts.length > 0);
  assert.deepEqual(scripts.map((s) => s.name), readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.sql')).sort());
  assert.deepEqual(scripts.map((s) => s.id), scripts.map((_, i) => i + 1));
  for (const s of scripts) assert.match(s.name, new RegExp(`^${String(s.id).padStart(4, '0')}_[a-z0-9_]+\\.sql$`));
});

test('scripts: every batch parses and uses only statements the engine is expected to run', () => {
  const batches = parsedBatches();
  assert.deepEqual([...new Set(batches.map((b) => b.script.id))], msdbScripts().map((s) => s.id), 'a script without a batch');
  for (const b of batches) {
    assert.ok(b.batch.statements.length > 0, `${b.script.name} batch ${b.index} is empty`);
    for (const { stmt } of walk(b.batch.statements)) {
      assert.ok(ALLOWED.has(stmt.kind), `${b.script.name} batch ${b.index}: ${stmt.kind} at line ${stmt.line}`);
    }
  }
});

test('scripts: no USE, no three-part names (the runner executes them in msdb)', () => {
  for (const b of parsedBatches()) {
    assert.doesNotMatch(b.text, /\bmsdb\./i, `${b.script.name} batch ${b.index}`);
    for (const { stmt } of walk(b.batch.statements)) assert.notEqual(stmt.kind, 'use');
  }
});

test('scripts: each table is created once, only when OBJECT_ID(N\'dbo.<table>\', N\'U\') IS NULL', () => {
  const created: string[] = [];
  for (const b of parsedBatches()) {
    for (const { stmt, guards } of walk(b.batch.statements)) {
      if (stmt.kind !== 'createTable') continue;
      assert.equal(stmt.name.schema, 'dbo');
      created.push(stmt.name.name);
      const g = guards[0];
      assert.equal(guards.length, 1);
      assert.ok(g?.kind === 'isNull' && !g.not && g.operand.kind === 'call' && g.operand.name.name.toUpperCase() === 'OBJECT_ID');
      assert.equal(literalText(g.operand.args[0]), `dbo.${stmt.name.name}`);
      assert.equal(literalText(g.operand.args[1]), 'U');
    }
  }
  assert.deepEqual(created, [...MSDB_AGENT_TABLES, ...MSXD_MSDB_TABLES, ...MSDB_MAIL_TABLES, ...MSDB_BACKUP_TABLES, ...MSDB_MAIL_QUEUE_TABLES, ...MSDB_PROXY_TABLES, ...MSDB_MAIL_ATTACHMENT_TABLES]);
});

// msxd's own tables are told apart from SQL Server's by name, as the columns fixtures are.
test('scripts: msxd\'s own tables, and only they, are named msxd_*', () => {
  for (const t of MSXD_MSDB_TABLES) assert.match(t, /^msxd_/);
  for (const t of [...MSDB_AGENT_TABLES, ...MSDB_MAIL_TABLES, ...MSDB_BACKUP_TABLES, ...MSDB_MAIL_QUEUE_TABLES, ...MSDB_PROXY_TABLES, ...MSDB_MAIL_ATTACHMENT_TABLES]) assert.doesNotMatch(t, /^msxd_/);
});

test('scripts: each index is created in the guarded block of its table', () => {
  for (const b of parsedBatches()) {
    const tables = [...walk(b.batch.statements)].flatMap(({ stmt }) => (stmt.kind === 'createTable' ? [stmt.name.name] : []));
    for (const { stmt, guards } of walk(b.batch.statements)) {
      if (stmt.kind !== 'createIndex') continue;
      assert.equal(guards.length, 1, `${stmt.name} must be guarded`);
      assert.deepEqual(tables, [stmt.table.name], `${stmt.name} on ${stmt.table.name}`);
    }
  }
});

/** The names of the views or functions the scripts create; each is CREATE OR ALTER dbo.x, alone in its batch. */
function modulesCreated(kind: 'createView' | 'createFunction'): string[] {
  const names: string[] = [];
  for (const b of parsedBatches()) {
    const m = b.batch.statements.find((s) => s.kind === kind);
    if (!m || (m.kind !== 'createView' && m.kind !== 'createFunction')) continue;
    assert.equal(b.batch.statements.length, 1);
    assert.equal(m.mode, 'createOrAlter');
    assert.equal(m.name.schema, 'dbo');
    names.push(m.name.name);
  }
  return names;
}

test('scripts: views are CREATE OR ALTER, alone in their batch', () => {
  assert.deepEqual(modulesCreated('createView'), [...MSDB_AGENT_VIEWS, ...MSDB_MAIL_VIEWS, ...MSDB_PROXY_VIEWS, ...MSDB_ALERT_VIEWS, ...MSDB_MAIL_ATTACHMENT_VIEWS]);
});

test('scripts: functions are CREATE OR ALTER, alone in their batch', () => {
  assert.deepEqual(modulesCreated('createFunction'), [...MSDB_AGENT_FUNCTIONS]);
});

test('scripts: roles are created when missing; EXEC strings only create the role schemas', () => {
  const roles: string[] = [];
  const schemas: string[] = [];
  for (const b of parsedBatches()) {
    for (const { stmt, guards } of walk(b.batch.statements)) {
      if (stmt.kind === 'createRole') {
        assert.equal(guards.length, 1);
        roles.push(stmt.name);
      }
      if (stmt.kind === 'execString') {
        assert.equal(guards.length, 1);
        const inner = parseBatch(String(literalText(stmt.parts[0])));
        const s = inner.statements[0];
        assert.ok(inner.statements.length === 1 && s?.kind === 'createSchema');
        assert.equal(s.authorization, s.name);
        schemas.push(s.name);
      }
    }
  }
  assert.deepEqual(roles, [...MSDB_AGENT_ROLES, ...MSDB_MAIL_ROLES]);
  assert.deepEqual(schemas, [...MSDB_AGENT_ROLES, ...MSDB_MAIL_ROLES]);
});

test('scripts: seed inserts skip rows whose key exists (INSERT ... SELECT ... WHERE NOT EXISTS)', () => {
  const inserts = parsedBatches().flatMap((b) => [...walk(b.batch.statements)].map((w) => w.stmt))
    .filter((s) => s.kind === 'insert');
  assert.ok(inserts.length > 0);
  for (const s of inserts) {
    assert.ok(s.kind === 'insert' && s.source.kind === 'query');
    const body = s.source.query.body;
    assert.ok(body.kind === 'querySpec' && body.where?.kind === 'not' && body.where.operand.kind === 'exists');
  }
});
