// A column COLLATE: accepted when it compares as the server collation (SQL_Latin1_General_CP1_CI_AS:
// case insensitive, accent sensitive), as SMO's temp tables write `collate Latin1_General_CI_AS`
// and `collate database_default`; a collation that would compare differently is refused (40517)
// rather than silently ignored; an unknown name is 448 as in SQL Server.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorsOf, ok, openNode } from './harness';

test('column COLLATE: CI_AS names and DATABASE_DEFAULT accepted, other comparisons refused, unknown names 448', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, 'CREATE TABLE #a (x nvarchar(10) COLLATE Latin1_General_CI_AS, y sysname COLLATE database_default NULL, z varchar(5) COLLATE SQL_Latin1_General_CP1_CI_AS)');
    assert.deepEqual(await errorsOf(s, 'CREATE TABLE #b (x nvarchar(10) COLLATE Latin1_General_CS_AS)'), [40517]);
    assert.deepEqual(await errorsOf(s, 'CREATE TABLE #c (x nvarchar(10) COLLATE Latin1_General_BIN2)'), [40517]);
    assert.deepEqual(await errorsOf(s, 'CREATE TABLE #d (x nvarchar(10) COLLATE Klingon_CI_AS)'), [448]);
  } finally {
    await node.close();
  }
});
