// BACKUP DATABASE / RESTORE DATABASE against a real node: the messages SQL Server sends, NOINIT
// media with several sets, RESTORE HEADERONLY / FILELISTONLY / VERIFYONLY, exclusive access, permissions,
// a backup taken beside an open transaction, msdb's history and durability across kill -9.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Outcome, type Session } from '../helpers/tedious-session';

let node: NodeHandle;
let sa: Session;
const dir = mkdtempSync(path.join(os.tmpdir(), 'msxd-backup-'));
const file = (name: string): string => path.join(dir, name);

before(async () => {
  node = await startNode({ name: 'MSXDBACKUP' });
  sa = await connect(node);
  ok(await batch(sa, `CREATE DATABASE pt;`));
  ok(await batch(sa, `USE pt; CREATE TABLE dbo.t (id int PRIMARY KEY, v nvarchar(20));
INSERT INTO dbo.t VALUES (1, N'one'), (2, N'two'), (3, N'three');`));
  ok(await batch(sa, `USE pt; EXEC(N'CREATE PROCEDURE dbo.p AS SELECT COUNT(*) FROM dbo.t');`));
  ok(await batch(sa, 'USE master'));
});

after(async () => {
  await close(sa);
  await node.stop();
});

const numbers = (o: Outcome): number[] => [...o.errors, ...o.infos].map((m) => m.number);
const errorNumbers = (o: Outcome): number[] => o.errors.map((m) => m.number);
const rows = async (s: Session, sql: string): Promise<unknown[][]> => ok(await batch(s, sql)).sets[0]?.rows ?? [];

test('BACKUP sends 4035 then 3014; RESTORE WITH REPLACE brings the rows back', async () => {
  const out = ok(await batch(sa, `BACKUP DATABASE pt TO DISK = N'${file('pt.bak')}' WITH INIT`));
  assert.deepEqual(out.infos.map((m) => [m.number, m.class]), [[4035, 0], [3014, 0]]);
  assert.match(out.infos[0]!.message, /^Processed \d+ pages for database 'pt', file 'pt' on file 1\.$/);
  assert.match(out.infos[1]!.message, /^BACKUP DATABASE successfully processed \d+ pages in \d+\.\d{3} seconds \(\d+\.\d{3} MB\/sec\)\.$/);

  ok(await batch(sa, `UPDATE pt.dbo.t SET v = N'changed' WHERE id = 1; DELETE FROM pt.dbo.t WHERE id = 2;`));
  const restored = ok(await batch(sa, `RESTORE DATABASE pt FROM DISK = N'${file('pt.bak')}' WITH REPLACE`));
  assert.deepEqual(restored.infos.map((m) => m.number), [4035, 3014]);
  assert.match(restored.infos[1]!.message, /^RESTORE DATABASE successfully processed \d+ pages in /);
  assert.deepEqual(await rows(sa, 'SELECT id, v FROM pt.dbo.t ORDER BY id'), [[1, 'one'], [2, 'two'], [3, 'three']]);
  assert.deepEqual(await rows(sa, 'EXEC pt.dbo.p'), [[3]]);
});

