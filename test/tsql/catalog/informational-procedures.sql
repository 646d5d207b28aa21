-- Informational system procedures: sp_helpsrvrole / sp_helpdbfixedrole (the fixed roles with
-- their descriptions, role id order; 15412 for anything else, public included), sp_helpsort (the
-- server collation's description), sp_validname (15004 / 15006, return status 1; silent with
-- @raise_error = 0) and sp_helptrigger (the documented columns; 15009 for an unknown table).
EXEC sp_helpsrvrole;
EXEC sp_helpsrvrole @srvrolename = 'DiskAdmin';
GO
BEGIN TRY EXEC sp_helpsrvrole 'public'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY EXEC sp_helpsrvrole 'db_owner'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
GO
EXEC sp_helpdbfixedrole;
EXEC sp_helpdbfixedrole 'db_datawriter';
GO
BEGIN TRY EXEC sp_helpdbfixedrole 'sysadmin'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS msg; END CATCH
GO
EXEC sp_helpsort;
GO
DECLARE @ok int, @empty int, @nul int;
EXEC @ok = sp_validname N'any name [with] "odd" chars', 0;
EXEC @empty = sp_validname N'', 0;
EXEC @nul = sp_validname NULL, @raise_error = 0;
SELECT @ok AS ok, @empty AS empty_name, @nul AS null_name;
GO
BEGIN TRY EXEC sp_validname N''; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY DECLARE @n nvarchar(20) = N'x' + NCHAR(0) + N'y'; EXEC sp_validname @n; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_SEVERITY() AS sev, LEN(ERROR_MESSAGE()) AS msg_len; END CATCH
GO
CREATE TABLE dbo.ip_t (id int);
GO
EXEC sp_helptrigger 'dbo.ip_t';
EXEC sp_helptrigger @tabname = N'ip_t', @triggertype = 'INSERT';
GO
BEGIN TRY EXEC sp_helptrigger 'dbo.ip_missing'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS msg; END CATCH
GO
EXEC sp_helplanguage;
EXEC sp_helplanguage @language = N'English';
GO
BEGIN TRY EXEC sp_helplanguage N'Klingon'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS msg; END CATCH
GO
CREATE TABLE #ls (SRV_NAME sysname, SRV_PROVIDERNAME nvarchar(128), SRV_PRODUCT nvarchar(128), SRV_DATASOURCE nvarchar(4000),
  SRV_PROVIDERSTRING nvarchar(4000), SRV_LOCATION nvarchar(4000), SRV_CAT sysname NULL);
INSERT INTO #ls EXEC sp_linkedservers;
SELECT CASE WHEN SRV_NAME = @@SERVERNAME THEN 1 ELSE 0 END AS local_name, SRV_PROVIDERNAME, SRV_PRODUCT,
  CASE WHEN SRV_DATASOURCE = @@SERVERNAME THEN 1 ELSE 0 END AS source_is_name, SRV_PROVIDERSTRING, SRV_LOCATION, SRV_CAT FROM #ls;
GO
EXEC xp_logininfo;
GO
BEGIN TRY EXEC xp_logininfo 'CONTOSO\nobody'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS msg; END CATCH
GO
