// RESTORE HEADERONLY, FILELISTONLY and VERIFYONLY: what a media file holds, read from the set
// headers ("RESTORE Statements - HEADERONLY / FILELISTONLY / VERIFYONLY (Transact-SQL)"). The
// documented columns in order; NULL where msxd has nothing (LSNs, fork GUIDs, encryption).
import { sqlError } from '../../errors/catalog';
import type { RestoreStatement } from '../../tsql/ast';
import type { SqlType } from '../../types/sql-type';
import { SqlDecimal, type SqlValue } from '../../types/values';
import type { Scope } from '../interpreter/scope';
import { devicePath, restoreSettings } from './backup-options';
import { wallClock } from './backup-history';
import { checkReadMediaPermission } from './backup-permission';
import { readMediaSets, readSetImage } from './media-file';
import type { BackupSetHeader } from './media-format';
import { sendInfo } from './progress';
import { sendResultSet } from './result-set';
import { chooseSet } from './restore-database';

const NAME: SqlType = { kind: 'nvarchar', length: 128 };
const INT: SqlType = { kind: 'int' };
const BIT: SqlType = { kind: 'bit' };
const GUID: SqlType = { kind: 'uniqueidentifier' };
const DATETIME: SqlType = { kind: 'datetime' };
const LSN: SqlType = { kind: 'decimal', precision: 25, scale: 0, numeric: true };
const SIZE: SqlType = { kind: 'decimal', precision: 20, scale: 0, numeric: true };
const nv = (length: number): SqlType => ({ kind: 'nvarchar', length });

/** BackupType 1 (database), DeviceType 2 (disk), SQL Server 2022's DatabaseVersion and compatibility level */
const BACKUP_TYPE_DATABASE = 1;
const DEVICE_TYPE_DISK = 2;
const DATABASE_VERSION = 957;
const COMPATIBILITY_LEVEL = 160;

type Cell = (h: BackupSetHeader) => SqlValue;
const none: Cell = () => null;
const size = (n: number): SqlDecimal => new SqlDecimal(BigInt(n), 0);

const HEADER_COLUMNS: readonly (readonly [string, SqlType, Cell])[] = [
  ['BackupName', NAME, (h) => h.name],
  ['BackupDescription', nv(255), (h) => h.description],
  ['BackupType', { kind: 'smallint' }, () => BACKUP_TYPE_DATABASE],
  ['ExpirationDate', DATETIME, none],
  ['Compressed', BIT, (h) => h.compressed],
  ['Position', { kind: 'smallint' }, (h) => h.position],
  ['DeviceType', { kind: 'tinyint' }, () => DEVICE_TYPE_DISK],
  ['UserName', NAME, (h) => h.userName],
  ['ServerName', NAME, (h) => h.serverName],
  ['DatabaseName', NAME, (h) => h.databaseName],
  ['DatabaseVersion', INT, () => DATABASE_VERSION],
  ['DatabaseCreationDate', DATETIME, (h) => wallClock(h.databaseCreatedMs)],
  ['BackupSize', SIZE, (h) => size(h.imageBytes)],
  ['FirstLSN', LSN, none],
  ['LastLSN', LSN, none],
  ['CheckpointLSN', LSN, none],
  ['DatabaseBackupLSN', LSN, none],
  ['BackupStartDate', DATETIME, (h) => wallClock(h.startMs)],
  ['BackupFinishDate', DATETIME, (h) => wallClock(h.finishMs)],
  ['SortOrder', { kind: 'smallint' }, () => 52],
  ['CodePage', { kind: 'smallint' }, () => 0],
  ['UnicodeLocaleId', INT, () => 1033],
  ['UnicodeComparisonStyle', INT, () => 196609],
  ['CompatibilityLevel', { kind: 'tinyint' }, () => COMPATIBILITY_LEVEL],
  ['SoftwareVendorId', INT, () => 4608],
  ['SoftwareVersionMajor', INT, (h) => versionPart(h, 0)],
  ['SoftwareVersionMinor', INT, (h) => versionPart(h, 1)],
  ['SoftwareVersionBuild', INT, (h) => versionPart(h, 2)],
  ['MachineName', NAME, (h) => h.machineName],
  ['Flags', INT, () => 512],
  ['BindingID', GUID, none],
  ['RecoveryForkID', GUID, none],
  ['Collation', NAME, (h) => h.collation],
  ['FamilyGUID', GUID, none],
  ['HasBulkLoggedData', BIT, () => false],
  ['IsSnapshot', BIT, () => false],
  ['IsReadOnly', BIT, () => false],
  ['IsSingleUser', BIT, () => false],
  ['HasBackupChecksums', BIT, () => true],
  ['IsDamaged', BIT, () => false],
  ['BeginsLogChain', BIT, () => false],
  ['HasIncompleteMetaData', BIT, () => false],
  ['IsForceOffline', BIT, () => false],
  ['IsCopyOnly', BIT, (h) => h.copyOnly],
  ['FirstRecoveryForkID', GUID, none],
  ['ForkPointLSN', LSN, none],
  ['RecoveryModel', nv(60), (h) => h.recoveryModel],
  ['DifferentialBaseLSN', LSN, none],
  ['DifferentialBaseGUID', GUID, none],
  ['BackupTypeDescription', nv(60), () => 'Database'],
  ['BackupSetGUID', GUID, (h) => h.backupSetGuid],
  ['CompressedBackupSize', { kind: 'bigint' }, none],
  ['Containment', { kind: 'tinyint' }, () => 0],
  ['KeyAlgorithm', nv(32), none],
  ['EncryptorThumbprint', { kind: 'varbinary', length: 20 }, none],
  ['EncryptorType', nv(32), none],
  ['LastValidRestoreTime', DATETIME, none],
  ['TimeZone', nv(32), none],
  ['CompressionAlgorithm', nv(32), (h) => (h.compressed ? 'MS_XPRESS' : null)],
];

