CREATE LOGIN hp_ann WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
CREATE USER hp_ann FOR LOGIN hp_ann;
CREATE ROLE hp_readers;
ALTER ROLE hp_readers ADD MEMBER hp_ann;
ALTER ROLE db_datareader ADD MEMBER hp_ann;
CREATE TABLE dbo.hp_t (id int, secret int);
GO
CREATE PROCEDURE dbo.hp_p AS SELECT 1 AS one;
GO
EXEC sp_helprole 'hp_readers';
EXEC sp_helprole 'db_owner';
GO
BEGIN TRY EXEC sp_helprole 'hp_nobody'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_SEVERITY() AS sev, ERROR_STATE() AS st, ERROR_MESSAGE() AS msg; END CATCH
GO
CREATE TABLE #rm (DbRole sysname, MemberName sysname, MemberSID varbinary(85));
INSERT #rm EXEC sp_helprolemember 'hp_readers';
SELECT DbRole, MemberName, CASE WHEN MemberSID = SUSER_SID('hp_ann') THEN 'login sid' END AS sid_is FROM #rm;
EXEC sp_helprolemember 'db_owner';
GO
BEGIN TRY EXEC sp_helprolemember 'hp_ann'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS msg; END CATCH
GO
CREATE TABLE #m (ServerRole sysname, MemberName sysname, MemberSID varbinary(85));
SET NOCOUNT ON;
INSERT #m EXEC sp_helpsrvrolemember 'sysadmin';
SET NOCOUNT OFF;
SELECT ServerRole, MemberName, MemberSID FROM #m WHERE MemberName = N'sa';
GO
BEGIN TRY EXEC sp_helpsrvrolemember 'public'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY EXEC sp_helpsrvrolemember 'hp_readers'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
GO
GRANT SELECT ON dbo.hp_t TO hp_ann;
DENY UPDATE ON dbo.hp_t TO hp_ann;
GRANT EXECUTE ON dbo.hp_p TO hp_readers;
DENY SELECT ON dbo.hp_t (secret) TO hp_ann;
GRANT CREATE TABLE TO hp_readers;
GO
EXEC sp_helprotect 'dbo.hp_t';
GO
EXEC sp_helprotect @username = 'hp_readers';
GO
EXEC sp_helprotect NULL, 'hp_readers', NULL, 's';
GO
EXEC sp_helprotect 'CREATE TABLE', 'hp_readers';
GO
BEGIN TRY EXEC sp_helprotect 'dbo.hp_missing'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY EXEC sp_helprotect NULL, 'hp_nobody'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY EXEC sp_helprotect 'dbo.hp_p', 'hp_ann'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS msg; END CATCH
GO
DROP USER hp_ann;
DROP LOGIN hp_ann;
GO
