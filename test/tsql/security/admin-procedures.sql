CREATE LOGIN adm_orphan WITH PASSWORD = 'Orphan#Pass1', CHECK_POLICY = OFF;
CREATE LOGIN adm_other WITH PASSWORD = 'Other#Pass1', CHECK_POLICY = OFF;
CREATE USER adm_orphan FOR LOGIN adm_orphan;
CREATE USER adm_loginless WITHOUT LOGIN;
DROP LOGIN adm_orphan;
CREATE LOGIN adm_orphan WITH PASSWORD = 'Orphan#Pass1';
GO
SET NOCOUNT ON;
CREATE TABLE #r (UserName sysname, UserSID varbinary(85));
INSERT #r EXEC sp_change_users_login 'Report';
SELECT r.UserName, DATALENGTH(r.UserSID) AS sid_length,
  CASE WHEN r.UserSID = p.sid THEN 1 ELSE 0 END AS same_sid, SUSER_SNAME(r.UserSID) AS login_name
FROM #r r JOIN sys.database_principals p ON p.name = r.UserName;
GO
DECLARE @rc int;
EXEC @rc = sp_change_users_login @Action = 'update_one', @UserNamePattern = 'adm_orphan', @LoginName = 'adm_orphan';
SELECT @rc AS rc, CASE WHEN (SELECT sid FROM sys.database_principals WHERE name = 'adm_orphan') = SUSER_SID('adm_orphan') THEN 1 ELSE 0 END AS mapped;
GO
EXEC sp_change_users_login 'REPORT';
GO
BEGIN TRY EXEC sp_change_users_login 'Report', 'adm_orphan'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_MESSAGE() AS m; END CATCH
BEGIN TRY EXEC sp_change_users_login 'Bogus'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_MESSAGE() AS m; END CATCH
BEGIN TRY EXEC sp_change_users_login 'Update_One', 'adm_orphan'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_MESSAGE() AS m; END CATCH
BEGIN TRY EXEC sp_change_users_login 'Update_One', 'no_such_user', 'adm_orphan'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s; END CATCH
BEGIN TRY EXEC sp_change_users_login 'Update_One', 'adm_orphan', 'no_such_login'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s; END CATCH
GO
DECLARE @rc int;
EXEC @rc = sp_password @new = 'Changed#Pass2', @loginame = 'adm_orphan';
SELECT @rc AS rc;
GO
-- connect: login=adm_orphan password=Changed#Pass2
SELECT SUSER_SNAME() AS who;
GO
DECLARE @rc int;
EXEC @rc = sp_password 'Changed#Pass2', 'Again#Pass3';
SELECT @rc AS rc;
BEGIN TRY EXEC sp_password 'wrong', 'Fourth#Pass4'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
BEGIN TRY EXEC sp_password NULL, 'Fifth#Pass5', 'adm_other'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
BEGIN TRY EXEC sp_change_users_login 'Report'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
DECLARE @rc int;
EXEC @rc = sp_defaultlanguage 'adm_orphan';
SELECT @rc AS rc, default_language_name FROM sys.server_principals WHERE name = 'adm_orphan';
GO
-- connect: login=adm_orphan password=Again#Pass3
SELECT SUSER_SNAME() AS who;
GO
-- connect: login=sa
BEGIN TRAN;
BEGIN TRY EXEC sp_password NULL, 'Sixth#Pass6', 'adm_other'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
ROLLBACK;
DECLARE @rc int;
EXEC @rc = sp_defaultdb 'adm_other', 'master';
SELECT @rc AS rc, default_database_name FROM sys.server_principals WHERE name = 'adm_other';
EXEC @rc = sp_defaultlanguage 'adm_other', 'us_english';
SELECT @rc AS rc, default_language_name FROM sys.server_principals WHERE name = 'adm_other';
GO
CREATE TABLE dbo.rt (a int);
GO
BEGIN TRY EXEC sp_recompile 'dbo.no_such_table'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_MESSAGE() AS m; END CATCH
BEGIN TRY EXEC sp_recompile 'otherdb.dbo.rt'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
DROP USER adm_orphan;
DROP USER adm_loginless;
DROP LOGIN adm_other;
GO
