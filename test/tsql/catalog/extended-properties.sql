CREATE TABLE dbo.xp_t (id int CONSTRAINT xp_t_pk PRIMARY KEY, name nvarchar(50));
GO
EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'Customers we bill',
  @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'xp_t';
EXEC sp_addextendedproperty N'MS_Description', N'Surrogate key', N'SCHEMA', N'dbo', N'TABLE', N'xp_t', N'COLUMN', N'id';
EXEC sp_addextendedproperty N'Caption', 42, N'SCHEMA', N'dbo', N'TABLE', N'xp_t', N'COLUMN', N'name';
EXEC sp_addextendedproperty N'Owner', N'Finance';
EXEC sp_addextendedproperty N'MS_Description', N'Main schema', N'SCHEMA', N'dbo';
EXEC sp_addextendedproperty N'MS_Description', N'The key', N'SCHEMA', N'dbo', N'TABLE', N'xp_t', N'CONSTRAINT', N'xp_t_pk';
GO
SELECT ep.class, ep.class_desc, ep.minor_id, ep.name, ep.value, SQL_VARIANT_PROPERTY(ep.value, 'BaseType') AS base_type
  FROM sys.extended_properties ep ORDER BY ep.class, ep.minor_id, ep.name;
GO
SELECT objtype, objname, name, value FROM fn_listextendedproperty(NULL, 'schema', 'dbo', 'table', 'xp_t', 'column', NULL) ORDER BY objname;
SELECT objtype, objname, name, value FROM sys.fn_listextendedproperty('MS_Description', 'schema', 'dbo', 'table', default, NULL, NULL);
SELECT objtype, objname, name, value FROM fn_listextendedproperty(default, default, default, default, default, default, default);
SELECT objtype, objname, name, value FROM fn_listextendedproperty(NULL, 'SCHEMA', NULL, NULL, NULL, NULL, NULL);
SELECT objtype, objname, name, value FROM fn_listextendedproperty(NULL, 'schema', 'dbo', 'table', 'xp_t', 'constraint', NULL);
GO
EXEC sp_updateextendedproperty N'MS_Description', N'Customers we invoice', N'SCHEMA', N'dbo', N'TABLE', N'xp_t';
EXEC sp_dropextendedproperty N'Caption', N'SCHEMA', N'dbo', N'TABLE', N'xp_t', N'COLUMN', N'name';
SELECT name, value FROM fn_listextendedproperty(NULL, 'schema', 'dbo', 'table', 'xp_t', NULL, NULL);
SELECT COUNT(*) AS captions FROM sys.extended_properties WHERE name = N'Caption';
GO
BEGIN TRY EXEC sp_addextendedproperty N'MS_Description', N'again', N'SCHEMA', N'dbo', N'TABLE', N'xp_t'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY EXEC sp_updateextendedproperty N'Nope', N'x', N'SCHEMA', N'dbo', N'TABLE', N'xp_t'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY EXEC sp_dropextendedproperty N'Nope', N'SCHEMA', N'dbo', N'TABLE', N'xp_t'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY EXEC sp_addextendedproperty N'MS_Description', N'x', N'SCHEMA', N'dbo', N'TABLE', N'xp_missing'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY EXEC sp_addextendedproperty N'MS_Description', N'x', N'SCHEMA', N'dbo', N'VIEW', N'xp_t'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY EXEC sp_addextendedproperty N'MS_Description', N'x', N'SCHEMA', N'dbo', N'TABLE', N'xp_t', N'COLUMN', N'nope'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY EXEC sp_addextendedproperty N'MS_Description', N'x', N'SCHEMA', N'no_schema', N'TABLE', N'xp_t'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY EXEC sp_addextendedproperty N'Owner', N'again'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY EXEC sp_dropextendedproperty N'Nope', N'SCHEMA', N'dbo'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
GO
DROP TABLE dbo.xp_t;
SELECT class, name FROM sys.extended_properties ORDER BY class, name;
GO
