CREATE PROCEDURE dbo.mod_p AS SELECT 42 AS answer;
GO
CREATE VIEW dbo.mod_v AS SELECT 1 AS one;
GO
SELECT OBJECT_NAME(object_id) AS name, definition FROM sys.sql_modules
WHERE object_id IN (OBJECT_ID('dbo.mod_p'), OBJECT_ID('dbo.mod_v')) ORDER BY name;
GO
SELECT OBJECT_DEFINITION(OBJECT_ID('dbo.mod_p')) AS def, OBJECT_DEFINITION(OBJECT_ID('dbo.nothing_here')) AS none;
GO
SELECT TABLE_SCHEMA, TABLE_NAME, CAST(VIEW_DEFINITION AS nvarchar(100)) AS def FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_NAME = 'mod_v';
GO
SELECT OBJECTPROPERTY(OBJECT_ID('dbo.mod_p'), 'IsProcedure') AS is_proc, OBJECTPROPERTY(OBJECT_ID('dbo.mod_v'), 'IsView') AS is_view,
       OBJECTPROPERTY(OBJECT_ID('dbo.mod_v'), 'IsProcedure') AS view_is_proc, OBJECT_SCHEMA_NAME(OBJECT_ID('dbo.mod_v')) AS sch;
GO
CREATE PROCEDURE dbo.mod_params @a int, @b nvarchar(20) = N'x' OUTPUT AS SELECT 1 AS one;
GO
SELECT name, TYPE_NAME(user_type_id) AS type_name, max_length, is_output, parameter_id
FROM sys.parameters WHERE object_id = OBJECT_ID('dbo.mod_params') ORDER BY parameter_id;
GO
CREATE TABLE dbo.mod_t (
  id int NOT NULL CONSTRAINT pk_mod_t PRIMARY KEY,
  code char(2) NULL CONSTRAINT uq_mod_t UNIQUE,
  n int NOT NULL CONSTRAINT df_mod_t DEFAULT 0 CONSTRAINT ck_mod_t CHECK (n >= 0),
  parent int NULL CONSTRAINT fk_mod_t_self REFERENCES dbo.mod_t (id)
);
SELECT name, type, type_desc, OBJECT_NAME(parent_object_id) AS parent FROM sys.objects
WHERE parent_object_id = OBJECT_ID('dbo.mod_t') ORDER BY name;
GO
SELECT name, definition FROM sys.default_constraints WHERE parent_object_id = OBJECT_ID('dbo.mod_t');
SELECT name, definition FROM sys.check_constraints WHERE parent_object_id = OBJECT_ID('dbo.mod_t');
SELECT name, OBJECT_NAME(referenced_object_id) AS referenced FROM sys.foreign_keys WHERE parent_object_id = OBJECT_ID('dbo.mod_t');
GO
SELECT i.name AS index_name, c.name AS column_name, ic.key_ordinal
FROM sys.indexes AS i
JOIN sys.index_columns AS ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id
JOIN sys.columns AS c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
WHERE i.object_id = OBJECT_ID('dbo.mod_t') ORDER BY i.index_id;
GO
