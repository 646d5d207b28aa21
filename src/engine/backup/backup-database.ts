// BACKUP DATABASE ("BACKUP (Transact-SQL)"): SQLite's online backup copies the database's
// committed state into an image (store backupDatabase; sessions keep reading and writing), which
// becomes one backup set of a media file of ours (media-format.ts): INIT/FORMAT start the file
// afresh, NOINIT (the default) appends. Then msdb's history rows, then 4035 and 3014. Any failure
// is followed by 3013 "BACKUP DATABASE is terminating abnormally.", as SQL Server sends it.
import { randomUUID } from 'node:crypto';
import { constants, promises as fsp } from 'node:fs';
import { dirname } from 'node:path';
import { sqlError } from '../../errors/catalog';
import type { DatabaseInfo } from '../../store/index';
import type { BackupStatement } from '../../tsql/ast';
import { PRODUCT_VERSION_STRING } from '../../util/version';
import type { Scope } from '../interpreter/scope';
import { notSupportedStatement } from '../statements/not-supported';
import { backupSettings, devicePath, nameOf, type BackupSettings } from './backup-options';
import { withDeviceLock } from './device-lock';
import { checkBackupPermission } from './backup-permission';
import { recordBackup, wallClockMs } from './backup-history';
import { withTermination } from './termination';
import type { BackupSetHeader } from './media-format';
import { deviceError, readMediaSets, sha256, writeBackupSet } from './media-file';
import { sendCompletion } from './progress';

export function executeBackup(stmt: BackupStatement, scope: Scope): Promise<void> {
  return withTermination(`BACKUP ${stmt.target}`, () => backup(stmt, scope));
}

async function backup(stmt: BackupStatement, scope: Scope): Promise<void> {
  if (scope.session.transactions.trancount > 0) throw sqlError(3021);
  const requested = nameOf(stmt.database, scope, stmt.line);
  const info = scope.engine.store.getDatabase(requested);
  if (!info) throw sqlError(911, requested);
  if (info.name.toLowerCase() === 'tempdb') throw sqlError(3147);
  if (stmt.target === 'LOG') throw notSupportedStatement('BACKUP LOG');
  checkBackupPermission(scope, info.name);
  const settings = backupSettings(stmt.options, scope, stmt.line);
  const path = devicePath(stmt.devices, scope, stmt.line);

  await withDeviceLock(path, () => backupTo(path, info, settings, stmt, scope));
}

async function backupTo(path: string, info: DatabaseInfo, settings: BackupSettings, stmt: BackupStatement, scope: Scope): Promise<void> {
  const existing = settings.overwrite ? [] : await existingSets(path);
  await checkWritable(path);
  const startedAt = Date.now();
  const start = scope.engine.now();
  const copied = await scope.engine.store.backupDatabase(info.name);
  const image = copied.data;
  const header: BackupSetHeader = {
    position: existing.length + 1,
    name: settings.name,
    description: settings.description,
    databaseName: info.name,
    databaseCreatedMs: createdMs(info.createDate),
    startMs: wallClockMs(start),
    finishMs: wallClockMs(scope.engine.now()),
    serverName: scope.engine.identity.serverName,
    machineName: scope.engine.identity.machineName,
    userName: scope.session.login.loginName,
    pageSize: copied.pageSize,
    pageCount: copied.pageCount,
    imageBytes: image.length,
    compressed: settings.compressed,
    checksum: sha256(image),
    copyOnly: settings.copyOnly,
    backupSetGuid: randomUUID().toUpperCase(),
    mediaSetGuid: existing[0]?.header.mediaSetGuid ?? randomUUID().toUpperCase(),
    collation: info.collationName,
    recoveryModel: 'FULL',
    productVersion: PRODUCT_VERSION_STRING,
    expirationMs: settings.expirationMs,
    physicalName: info.file,
  };
  const storedBytes = await writeBackupSet(path, header, image, settings.overwrite || existing.length === 0 ? 'overwrite' : 'append');
  await recordBackup(scope, { header, device: path, storedBytes, physicalName: info.file });
  sendCompletion(scope, stmt.line, 'BACKUP DATABASE', {
    pages: copied.pageCount, bytes: image.length, database: info.name, logicalName: info.name,
    position: header.position, elapsedMs: Date.now() - startedAt, stats: settings.stats,
  });
}

/** The sets already on the device (NOINIT appends after them); none when the file does not exist. */
async function existingSets(path: string): Promise<Awaited<ReturnType<typeof readMediaSets>>> {
  try {
    await fsp.stat(path);
  } catch {
    return [];
  }
  return readMediaSets(path);
}

/** 3201 before the copy rather than after it when the device's folder cannot be written. */
async function checkWritable(path: string): Promise<void> {
  try {
    await fsp.access(dirname(path), constants.W_OK);
  } catch (e) {
    throw deviceError(path, e);
  }
}

/** create_date ticks (local wall clock, 100 ns since 0001-01-01) as wall-clock ms since 1970 */
function createdMs(ticks: bigint): number {
  return Number(ticks / 10_000n) - 62_135_596_800_000;
}