test('NOINIT appends sets; HEADERONLY lists them; FILE = 1 restores the first', async () => {
  const media = file('sets.bak');
  ok(await batch(sa, `BACKUP DATABASE pt TO DISK = N'${media}' WITH NAME = N'first', DESCRIPTION = N'three rows'`));
  ok(await batch(sa, `INSERT INTO pt.dbo.t VALUES (4, N'four')`));
  const second = ok(await batch(sa, `BACKUP DATABASE pt TO DISK = N'${media}' WITH NOINIT, NAME = N'second', COMPRESSION`));
  assert.match(second.infos[0]!.message, /on file 2\.$/);

  const header = ok(await batch(sa, `RESTORE HEADERONLY FROM DISK = N'${media}'`)).sets[0]!;
  const col = (name: string): number => header.columns.findIndex((c) => c.name === name);
  assert.equal(header.rows.length, 2);
  assert.deepEqual(header.rows.map((r) => [r[col('BackupName')], r[col('Position')], r[col('BackupType')], r[col('DeviceType')],
    r[col('DatabaseName')], r[col('Compressed')], r[col('ServerName')]]), [
    ['first', 1, 1, 2, 'pt', false, 'MSXDBACKUP'], ['second', 2, 1, 2, 'pt', true, 'MSXDBACKUP'],
  ]);
  assert.equal(header.rows[0]![col('BackupDescription')], 'three rows');
  assert.equal(header.columns[0]!.name, 'BackupName');

  const files = ok(await batch(sa, `RESTORE FILELISTONLY FROM DISK = N'${media}' WITH FILE = 2`)).sets[0]!;
  assert.deepEqual(files.columns.slice(0, 4).map((c) => c.name), ['LogicalName', 'PhysicalName', 'Type', 'FileGroupName']);
  assert.deepEqual([files.rows[0]![0], files.rows[0]![2], files.rows[0]![3]], ['pt', 'D', 'PRIMARY']);
  assert.match(String(files.rows[0]![1]), /\.sqlite$/);

  const label = ok(await batch(sa, `RESTORE LABELONLY FROM DISK = N'${media}'`)).sets[0]!;
  assert.deepEqual(label.columns.map((c) => c.name).slice(0, 4), ['MediaName', 'MediaSetId', 'FamilyCount', 'FamilySequenceNumber']);
  assert.deepEqual([label.rows[0]![2], label.rows[0]![3], label.rows[0]![8], label.rows[0]![12]], [1, 1, 'msxd', true]);

  const verify = ok(await batch(sa, `RESTORE VERIFYONLY FROM DISK = N'${media}' WITH FILE = 2`));
  assert.deepEqual(verify.infos.map((m) => [m.number, m.message]), [[3262, 'The backup set on file 2 is valid.']]);

  ok(await batch(sa, `RESTORE DATABASE pt FROM DISK = N'${media}' WITH FILE = 1, REPLACE`));
  assert.deepEqual(await rows(sa, 'SELECT COUNT(*) FROM pt.dbo.t'), [[3]]);
  ok(await batch(sa, `RESTORE DATABASE pt FROM DISK = N'${media}' WITH FILE = 2, REPLACE`));
  assert.deepEqual(await rows(sa, 'SELECT COUNT(*) FROM pt.dbo.t'), [[4]]);

  const missing = await batch(sa, `RESTORE DATABASE pt FROM DISK = N'${media}' WITH FILE = 3, REPLACE`);
  assert.deepEqual(errorNumbers(missing), [4038, 3013]);
});

test('two sessions appending to one media file at once get positions 1 and 2', async () => {
  const media = file('together.bak');
  const other = await connect(node);
  const [a, b] = await Promise.all([
    batch(sa, `BACKUP DATABASE pt TO DISK = N'${media}'`),
    batch(other, `BACKUP DATABASE pt TO DISK = N'${media}'`),
  ]);
  await close(other);
  assert.deepEqual([ok(a).infos.length, ok(b).infos.length], [2, 2]);
  const header = ok(await batch(sa, `RESTORE HEADERONLY FROM DISK = N'${media}'`)).sets[0]!;
  const position = header.columns.findIndex((c) => c.name === 'Position');
  assert.deepEqual(header.rows.map((r) => r[position]), [1, 2]);
});

test('restore under a new name; an existing other database needs REPLACE (3154)', async () => {
  ok(await batch(sa, `RESTORE DATABASE pt_copy FROM DISK = N'${file('pt.bak')}'`));
  assert.deepEqual(await rows(sa, 'SELECT id FROM pt_copy.dbo.t ORDER BY id'), [[1], [2], [3]]);
  assert.deepEqual(await rows(sa, `SELECT COUNT(*) FROM sys.databases WHERE name = N'pt_copy'`), [[1]]);
  ok(await batch(sa, 'CREATE DATABASE other'));
  const refused = await batch(sa, `RESTORE DATABASE other FROM DISK = N'${file('pt.bak')}'`);
  assert.deepEqual(errorNumbers(refused), [3154, 3013]);
  assert.equal(refused.errors[0]!.message, "The backup set holds a backup of a database other than the existing 'other' database.");
  assert.equal(refused.errors[1]!.message, 'RESTORE DATABASE is terminating abnormally.');
});

