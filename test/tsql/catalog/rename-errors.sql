CREATE TABLE dbo.rn_t (id int NOT NULL CONSTRAINT pk_rn_t PRIMARY KEY, qty int NOT NULL);
CREATE TABLE dbo.rn_other (a int NULL);
GO
BEGIN TRY
  EXEC sp_rename 'dbo.rn_missing', 'rn_x';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_SEVERITY() AS severity, ERROR_MESSAGE() AS message;
END CATCH
GO
BEGIN TRY
  EXEC sp_rename 'dbo.rn_t.nope', 'x', 'COLUMN';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_SEVERITY() AS severity, ERROR_MESSAGE() AS message;
END CATCH
GO
BEGIN TRY
  EXEC sp_rename 'dbo.rn_t.nope', 'x', 'INDEX';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_SEVERITY() AS severity, ERROR_MESSAGE() AS message;
END CATCH
GO
BEGIN TRY
  EXEC sp_rename 'dbo.rn_t', 'x', 'TABLE';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_SEVERITY() AS severity, ERROR_MESSAGE() AS message;
END CATCH
GO
BEGIN TRY
  EXEC sp_rename 'dbo.rn_t.id', 'qty', 'COLUMN';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_SEVERITY() AS severity, ERROR_MESSAGE() AS message;
END CATCH
GO
BEGIN TRY
  EXEC sp_rename 'dbo.rn_t', 'rn_other';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_SEVERITY() AS severity, ERROR_MESSAGE() AS message;
END CATCH
GO
SELECT name FROM sys.tables WHERE name LIKE 'rn[_]%' ORDER BY name;
SELECT name FROM sys.columns WHERE object_id = OBJECT_ID('dbo.rn_t') ORDER BY column_id;
GO
