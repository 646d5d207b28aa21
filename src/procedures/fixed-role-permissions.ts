// The permission rows sp_srvrolepermission and sp_dbfixedrolepermission report: SQL Server keeps
// them in master.dbo.spt_values (types SRV and DBR, low > 0), unchanged since SQL Server 2000, which
// is why the documentation warns that the output does not reflect the later permission hierarchy.
// Listed per role as spt_values holds them.

export const SERVER_ROLE_PERMISSIONS: Readonly<Record<string, readonly string[]>> = {
  sysadmin: ['Raiserror With Log', 'Constraints on System tables', 'dbcc traceon/off', 'dbcc setioweight', 'dbcc setcpuweight',
    'dbcc showoptweights', "dbcc change 'on' rules", 'dbcc inputbuffer', 'USE to a suspect database', 'Create/delete/modify system tables',
    'Create indices on system tables', 'Complete SETUSER SQL user', 'Add extended procedures', 'Add member to sysadmin', 'sp_altermessage',
    'sp_dboption update part', 'sp_updatestats', 'sp_password', 'sp_change_users_login', 'sp_changedbowner', 'sp_adduser', 'BULK INSERT',
    'DBCC ShrinkDatabase', 'DBCC ShrinkFile', 'sp_dropremotelogin', 'sp_fulltext_service', 'sp_remoteoption', 'dbcc outputbuffer',
    'dbcc checkfilegroup', 'dbcc checkdb', 'dbcc checkident', 'dbcc checktable', 'dbcc dbreindex', 'dbcc proccache', 'dbcc show_statistics',
    'dbcc showcontig', 'dbcc pintable', 'dbcc dropcleanbuffers'],
  securityadmin: ['sp_grantlogin', 'sp_revokelogin', 'sp_denylogin', 'sp_addlogin', 'sp_droplogin', 'Read the error log',
    'Add member to securityadmin', 'Grant/deny/revoke CREATE DATABASE', 'sp_helplogins', 'sp_password', 'sp_defaultdb',
    'sp_defaultlanguage', 'sp_addlinkedsrvlogin', 'sp_droplinkedsrvlogin', 'sp_dropremotelogin', 'sp_remoteoption (update)'],
  serveradmin: ['RECONFIGURE', 'SHUTDOWN', 'Add member to serveradmin', 'sp_fulltext_service', 'sp_configure', 'sp_tableoption',
    'dbcc freeproccache'],
  setupadmin: ['Add member to setupadmin', 'Add/drop/configure linked servers', 'Mark a stored procedure as startup'],
  processadmin: ['KILL', 'Add member to processadmin'],
  diskadmin: ['DISK INIT', 'Add member to diskadmin', 'sp_addumpdevice', 'sp_diskdefault', 'sp_dropdevice'],
  dbcreator: ['CREATE DATABASE', 'ALTER DATABASE', 'Add member to dbcreator', 'Extend database', 'sp_renamedb', 'RESTORE DATABASE',
    'RESTORE LOG', 'DROP DATABASE'],
  bulkadmin: ['BULK INSERT', 'Add member to bulkadmin'],
};

export const DATABASE_ROLE_PERMISSIONS: Readonly<Record<string, readonly string[]>> = {
  db_owner: ['EXECUTE any procedure', 'sp_change_users_login', 'Add/drop to/from db_accessadmin', 'Add/drop to/from db_owner',
    'Add/drop to/from db_securityadmin', 'Add/drop to/from db_ddladmin', 'Add/drop to/from db_backupoperator',
    'Add/drop to/from db_datareader', 'Add/drop to/from db_datawriter', 'Add/drop to/from db_denydatareader',
    'Add/drop to/from db_denydatawriter', 'dbcc checkalloc', 'sp_fulltext_catalog', 'sp_fulltext_database', 'sp_fulltext_table',
    'dbcc checkdb', 'dbcc checkfilegroup', 'dbcc checkident', 'dbcc checktable', 'dbcc dbreindex', 'dbcc proccache',
    'dbcc show_statistics', 'dbcc showcontig', 'dbcc shrinkdatabase', 'dbcc shrinkfile', 'sp_refreshview', 'sp_dbcmptlevel',
    'sp_dboption (update)', 'dbcc updateusage'],
  db_accessadmin: ['sp_grantdbaccess', 'sp_revokedbaccess', 'sp_dropuser', 'sp_addalias', 'sp_dropalias'],
  db_securityadmin: ['sp_addrolemember', 'sp_droprolemember', 'sp_addrole', 'sp_droprole', 'GRANT', 'REVOKE', 'DENY', 'sp_addapprole',
    'sp_dropapprole', 'sp_approlepassword', 'sp_changeobjectowner', 'sp_changegroup', 'sp_dropgroup', 'sp_addgroup'],
  db_ddladmin: ['All DDL but GRANT, REVOKE, DENY', 'REFERENCES permission on any table', 'sp_recompile', 'sp_tableoption', 'sp_rename',
    'sp_changeobjectowner', 'sp_fulltext_column', 'sp_fulltext_table', 'TRUNCATE TABLE', 'dbcc show_statistics', 'dbcc showcontig',
    'dbcc cleantable'],
  db_backupoperator: ['CHECKPOINT', 'BACKUP LOG', 'BACKUP DATABASE'],
  db_datareader: ['SELECT permission on any object'],
  db_datawriter: ['INSERT permission on any object', 'UPDATE permission on any object', 'DELETE permission on any object'],
  db_denydatareader: ['No SELECT permission on any object'],
  db_denydatawriter: ['No INSERT permission on any object', 'No UPDATE permission on any object', 'No DELETE permission on any object'],
};