test('RESTORE needs exclusive access: 3101 + 3013 while another session is in the database', async () => {
  const other = await connect(node, { database: 'pt' });
  const refused = await batch(sa, `RESTORE DATABASE pt FROM DISK = N'${file('pt.bak')}' WITH REPLACE`);
  assert.deepEqual(errorNumbers(refused), [3101, 3013]);
  assert.equal(refused.errors[0]!.message, 'Exclusive access could not be obtained because the database is in use.');
  await close(other);
  ok(await batch(sa, `RESTORE DATABASE pt FROM DISK = N'${file('pt.bak')}' WITH REPLACE`));
  const own = await batch(sa, `USE pt; RESTORE DATABASE pt FROM DISK = N'${file('pt.bak')}' WITH REPLACE; USE master;`);
  assert.deepEqual(errorNumbers(own), [3102, 3013]);
});

// msxd has one writer at a time (store README), and another session's open transaction holds it:
// the image is copied at once, without the lock; only the history rows in msdb wait for it.
test('a backup beside an open transaction holds only committed rows; the other session goes on', async () => {
  ok(await batch(sa, `INSERT INTO pt.dbo.t VALUES (50, N'committed')`));
  const writer = await connect(node);
  ok(await batch(writer, `BEGIN TRAN; INSERT INTO pt.dbo.t VALUES (100, N'uncommitted');`));
  const media = file('concurrent.bak');
  const backup = batch(sa, `BACKUP DATABASE pt TO DISK = N'${media}' WITH INIT`);
  await new Promise((r) => setTimeout(r, 500));
  ok(await batch(writer, `INSERT INTO pt.dbo.t VALUES (101, N'still working'); COMMIT;`));
  await close(writer);
  assert.deepEqual(ok(await backup).infos.map((m) => m.number), [4035, 3014]);
  ok(await batch(sa, `RESTORE DATABASE pt_snapshot FROM DISK = N'${media}'`));
  assert.deepEqual(await rows(sa, 'SELECT id FROM pt_snapshot.dbo.t WHERE id >= 50 ORDER BY id'), [[50]]);
  assert.deepEqual(await rows(sa, 'SELECT COUNT(*) FROM pt.dbo.t WHERE id IN (100, 101)'), [[2]]);
});

test('permission: a login without db_owner / db_backupoperator gets 262 then 3013', async () => {
  ok(await batch(sa, `CREATE LOGIN plain WITH PASSWORD = N'Plain-Pa55word!', CHECK_POLICY = OFF;
USE pt; CREATE USER plain FOR LOGIN plain; USE master;`));
  const s = await connect(node, { user: 'plain', password: 'Plain-Pa55word!' });
  const refused = await batch(s, `BACKUP DATABASE pt TO DISK = N'${file('plain.bak')}'`);
  assert.deepEqual(errorNumbers(refused), [262, 3013]);
  assert.equal(refused.errors[0]!.message, "BACKUP DATABASE permission denied in database 'pt'.");
  assert.equal(refused.errors[0]!.class, 14);
  const restore = await batch(s, `RESTORE DATABASE pt FROM DISK = N'${file('pt.bak')}' WITH REPLACE`);
  assert.deepEqual(errorNumbers(restore), [3110, 3013]);
  const header = await batch(s, `RESTORE HEADERONLY FROM DISK = N'${file('pt.bak')}'`);
  assert.deepEqual(errorNumbers(header), [262, 3013]);
  ok(await batch(sa, `USE pt; ALTER ROLE db_backupoperator ADD MEMBER plain; USE master;`));
  const allowed = ok(await batch(s, `BACKUP DATABASE pt TO DISK = N'${file('plain.bak')}' WITH INIT`));
  assert.deepEqual(allowed.infos.map((m) => m.number), [4035, 3014]);
  ok(await batch(sa, `RESTORE DATABASE pt_users FROM DISK = N'${file('plain.bak')}'`));
  assert.deepEqual(await rows(sa, `SELECT name FROM pt_users.sys.database_principals WHERE name = N'plain'`), [['plain']]);
  assert.deepEqual(ok(await batch(s, 'USE pt_users; SELECT COUNT(*) FROM sys.tables; USE master;')).sets[0]!.rows, [[1]]);
  await close(s);
  assert.deepEqual(await rows(sa, `SELECT user_name FROM msdb.dbo.backupset WHERE backup_set_id = (SELECT MAX(backup_set_id) FROM msdb.dbo.backupset)`), [['plain']]);
});

