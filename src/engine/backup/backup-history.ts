// msdb's backup and restore history (sql/0011; "backupset (Transact-SQL)", "backupmediafamily
// (Transact-SQL)", "restorehistory (Transact-SQL)"): the rows SQL Server writes for a BACKUP
// DATABASE (media set, its one family, the backup set, its one data file) and for a RESTORE
// DATABASE (the set read, recorded like a backup when msdb does not know it, and the restore).
import { fromJsDate } from '../../types/dates';
import { typed, type Typed } from '../../types/typed-value';
import { SqlDecimal } from '../../types/values';
import type { Scope } from '../interpreter/scope';
import { runInternalSql } from './internal-sql';
import type { BackupSetHeader } from './media-format';

/** backupmediafamily.device_type of a disk file */
export const DEVICE_TYPE_DISK = 2;
/** backupset.type / restorehistory.restore_type of a full database backup */
const TYPE_DATABASE = 'D';
/** SQL Server's software_vendor_id (Microsoft) */
const SOFTWARE_VENDOR_ID = 4608;

const RECORD_SET = `
SELECT @media_set_id = media_set_id FROM msdb.dbo.backupmediaset WHERE media_uuid = @media_uuid;
IF @media_set_id IS NULL
BEGIN
  INSERT INTO msdb.dbo.backupmediaset (media_uuid, media_family_count, software_name, software_vendor_id,
    MTF_major_version, mirror_count, is_password_protected, is_compressed, is_encrypted)
  VALUES (@media_uuid, 1, N'msxd', ${SOFTWARE_VENDOR_ID}, 1, 1, 0, @compressed, 0);
  SET @media_set_id = SCOPE_IDENTITY();
  INSERT INTO msdb.dbo.backupmediafamily (media_set_id, family_sequence_number, media_family_id, media_count,
    logical_device_name, physical_device_name, device_type, physical_block_size, mirror)
  VALUES (@media_set_id, 1, @media_uuid, 1, NULL, @device, ${DEVICE_TYPE_DISK}, 512, 0);
END
INSERT INTO msdb.dbo.backupset (backup_set_uuid, media_set_id, first_family_number, first_media_number,
  last_family_number, last_media_number, catalog_family_number, catalog_media_number, position, expiration_date,
  software_vendor_id, name, description, user_name, software_major_version, software_minor_version,
  software_build_version, time_zone, mtf_minor_version, database_creation_date, backup_start_date,
  backup_finish_date, type, sort_order, code_page, compatibility_level, database_version, backup_size,
  database_name, server_name, machine_name, flags, unicode_locale, unicode_compare_style, collation_name,
  is_password_protected, recovery_model, has_bulk_logged_data, is_snapshot, is_readonly, is_single_user,
  has_backup_checksums, is_damaged, begins_log_chain, has_incomplete_metadata, is_force_offline, is_copy_only,
  database_guid, family_guid, compressed_backup_size, compression_algorithm)
VALUES (@backup_set_uuid, @media_set_id, 1, 1, 1, 1, 1, 1, @position, NULL,
  ${SOFTWARE_VENDOR_ID}, @name, @description, @user_name, @major, @minor,
  @build, 0, 0, @database_creation_date, @backup_start_date,
  @backup_finish_date, '${TYPE_DATABASE}', 52, 0, 160, 957, @backup_size,
  @database_name, @server_name, @machine_name, 512, 1033, 196609, @collation,
  0, @recovery_model, 0, 0, 0, 0,
  1, 0, 0, 0, 0, @copy_only,
  NULL, NULL, @compressed_size, @compression_algorithm);
SET @backup_set_id = SCOPE_IDENTITY();
INSERT INTO msdb.dbo.backupfile (backup_set_id, first_family_number, first_media_number, filegroup_name, page_size,
  file_number, backed_up_page_count, file_type, source_file_block_size, file_size, logical_name, physical_drive,
  physical_name, state, state_desc, backup_size, is_readonly, is_present)
VALUES (@backup_set_id, 1, 1, N'PRIMARY', @page_size, 1, @page_count, 'D', 512, @backup_size, @database_name, NULL,
  @physical_name, 0, N'ONLINE', @backup_size, 0, 1);`;

const BACKUP_SQL = `DECLARE @media_set_id int, @backup_set_id int;${RECORD_SET}`;

