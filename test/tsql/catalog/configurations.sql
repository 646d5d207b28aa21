SELECT configuration_id, name, value, minimum, maximum, value_in_use, description, is_dynamic, is_advanced
FROM sys.configurations WHERE configuration_id IN (103, 115, 117, 518, 1520, 16386, 16390, 16393)
ORDER BY configuration_id;
GO
SELECT configuration_id, name, minimum, maximum, description, is_dynamic, is_advanced
FROM sys.configurations WHERE name LIKE 'm__ server memory%' OR name = 'max degree of parallelism' ORDER BY configuration_id;
GO
SELECT SQL_VARIANT_PROPERTY(value, 'BaseType') AS value_type, SQL_VARIANT_PROPERTY(value_in_use, 'BaseType') AS in_use_type,
  SQL_VARIANT_PROPERTY(minimum, 'BaseType') AS minimum_type, SQL_VARIANT_PROPERTY(maximum, 'BaseType') AS maximum_type
FROM sys.configurations WHERE name = 'max degree of parallelism';
GO
SELECT COUNT(*) AS documented FROM sys.configurations
WHERE name IN ('show advanced options', 'Agent XPs', 'Database Mail XPs', 'xp_cmdshell', 'user connections',
  'max server memory (MB)', 'min server memory (MB)', 'max degree of parallelism', 'cost threshold for parallelism',
  'remote access', 'remote admin connections', 'default language', 'nested triggers', 'user options',
  'contained database authentication', 'backup compression default', 'clr enabled', 'Ole Automation Procedures',
  'optimize for ad hoc workloads', 'remote query timeout (s)', 'fill factor (%)', 'blocked process threshold (s)');
GO
SELECT name, CAST(value AS int) AS value FROM sys.configurations
WHERE is_advanced = 1 AND configuration_id IN (1538, 1569, 1581) ORDER BY name DESC;
GO
EXEC sp_configure 'show advanced options';
GO
EXEC sp_configure 'xp_cmdshell';
GO
SET NOCOUNT ON;
CREATE TABLE #listed (name nvarchar(35), minimum int, maximum int, config_value int, run_value int);
INSERT #listed EXEC sp_configure;
SET NOCOUNT OFF;
SELECT name, config_value, run_value FROM #listed
WHERE name IN ('remote access', 'xp_cmdshell', 'Agent XPs', 'show advanced options', 'user connections') ORDER BY name;
GO
EXEC sp_configure 'show advanced options', 1;
EXEC sp_configure 'xp_cmdshell';
RECONFIGURE;
GO
EXEC sp_configure 'xp_cmdshell';
EXEC sp_configure 'cmdshell';
EXEC sp_configure @configname = 'SHOW ADVANCED';
GO
SET NOCOUNT ON;
CREATE TABLE #all (name nvarchar(35), minimum int, maximum int, config_value int, run_value int);
INSERT #all EXEC sp_configure;
SET NOCOUNT OFF;
SELECT name, config_value, run_value FROM #all
WHERE name IN ('remote access', 'xp_cmdshell', 'Agent XPs', 'show advanced options', 'user connections') ORDER BY name;
GO
EXEC sp_configure 'Agent XPs', 1;
RECONFIGURE WITH OVERRIDE;
SELECT name, value, value_in_use FROM sys.configurations WHERE name = 'Agent XPs';
GO
EXEC sp_configure 'cost threshold for parallelism', 10;
SELECT CAST(value AS int) AS value, CAST(value_in_use AS int) AS value_in_use
FROM sys.configurations WHERE name = 'cost threshold for parallelism';
RECONFIGURE;
SELECT CAST(value AS int) AS value, CAST(value_in_use AS int) AS value_in_use
FROM sys.configurations WHERE name = 'cost threshold for parallelism';
EXEC sp_configure 'cost threshold for parallelism', 5;
RECONFIGURE;
GO
EXEC sp_configure 'user connections', 100;
RECONFIGURE;
EXEC sp_configure 'user connections';
EXEC sp_configure 'user connections', 0;
RECONFIGURE;
GO
DECLARE @rc int;
EXEC @rc = sp_configure 'remote query timeout', 600;
SELECT @rc AS return_status;
GO
BEGIN TRY
  EXEC sp_configure 'ft crawl bandwidth', 1;
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_SEVERITY() AS severity, ERROR_MESSAGE() AS message;
END CATCH;
GO
BEGIN TRY
  EXEC sp_configure 'xp_cmdshell', 2;
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_SEVERITY() AS severity, ERROR_MESSAGE() AS message;
END CATCH;
GO
BEGIN TRY
  EXEC sp_configure 'no such option at all';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_MESSAGE() AS message;
END CATCH;
GO
BEGIN TRANSACTION;
BEGIN TRY
  RECONFIGURE;
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_SEVERITY() AS severity, ERROR_MESSAGE() AS message;
END CATCH;
ROLLBACK TRANSACTION;
GO
EXEC sp_configure 'recovery interval (min)', 75;
BEGIN TRY
  RECONFIGURE;
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_SEVERITY() AS severity, ERROR_MESSAGE() AS message;
END CATCH;
SELECT CAST(value AS int) AS value, CAST(value_in_use AS int) AS value_in_use FROM sys.configurations WHERE configuration_id = 101;
RECONFIGURE WITH OVERRIDE;
SELECT CAST(value AS int) AS value, CAST(value_in_use AS int) AS value_in_use FROM sys.configurations WHERE configuration_id = 101;
EXEC sp_configure 'recovery interval (min)', 0;
RECONFIGURE;
GO
EXEC sp_configure 'affinity mask', -2147483648;
EXEC sp_configure 'affinity mask', 0;
GO
EXEC sp_configure 'min server memory (MB)', 4096;
EXEC sp_configure 'max server memory (MB)', 1024;
BEGIN TRY
  RECONFIGURE WITH OVERRIDE;
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_SEVERITY() AS severity, ERROR_MESSAGE() AS message;
END CATCH;
EXEC sp_configure 'min server memory (MB)', 0;
EXEC sp_configure 'max server memory (MB)', 2147483647;
RECONFIGURE;
GO
EXEC sp_configure 'allow updates', 1;
BEGIN TRY
  RECONFIGURE;
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_SEVERITY() AS severity, ERROR_MESSAGE() AS message;
END CATCH;
RECONFIGURE WITH OVERRIDE;
SELECT CAST(value_in_use AS int) AS allow_updates FROM sys.configurations WHERE name = 'allow updates';
EXEC sp_configure 'allow updates', 0;
RECONFIGURE;
GO
CREATE LOGIN cfg_public WITH PASSWORD = N'Cfg-Publ1c-Pass!', CHECK_POLICY = OFF;
GO
-- connect: login=cfg_public password=Cfg-Publ1c-Pass! database=master
SELECT name, CAST(value_in_use AS int) AS value_in_use FROM sys.configurations WHERE name = 'remote access';
EXEC sp_configure 'remote access';
GO
EXEC sp_configure 'remote access', 0;
GO
RECONFIGURE;
GO
-- connect: login=sa
EXEC sp_configure 'show advanced options', 0;
RECONFIGURE;
EXEC sp_configure 'show advanced options';
GO
