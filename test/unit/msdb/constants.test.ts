import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CATEGORY_CLASS, CATEGORY_ID, CATEGORY_TYPE, FIXED_CATEGORIES, MSXD_SUBSYSTEMS, SQL_SERVER_SUBSYSTEMS, isFixedCategoryId,
} from '../../../src/msdb/index';
import { messageDef } from '../../../src/errors/catalog';
import { literalText, parsedBatches, walk } from './script-ast';

/** Rows of the VALUES table of the seed INSERT into `table`, as plain values. */
/** The VALUES rows of every seed INSERT into `table`, script after script. */
function seedRows(table: string): (string | number | undefined)[][] {
  const rows: (string | number | undefined)[][] = [];
  for (const b of parsedBatches()) {
    for (const { stmt } of walk(b.batch.statements)) {
      if (stmt.kind !== 'insert' || stmt.target.kind !== 'table' || stmt.target.name.name !== table) continue;
      assert.ok(stmt.source.kind === 'query' && stmt.source.query.body.kind === 'querySpec');
      const from = stmt.source.query.body.from[0];
      assert.ok(from?.kind === 'values');
      rows.push(...from.rows.map((r) => r.map(literalText)));
    }
  }
  if (rows.length === 0) throw new Error(`no seed for ${table}`);
  return rows;
}

test('categories: the seed script inserts exactly FIXED_CATEGORIES', () => {
  assert.deepEqual(seedRows('syscategories'), FIXED_CATEGORIES.map((c) => [c.id, c.categoryClass, c.categoryType, c.name]));
});

test('categories: ids and kinds SQL Server uses (msx-agent.md §3)', () => {
  const byId = new Map(FIXED_CATEGORIES.map((c) => [c.id, c]));
  assert.deepEqual(byId.get(0), { id: 0, categoryClass: 1, categoryType: 1, name: '[Uncategorized (Local)]' });
  assert.deepEqual(byId.get(1), { id: 1, categoryClass: 1, categoryType: 1, name: 'Jobs from MSX' });
  assert.deepEqual(byId.get(2), { id: 2, categoryClass: 1, categoryType: 2, name: '[Uncategorized (Multi-Server)]' });
  assert.equal(byId.get(3)?.name, 'Database Maintenance');
  assert.deepEqual(byId.get(98), { id: 98, categoryClass: 2, categoryType: 3, name: '[Uncategorized]' });
  assert.deepEqual(byId.get(99), { id: 99, categoryClass: 3, categoryType: 3, name: '[Uncategorized]' });
  assert.deepEqual([...byId.keys()].filter((id) => id >= 10 && id <= 19).length, 10);
  assert.ok([...byId.values()].filter((c) => c.id >= 10 && c.id <= 19).every((c) => c.name.startsWith('REPL-')));
  assert.equal(byId.has(4), false, 'Web Assistant (4) was removed after SQL Server 2000');
  assert.deepEqual(CATEGORY_CLASS, { JOB: 1, ALERT: 2, OPERATOR: 3 });
  assert.deepEqual(CATEGORY_TYPE, { LOCAL: 1, 'MULTI-SERVER': 2, NONE: 3 });
  assert.equal(CATEGORY_ID.UNCATEGORIZED_MULTI_SERVER, 2);
  assert.equal(CATEGORY_ID.JOBS_FROM_MSX, 1);
  assert.equal(isFixedCategoryId(99), true);
  assert.equal(isFixedCategoryId(100), false);
  // (name, class) is the unique key of syscategories
  const keys = FIXED_CATEGORIES.map((c) => `${c.categoryClass}|${c.name.toLowerCase()}`);
  assert.equal(new Set(keys).size, keys.length);
});

test('subsystems: the seed inserts MSXD_SUBSYSTEMS with SQL Server ids and description messages', () => {
  assert.deepEqual(seedRows('syssubsystems'), MSXD_SUBSYSTEMS.map((s) => [
    s.id, s.name, s.descriptionId, '[Internal]', '[Internal]', '[Internal]', '[Internal]', '[Internal]', s.maxWorkerThreads,
  ]));
  for (const s of MSXD_SUBSYSTEMS) assert.deepEqual(SQL_SERVER_SUBSYSTEMS.find((x) => x.id === s.id)?.name, s.name);
  for (const s of SQL_SERVER_SUBSYSTEMS) assert.equal(messageDef(s.descriptionId)?.severity, 10, `message ${s.descriptionId}`);
  assert.equal(messageDef(14556)?.text, 'Transact-SQL Subsystem');
  assert.equal(messageDef(14557)?.text, '[Internal]');
});
