-- msdb: backup and restore history, as SQL Server's (instmsdb.sql; "backupset (Transact-SQL)",
-- "backupmediaset", "backupmediafamily", "backupfile", "restorehistory"): one media set, one
-- family (msxd writes one disk device per backup), one backup set and one file row per BACKUP
-- DATABASE, and a restorehistory row per RESTORE DATABASE (src/engine/backup/backup-history.ts).
-- LSN columns stay NULL: SQLite has no log sequence numbers. Foreign keys are left out:
-- sp_delete_backuphistory deletes dependants in order, as SQL Server's does.
IF OBJECT_ID(N'dbo.backupmediaset', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.backupmediaset
  (
    media_set_id          int IDENTITY(1, 1) NOT NULL,
    media_uuid            uniqueidentifier NULL,
    media_family_count    tinyint        NULL,
    name                  nvarchar(128)  NULL,
    description           nvarchar(255)  NULL,
    software_name         nvarchar(128)  NULL,
    software_vendor_id    int            NULL,
    MTF_major_version     tinyint        NULL,
    mirror_count          tinyint        NULL,
    is_password_protected bit            NULL,
    is_compressed         bit            NULL,
    is_encrypted          bit            NULL,
    CONSTRAINT PK__backupmediaset PRIMARY KEY (media_set_id)
  );
END
GO

IF OBJECT_ID(N'dbo.backupmediafamily', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.backupmediafamily
  (
    media_set_id           int            NOT NULL,
    family_sequence_number tinyint        NOT NULL,
    media_family_id        uniqueidentifier NULL,
    media_count            int            NULL,
    logical_device_name    nvarchar(128)  NULL,
    physical_device_name   nvarchar(260)  NULL,
    device_type            tinyint        NULL,
    physical_block_size    int            NULL,
    mirror                 tinyint        NOT NULL DEFAULT (0),
    CONSTRAINT PK__backupmediafamily PRIMARY KEY (media_set_id, family_sequence_number, mirror)
  );
END
GO

IF OBJECT_ID(N'dbo.backupset', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.backupset
  (
    backup_set_id            int IDENTITY(1, 1) NOT NULL,
    backup_set_uuid          uniqueidentifier NOT NULL,
    media_set_id             int            NOT NULL,
    first_family_number      tinyint        NULL,
    first_media_number       smallint       NULL,
    last_family_number       tinyint        NULL,
    last_media_number        smallint       NULL,
    catalog_family_number    tinyint        NULL,
    catalog_media_number     smallint       NULL,
    position                 int            NULL,
    expiration_date          datetime       NULL,
    software_vendor_id       int            NULL,
    name                     nvarchar(128)  NULL,
    description              nvarchar(255)  NULL,
    user_name                nvarchar(128)  NULL,
    software_major_version   tinyint        NULL,
    software_minor_version   tinyint        NULL,
    software_build_version   smallint       NULL,
    time_zone                smallint       NULL,
    mtf_minor_version        tinyint        NULL,
    first_lsn                numeric(25, 0) NULL,
    last_lsn                 numeric(25, 0) NULL,
    checkpoint_lsn           numeric(25, 0) NULL,
    database_backup_lsn      numeric(25, 0) NULL,
    database_creation_date   datetime       NULL,
    backup_start_date        datetime       NULL,
    backup_finish_date       datetime       NULL,
    type                     char(1)        NULL,
    sort_order               smallint       NULL,
    code_page                smallint       NULL,
    compatibility_level      tinyint        NULL,
    database_version         int            NULL,
    backup_size              numeric(20, 0) NULL,
    database_name            nvarchar(128)  NULL,
    server_name              nvarchar(128)  NULL,
    machine_name             nvarchar(128)  NULL,
    flags                    int            NULL,
    unicode_locale           int            NULL,
    unicode_compare_style    int            NULL,
    collation_name           nvarchar(128)  NULL,
    is_password_protected    bit            NULL,
    recovery_model           nvarchar(60)   NULL,
    has_bulk_logged_data     bit            NULL,
    is_snapshot              bit            NULL,
    is_readonly              bit            NULL,
    is_single_user           bit            NULL,
    has_backup_checksums     bit            NULL,
    is_damaged               bit            NULL,
    begins_log_chain         bit            NULL,
    has_incomplete_metadata  bit            NULL,
    is_force_offline         bit            NULL,
    is_copy_only             bit            NULL,
    first_recovery_fork_guid uniqueidentifier NULL,
    last_recovery_fork_guid  uniqueidentifier NULL,
    fork_point_lsn           numeric(25, 0) NULL,
    database_guid            uniqueidentifier NULL,
    family_guid              uniqueidentifier NULL,
    differential_base_lsn    numeric(25, 0) NULL,
    differential_base_guid   uniqueidentifier NULL,
    compressed_backup_size   numeric(20, 0) NULL,
    key_algorithm            nvarchar(32)   NULL,
    encryptor_thumbprint     varbinary(20)  NULL,
    encryptor_type           nvarchar(32)   NULL,
    last_valid_restore_time  datetime       NULL,
    compression_algorithm    nvarchar(32)   NULL,
    CONSTRAINT PK__backupset PRIMARY KEY (backup_set_id)
  );
  CREATE INDEX backupsetDate ON dbo.backupset (backup_finish_date);
  CREATE INDEX backupsetuuid ON dbo.backupset (backup_set_uuid);
END
GO

IF OBJECT_ID(N'dbo.backupfile', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.backupfile
  (
    backup_set_id          int            NOT NULL,
    first_family_number    tinyint        NULL,
    first_media_number     smallint       NULL,
    filegroup_name         nvarchar(128)  NULL,
    page_size              int            NULL,
    file_number            numeric(10, 0) NOT NULL,
    backed_up_page_count   numeric(10, 0) NULL,
    file_type              char(1)        NULL,
    source_file_block_size numeric(10, 0) NULL,
    file_size              numeric(20, 0) NULL,
    logical_name           nvarchar(128)  NULL,
    physical_drive         nvarchar(260)  NULL,
    physical_name          nvarchar(260)  NULL,
    state                  tinyint        NULL,
    state_desc             nvarchar(64)   NULL,
    create_lsn             numeric(25, 0) NULL,
    drop_lsn               numeric(25, 0) NULL,
    file_guid              uniqueidentifier NULL,
    read_only_lsn          numeric(25, 0) NULL,
    read_write_lsn         numeric(25, 0) NULL,
    differential_base_lsn  numeric(25, 0) NULL,
    differential_base_guid uniqueidentifier NULL,
    backup_size            numeric(20, 0) NULL,
    filegroup_guid         uniqueidentifier NULL,
    is_readonly            bit            NULL,
    is_present             bit            NULL,
    CONSTRAINT PK__backupfile PRIMARY KEY (backup_set_id, file_number)
  );
END
GO

IF OBJECT_ID(N'dbo.restorehistory', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.restorehistory
  (
    restore_history_id        int IDENTITY(1, 1) NOT NULL,
    restore_date              datetime       NULL,
    destination_database_name nvarchar(128)  NULL,
    user_name                 nvarchar(128)  NULL,
    backup_set_id             int            NOT NULL,
    restore_type              char(1)        NULL,
    replace                   bit            NULL,
    recovery                  bit            NULL,
    restart                   bit            NULL,
    stop_at                   datetime       NULL,
    device_count              tinyint        NULL,
    stop_at_mark_name         nvarchar(128)  NULL,
    stop_before               bit            NULL,
    CONSTRAINT PK__restorehistory PRIMARY KEY (restore_history_id)
  );
  CREATE INDEX restorehistorybackupset ON dbo.restorehistory (backup_set_id);
END
GO