const RESTORE_SQL = `DECLARE @media_set_id int, @backup_set_id int;
SELECT @backup_set_id = backup_set_id FROM msdb.dbo.backupset WHERE backup_set_uuid = @backup_set_uuid;
IF @backup_set_id IS NULL
BEGIN${RECORD_SET}
END
INSERT INTO msdb.dbo.restorehistory (restore_date, destination_database_name, user_name, backup_set_id, restore_type,
  replace, recovery, restart, stop_at, device_count, stop_at_mark_name, stop_before)
VALUES (GETDATE(), @destination, SUSER_SNAME(), @backup_set_id, '${TYPE_DATABASE}', @replace, 1, 0, NULL, 1, NULL, 0);`;

export interface SetOnDevice {
  readonly header: BackupSetHeader;
  readonly device: string;
  /** bytes the set takes on the device (compressed or not) */
  readonly storedBytes: number;
  /** the database file the set was taken from (backupfile.physical_name) */
  readonly physicalName: string;
}

export async function recordBackup(scope: Scope, set: SetOnDevice): Promise<void> {
  await runInternalSql(scope, BACKUP_SQL, setParams(set));
}

export async function recordRestore(scope: Scope, set: SetOnDevice, destination: string, replace: boolean): Promise<void> {
  const params = setParams(set);
  params.set('@destination', typed(NAME, destination));
  params.set('@replace', typed(BIT, replace));
  await runInternalSql(scope, RESTORE_SQL, params);
}

const NAME = { kind: 'nvarchar', length: 128 } as const;
const BIT = { kind: 'bit' } as const;
const INT = { kind: 'int' } as const;
const GUID = { kind: 'uniqueidentifier' } as const;
const DATETIME = { kind: 'datetime' } as const;
const SIZE = { kind: 'decimal', precision: 20, scale: 0, numeric: true } as const;

function setParams(set: SetOnDevice): Map<string, Typed> {
  const h = set.header;
  const [major, minor, build] = h.productVersion.split('.').map(Number);
  return new Map<string, Typed>([
    ['@media_uuid', typed(GUID, h.mediaSetGuid)],
    ['@compressed', typed(BIT, h.compressed)],
    ['@device', typed({ kind: 'nvarchar', length: 260 }, set.device)],
    ['@backup_set_uuid', typed(GUID, h.backupSetGuid)],
    ['@position', typed(INT, h.position)],
    ['@name', typed(NAME, h.name)],
    ['@description', typed({ kind: 'nvarchar', length: 255 }, h.description)],
    ['@user_name', typed(NAME, h.userName)],
    ['@major', typed(INT, major ?? 0)],
    ['@minor', typed(INT, minor ?? 0)],
    ['@build', typed(INT, build ?? 0)],
    ['@database_creation_date', typed(DATETIME, wallClock(h.databaseCreatedMs))],
    ['@backup_start_date', typed(DATETIME, wallClock(h.startMs))],
    ['@backup_finish_date', typed(DATETIME, wallClock(h.finishMs))],
    ['@backup_size', typed(SIZE, new SqlDecimal(BigInt(h.imageBytes), 0))],
    ['@database_name', typed(NAME, h.databaseName)],
    ['@server_name', typed(NAME, h.serverName)],
    ['@machine_name', typed(NAME, h.machineName)],
    ['@collation', typed(NAME, h.collation)],
    ['@recovery_model', typed({ kind: 'nvarchar', length: 60 }, h.recoveryModel)],
    ['@copy_only', typed(BIT, h.copyOnly)],
    ['@compressed_size', typed(SIZE, new SqlDecimal(BigInt(set.storedBytes), 0))],
    ['@compression_algorithm', typed({ kind: 'nvarchar', length: 32 }, h.compressed ? 'MS_XPRESS' : null)],
    ['@page_size', typed(INT, h.pageSize)],
    ['@page_count', typed({ kind: 'decimal', precision: 10, scale: 0, numeric: true }, new SqlDecimal(BigInt(h.pageCount), 0))],
    ['@physical_name', typed({ kind: 'nvarchar', length: 260 }, set.physicalName)],
  ]);
}

/** a local wall-clock instant (ms, as media headers keep it) as a datetime value */
export function wallClock(ms: number): ReturnType<typeof fromJsDate> {
  return fromJsDate(new Date(ms));
}

/** the local wall clock of `d` in ms: what GETDATE() shows, kept in media headers */
export function wallClockMs(d: Date): number {
  return d.getTime() - d.getTimezoneOffset() * 60_000;
}
