// The maintenance DBCC commands over a real engine and store (in-process): CHECKDB/CHECKTABLE
// messages, SHRINKDATABASE's result set, OPENTRAN with another session's transaction,
// USEROPTIONS, TRACE*, FREEPROCCACHE forcing new translations, permissions.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { translationCounters } from '../../../../src/engine/sql/translation-cache';
import { counterDelta } from '../counter-delta';
import { errorsOf, ok, openSecurityNode, rows, run, type SecurityNode } from '../security/harness';

const texts = (sink: Awaited<ReturnType<typeof run>>): string[] => sink.messages.map((m) => `${m.number}:${m.message}`);

describe('maintenance DBCC commands', () => {
  let node: SecurityNode;
  before(async () => {
    node = await openSecurityNode();
    await ok(node.sa(), "CREATE DATABASE mt; CREATE LOGIN plain WITH PASSWORD = 'Str0ng!pass'");
    await ok(node.sa('mt'), `CREATE USER plain FOR LOGIN plain;
      CREATE TABLE dbo.t (id int NOT NULL PRIMARY KEY, v nvarchar(200));
      INSERT INTO dbo.t VALUES (1, N'one'), (2, N'two'), (3, N'three');`);
  });
  after(async () => { await node.dispose(); });

  test('CHECKDB on a sound database: results per table, 8989 with zero errors, 2528', async () => {
    const sink = await ok(node.sa('mt'), "DBCC CHECKDB ('mt')");
    const m = texts(sink);
    assert.equal(m[0], "2536:DBCC results for 'mt'.");
    assert.ok(m.includes("2536:DBCC results for 'dbo.t'."));
    assert.ok(m.some((x) => /^2593:There are 3 rows in \d+ pages for object "dbo.t"\.$/.test(x)), m.join('\n'));
    assert.equal(m.at(-2), "8989:CHECKDB found 0 allocation errors and 0 consistency errors in database 'mt'.");
    assert.equal(m.at(-1), '2528:DBCC execution completed. If DBCC printed error messages, contact your system administrator.');
  });

  test('CHECKDB WITH NO_INFOMSGS on a sound database says nothing; CHECKTABLE reports the table', async () => {
    assert.deepEqual(texts(await ok(node.sa('mt'), 'DBCC CHECKDB WITH NO_INFOMSGS, ALL_ERRORMSGS')), []);
    const m = texts(await ok(node.sa('mt'), "DBCC CHECKTABLE ('dbo.t')"));
    assert.equal(m[0], "2536:DBCC results for 'dbo.t'.");
    assert.match(m[2]!, /^8990:CHECKTABLE found 0 allocation errors and 0 consistency errors in table 'dbo\.t' \(object ID \d+\)\.$/);
    assert.deepEqual(await errorsOf(node.sa('mt'), "DBCC CHECKTABLE ('dbo.nope')"), [2501]);
    assert.deepEqual(await errorsOf(node.sa('mt'), "DBCC CHECKDB ('nodb')"), [2520]);
    assert.deepEqual(await errorsOf(node.sa('mt'), 'DBCC CHECKDB WITH BOGUS'), [2532]);
    assert.deepEqual(await errorsOf(await node.as('plain', 'Str0ng!pass', 'mt'), 'DBCC CHECKDB'), [7983]);
  });

  test('SHRINKDATABASE after a big DELETE returns SQL Server\'s columns and a smaller file', async () => {
    await ok(node.sa('mt'), `CREATE TABLE dbo.big (id int NOT NULL PRIMARY KEY, pad nvarchar(2000));
      DECLARE @i int = 0; WHILE @i < 400 BEGIN INSERT INTO dbo.big VALUES (@i, REPLICATE(N'x', 1500)); SET @i += 1; END;
      CHECKPOINT;`);
    await ok(node.sa('mt'), 'DELETE FROM dbo.big');
    const sink = await ok(node.sa('mt'), "DBCC SHRINKDATABASE ('mt')");
    const set = sink.resultSets[0]!;
    assert.deepEqual(set.columns.map((c) => c.name), ['DbId', 'FileId', 'CurrentSize', 'MinimumSize', 'UsedPages', 'EstimatedPages']);
    const data = set.rows[0]!;
    assert.equal(data[1], 1);
    assert.ok(Number(data[2]) < 50, `data file ${String(data[2])} pages after shrink`);
    assert.deepEqual(await errorsOf(node.sa('mt'), 'BEGIN TRAN; DBCC SHRINKFILE (1); ROLLBACK'), [226]);
    const writer = node.sa('mt');
    await ok(writer, "BEGIN TRAN; INSERT INTO dbo.t VALUES (50, N'held')");
    assert.deepEqual(await errorsOf(node.sa('mt'), 'SET LOCK_TIMEOUT 100; DBCC SHRINKFILE (1)'), [1222]);
    const waiting = ok(node.sa('mt'), 'SET LOCK_TIMEOUT 10000; DBCC SHRINKFILE (1) WITH NO_INFOMSGS');
    setTimeout(() => { void ok(writer, 'ROLLBACK'); }, 200);
    assert.equal((await waiting).resultSets[0]!.rows[0]![1], 1);
    assert.deepEqual(await errorsOf(node.sa('mt'), "DBCC SHRINKFILE ('nofile')"), [8985]);
    assert.equal((await ok(node.sa('mt'), 'DBCC SHRINKFILE (mt_log, TRUNCATEONLY)')).resultSets[0]!.rows[0]![1], 2);
  });

  test('OPENTRAN: none, then another session\'s open transaction', async () => {
    assert.deepEqual(texts(await ok(node.sa('mt'), 'DBCC OPENTRAN')), [
      '7969:No active open transactions.',
      '2528:DBCC execution completed. If DBCC printed error messages, contact your system administrator.',
    ]);
    const other = node.sa('mt');
    await ok(other, 'BEGIN TRAN; INSERT INTO dbo.t VALUES (9, N\'nine\')');
    const m = texts(await ok(node.sa('mt'), "DBCC OPENTRAN ('mt')"));
    assert.equal(m[0], "7968:Transaction information for database 'mt'.");
    assert.equal(m[1], '7970:\nOldest active transaction:');
    assert.match(m[2]!, /^7971:SPID \(server process ID\): \d+$/);
    assert.equal(m[4], '7974:Name : user_transaction');
    const table = await ok(node.sa('mt'), 'DBCC OPENTRAN WITH TABLERESULTS, NO_INFOMSGS');
    assert.deepEqual(table.resultSets[0]!.rows.map((r) => r[0]), ['OLDACT_SPID', 'OLDACT_UID', 'OLDACT_NAME', 'OLDACT_STARTTIME', 'OLDACT_SID']);
    await ok(other, 'ROLLBACK');
  });

  test('USEROPTIONS lists the session\'s SET options', async () => {
    const sink = await ok(node.sa('mt'), 'SET DATEFORMAT dmy; SET NOCOUNT ON; DBCC USEROPTIONS');
    const set = sink.resultSets[0]!;
    assert.deepEqual(set.columns.map((c) => c.name), ['Set Option', 'Value']);
    const map = new Map(set.rows.map((r) => [r[0], r[1]]));
    assert.equal(map.get('dateformat'), 'dmy');
    assert.equal(map.get('nocount'), 'SET');
    assert.equal(map.get('language'), 'us_english');
    assert.equal(set.rows.at(-1)![0], 'isolation level');
  });

  test('TRACEON / TRACESTATUS / TRACEOFF', async () => {
    const sa = node.sa();
    assert.deepEqual((await ok(sa, 'DBCC TRACESTATUS')).resultSets[0]!.rows, []);
    await ok(sa, 'DBCC TRACEON (1222, -1)');
    assert.deepEqual((await ok(node.sa(), 'DBCC TRACESTATUS (-1)')).resultSets[0]!.rows, [[1222, 1, 1, 0]]);
    await ok(sa, 'DBCC TRACEOFF (1222, -1)');
    assert.deepEqual((await ok(node.sa(), 'DBCC TRACESTATUS')).resultSets[0]!.rows, []);
    assert.deepEqual(await errorsOf(await node.as('plain', 'Str0ng!pass', 'mt'), 'DBCC TRACEON (1222)'), [2571]);
  });

  test('FREEPROCCACHE makes the next run of a known text translate again', async () => {
    const text = 'SELECT v FROM dbo.t WHERE id = 2';
    assert.deepEqual(await rows(node.sa('mt'), text), [['two']]);
    const cached = await counterDelta(translationCounters, () => rows(node.sa('mt'), text));
    assert.equal(cached.translated, 0);
    await ok(node.sa(), 'DBCC FREEPROCCACHE WITH NO_INFOMSGS');
    const fresh = await counterDelta(translationCounters, () => rows(node.sa('mt'), text));
    assert.deepEqual(fresh.result, [['two']]);
    assert.ok(fresh.translated >= 1);
    await ok(node.sa(), "DBCC FREESYSTEMCACHE ('ALL')");
    assert.deepEqual(await errorsOf(await node.as('plain', 'Str0ng!pass', 'mt'), 'DBCC FREEPROCCACHE'), [2571]);
  });

  test('SQLPERF(LOGSPACE) has a row per database; CHECKPOINT empties the WAL', async () => {
    await ok(node.sa('mt'), "INSERT INTO dbo.t VALUES (20, N'twenty')");
    const before = (await ok(node.sa(), 'DBCC SQLPERF(LOGSPACE)')).resultSets[0]!;
    assert.deepEqual(before.columns.map((c) => c.name), ['Database Name', 'Log Size (MB)', 'Log Space Used (%)', 'Status']);
    const mt = before.rows.find((r) => r[0] === 'mt')!;
    assert.ok(Number(mt[1]) > 0);
    await ok(node.sa('mt'), "BEGIN TRAN; INSERT INTO dbo.t VALUES (21, N'in tran'); CHECKPOINT; ROLLBACK");
    await ok(node.sa('mt'), 'CHECKPOINT');
    const after = (await ok(node.sa(), 'DBCC SQLPERF(LOGSPACE)')).resultSets[0]!.rows.find((r) => r[0] === 'mt')!;
    assert.equal(after[1], 0);
  });
});