test('errors: unknown database, unwritable path, a file that is not a backup, tempdb/master, LOG, in a transaction', async () => {
  assert.deepEqual(errorNumbers(await batch(sa, `BACKUP DATABASE nosuch TO DISK = N'${file('x.bak')}'`)), [911, 3013]);
  const device = await batch(sa, `BACKUP DATABASE pt TO DISK = N'${file('no/such/dir/x.bak')}'`);
  assert.deepEqual(errorNumbers(device), [3201, 3013]);
  assert.match(device.errors[0]!.message, /^Cannot open backup device '.*x\.bak'\. Operating system error 2\(The system cannot find the file specified\.\)\.$/);
  writeFileSync(file('junk.bak'), 'not a backup at all, just some text');
  const junk = await batch(sa, `RESTORE HEADERONLY FROM DISK = N'${file('junk.bak')}'`);
  assert.deepEqual(errorNumbers(junk), [3241, 3013]);
  assert.equal(junk.errors[1]!.message, 'RESTORE HEADERONLY is terminating abnormally.');
  writeFileSync(file('empty.bak'), '');
  assert.deepEqual(errorNumbers(await batch(sa, `RESTORE HEADERONLY FROM DISK = N'${file('empty.bak')}'`)), [3241, 3013]);
  assert.deepEqual(errorNumbers(await batch(sa, `BACKUP DATABASE pt TO DISK = N'${file('junk.bak')}' WITH NOINIT`)), [3241, 3013]);
  assert.deepEqual(errorNumbers(await batch(sa, `RESTORE DATABASE pt FROM DISK = N'${file('nothere.bak')}' WITH REPLACE`)), [3201, 3013]);
  assert.deepEqual(errorNumbers(await batch(sa, `BACKUP DATABASE tempdb TO DISK = N'${file('t.bak')}'`)), [3147, 3013]);
  assert.deepEqual(errorNumbers(await batch(sa, `RESTORE DATABASE master FROM DISK = N'${file('pt.bak')}'`)), [3108, 3013]);
  assert.deepEqual(errorNumbers(await batch(sa, `BACKUP LOG pt TO DISK = N'${file('l.bak')}'`)), [40510]);
  assert.deepEqual(errorNumbers(await batch(sa, `BACKUP DATABASE pt TO DISK = N'${file('d.bak')}' WITH DIFFERENTIAL`)), [40517]);
  assert.deepEqual(errorNumbers(await batch(sa, `RESTORE DATABASE pt FROM DISK = N'${file('pt.bak')}' WITH NORECOVERY`)), [40517]);
  const inTran = await batch(sa, `BEGIN TRAN; BACKUP DATABASE pt TO DISK = N'${file('tx.bak')}'; ROLLBACK;`);
  assert.deepEqual(errorNumbers(inTran), [3021, 3013]);
  const viaVariables = ok(await batch(sa, `DECLARE @db sysname = N'pt', @path nvarchar(260) = N'${file('var.bak')}';
BACKUP DATABASE @db TO DISK = @path WITH INIT, STATS = 10, CHECKSUM, NOREWIND, NOUNLOAD, SKIP, NOFORMAT;`));
  assert.deepEqual(numbers(viaVariables), [3211, 3211, 3211, 3211, 3211, 3211, 3211, 3211, 3211, 3211, 4035, 3014]);
  assert.deepEqual(viaVariables.infos.slice(0, 2).map((m) => m.message), ['10 percent processed.', '20 percent processed.']);
});

