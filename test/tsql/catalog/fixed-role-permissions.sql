-- sp_srvrolepermission / sp_dbfixedrolepermission: the fixed roles' permission rows (SQL Server
-- 2000's list, as the documentation warns), ordered by role and permission; sysadmin has every
-- other fixed server role's permissions too; 15412 for anything that is not such a role.
EXEC sp_srvrolepermission 'processadmin';
EXEC sp_srvrolepermission @srvrolename = N'BulkAdmin';
GO
SET NOCOUNT ON;
CREATE TABLE #p (ServerRole sysname, Permission sysname);
INSERT INTO #p EXEC sp_srvrolepermission;
SELECT ServerRole, COUNT(*) AS permissions FROM #p GROUP BY ServerRole ORDER BY ServerRole;
SELECT COUNT(*) AS sysadmin_has_kill FROM #p WHERE ServerRole = N'sysadmin' AND Permission = N'KILL'; SET NOCOUNT OFF;
GO
BEGIN TRY EXEC sp_srvrolepermission 'public'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS msg; END CATCH
GO
EXEC sp_dbfixedrolepermission 'db_datawriter';
EXEC sp_dbfixedrolepermission @rolename = 'db_backupoperator';
GO
SET NOCOUNT ON;
CREATE TABLE #d (DbFixedRole sysname, Permission nvarchar(70));
INSERT INTO #d EXEC sp_dbfixedrolepermission;
SELECT DbFixedRole, COUNT(*) AS permissions FROM #d GROUP BY DbFixedRole ORDER BY DbFixedRole; SET NOCOUNT OFF;
GO
BEGIN TRY EXEC sp_dbfixedrolepermission 'sysadmin'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS msg; END CATCH
GO
