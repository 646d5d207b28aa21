BACKUP DATABASE tsql_no_such_db TO DISK = N'/tmp/msxd-tsql-no-such-db.bak';
GO
BACKUP DATABASE tempdb TO DISK = N'/tmp/msxd-tsql-tempdb.bak';
GO
BEGIN TRAN;
BACKUP DATABASE tsql_tables_backup_errors TO DISK = N'/tmp/msxd-tsql-in-tran.bak';
ROLLBACK;
GO
RESTORE HEADERONLY FROM DISK = N'/tmp/msxd-tsql-no-such-file.bak';
GO
RESTORE DATABASE tsql_backup_errors_new FROM DISK = N'/tmp/msxd-tsql-no-such-file.bak';
GO
BEGIN TRY
  BACKUP DATABASE tsql_no_such_db TO DISK = N'/tmp/msxd-tsql-no-such-db.bak';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_SEVERITY() AS severity, ERROR_MESSAGE() AS message;
END CATCH
GO