test('msdb history: backupset, backupmediafamily, backupmediaset, backupfile and restorehistory rows', async () => {
  const media = file('history.bak');
  ok(await batch(sa, `BACKUP DATABASE pt TO DISK = N'${media}' WITH INIT, NAME = N'h1', COPY_ONLY`));
  ok(await batch(sa, `BACKUP DATABASE pt TO DISK = N'${media}' WITH NAME = N'h2'`));
  const sets = await rows(sa, `SELECT b.name, b.database_name, b.type, b.position, b.is_copy_only, b.server_name, b.user_name,
  b.recovery_model, CASE WHEN b.backup_size > 0 THEN 1 ELSE 0 END, CASE WHEN b.backup_finish_date >= b.backup_start_date THEN 1 ELSE 0 END,
  f.physical_device_name, f.device_type, f.family_sequence_number, m.media_family_count, b.first_lsn
FROM msdb.dbo.backupset AS b
JOIN msdb.dbo.backupmediafamily AS f ON f.media_set_id = b.media_set_id
JOIN msdb.dbo.backupmediaset AS m ON m.media_set_id = b.media_set_id
WHERE f.physical_device_name = N'${media}' ORDER BY b.backup_set_id`);
  assert.deepEqual(sets, [
    ['h1', 'pt', 'D', 1, true, 'MSXDBACKUP', 'sa', 'FULL', 1, 1, media, 2, 1, 1, null],
    ['h2', 'pt', 'D', 2, false, 'MSXDBACKUP', 'sa', 'FULL', 1, 1, media, 2, 1, 1, null],
  ]);
  assert.deepEqual(await rows(sa, `SELECT COUNT(*) FROM msdb.dbo.backupfile AS bf JOIN msdb.dbo.backupset AS b ON b.backup_set_id = bf.backup_set_id
WHERE b.name IN (N'h1', N'h2') AND bf.logical_name = N'pt' AND bf.file_type = 'D'`), [[2]]);
  ok(await batch(sa, `RESTORE DATABASE pt_history FROM DISK = N'${media}' WITH FILE = 2`));
  assert.deepEqual(await rows(sa, `SELECT r.destination_database_name, r.restore_type, r.[replace], b.name FROM msdb.dbo.restorehistory AS r
JOIN msdb.dbo.backupset AS b ON b.backup_set_id = r.backup_set_id WHERE r.destination_database_name = N'pt_history'`), [['pt_history', 'D', false, 'h2']]);
});

test('a restored database survives kill -9', async () => {
  ok(await batch(sa, `INSERT INTO pt.dbo.t VALUES (7, N'seven')`));
  ok(await batch(sa, `BACKUP DATABASE pt TO DISK = N'${file('crash.bak')}' WITH INIT`));
  ok(await batch(sa, `RESTORE DATABASE pt_crash FROM DISK = N'${file('crash.bak')}'`));
  ok(await batch(sa, `INSERT INTO pt_crash.dbo.t VALUES (8, N'eight')`));
  ok(await batch(sa, `RESTORE DATABASE pt FROM DISK = N'${file('pt.bak')}' WITH REPLACE`));
  await close(sa);
  await node.kill9();
  await node.restart();
  sa = await connect(node);
  assert.deepEqual(await rows(sa, 'SELECT id FROM pt_crash.dbo.t WHERE id IN (7, 8) ORDER BY id'), [[7], [8]]);
  assert.deepEqual(await rows(sa, 'SELECT id, v FROM pt.dbo.t ORDER BY id'), [[1, 'one'], [2, 'two'], [3, 'three']]);
  assert.deepEqual(await rows(sa, 'EXEC pt_crash.dbo.p'), [[(await rows(sa, 'SELECT COUNT(*) FROM pt_crash.dbo.t'))[0]![0]]]);
});

test('msdb.dbo.sp_delete_backuphistory removes sets older than the date and the media no set uses', async () => {
  const before = await rows(sa, 'SELECT COUNT(*) FROM msdb.dbo.backupset');
  assert.ok(Number(before[0]![0]) > 0);
  ok(await batch(sa, `EXEC msdb.dbo.sp_delete_backuphistory @oldest_date = '19000101'`));
  assert.deepEqual(await rows(sa, 'SELECT COUNT(*) FROM msdb.dbo.backupset'), before);
  ok(await batch(sa, `DECLARE @d datetime = DATEADD(day, 1, GETDATE()); EXEC msdb.dbo.sp_delete_backuphistory @oldest_date = @d`));
  assert.deepEqual(await rows(sa, `SELECT (SELECT COUNT(*) FROM msdb.dbo.backupset), (SELECT COUNT(*) FROM msdb.dbo.backupmediaset),
  (SELECT COUNT(*) FROM msdb.dbo.backupmediafamily), (SELECT COUNT(*) FROM msdb.dbo.backupfile), (SELECT COUNT(*) FROM msdb.dbo.restorehistory)`),
  [[0, 0, 0, 0, 0]]);
});
