// sp_MSforeach_worker's replacement (every occurrence, compared as REPLACE under a CI collation) and
// the documented "max worker threads" default sys.dm_os_sys_info reports.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replaceEvery } from '../../../src/procedures/foreach-worker';
import { workerThreads } from '../../../src/engine/system-views/machine-facts';

test('every occurrence of the replace character becomes the name', () => {
  assert.equal(replaceEvery("USE [?]; SELECT N'?' AS db, '??'", '?', 'msdb'), "USE [msdb]; SELECT N'msdb' AS db, 'msdbmsdb'");
  assert.equal(replaceEvery('SELECT COUNT(*) FROM ?', '?', '[dbo].[a]]b]'), 'SELECT COUNT(*) FROM [dbo].[a]]b]');
  assert.equal(replaceEvery('no marker here', '?', 'x'), 'no marker here');
});

test('a letter as the replace character matches both cases, as REPLACE under CI_AS', () => {
  assert.equal(replaceEvery('x and X', 'x', 'db'), 'db and db');
});

test('max worker threads: 512 up to 4 CPUs, +16 per CPU to 64, +32 per CPU beyond', () => {
  assert.deepEqual([1, 4, 8, 64, 128].map(workerThreads), [512, 512, 576, 1472, 4480]);
});