type FileCell = (h: BackupSetHeader, physicalName: string) => SqlValue;
const noFile: FileCell = () => null;

const FILE_COLUMNS: readonly (readonly [string, SqlType, FileCell])[] = [
  ['LogicalName', NAME, (h) => h.databaseName],
  ['PhysicalName', nv(260), (_h, p) => p],
  ['Type', { kind: 'char', length: 1 }, () => 'D'],
  ['FileGroupName', NAME, () => 'PRIMARY'],
  ['Size', SIZE, (h) => size(h.imageBytes)],
  ['MaxSize', SIZE, () => size(35_184_372_080_640)],
  ['FileID', { kind: 'bigint' }, () => 1n],
  ['CreateLSN', LSN, noFile],
  ['DropLSN', LSN, noFile],
  ['UniqueID', GUID, noFile],
  ['ReadOnlyLSN', LSN, noFile],
  ['ReadWriteLSN', LSN, noFile],
  ['BackupSizeInBytes', { kind: 'bigint' }, (h) => BigInt(h.imageBytes)],
  ['SourceBlockSize', INT, () => 512],
  ['FileGroupID', INT, () => 1],
  ['LogGroupGUID', GUID, noFile],
  ['DifferentialBaseLSN', LSN, noFile],
  ['DifferentialBaseGUID', GUID, noFile],
  ['IsReadOnly', BIT, () => false],
  ['IsPresent', BIT, () => true],
  ['TDEThumbprint', { kind: 'varbinary', length: 32 }, noFile],
  ['SnapshotURL', nv(360), noFile],
];

function versionPart(h: BackupSetHeader, i: number): number {
  return Number(h.productVersion.split('.')[i] ?? 0);
}

export async function executeRestoreInfo(stmt: RestoreStatement, scope: Scope): Promise<void> {
  checkReadMediaPermission(scope);
  const path = devicePath(stmt.devices, scope, stmt.line);
  const settings = restoreSettings(stmt.options.filter((o) => o.name !== 'NORECOVERY'), scope, stmt.line);
  switch (stmt.action) {
    case 'HEADERONLY': {
      const sets = await readMediaSets(path);
      if (sets.length === 0) throw sqlError(3241, path);
      const headers = sets.map((s) => s.header);
      await sendResultSet(scope, HEADER_COLUMNS, headers.map((h) => HEADER_COLUMNS.map(([, , cell]) => cell(h))));
      return;
    }
    case 'FILELISTONLY': {
      const set = await chooseSet(path, settings.file);
      const physical = set.header.physicalName ?? set.header.databaseName;
      await sendResultSet(scope, FILE_COLUMNS, [FILE_COLUMNS.map(([, , cell]) => cell(set.header, physical))]);
      return;
    }
    case 'VERIFYONLY': {
      const set = await chooseSet(path, settings.file);
      await readSetImage(path, set);
      sendInfo(scope, stmt.line, 3262, set.header.position);
      return;
    }
    default:
      throw new Error(`restore info ${stmt.action}`);
  }
}
