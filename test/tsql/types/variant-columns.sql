CREATE TABLE dbo.vcol (id int NOT NULL, v sql_variant NULL);
INSERT dbo.vcol VALUES
  (1, CAST(5 AS int)),
  (2, CAST(5000000000 AS bigint)),
  (3, CAST(1.5 AS decimal(5,2))),
  (4, CAST(2.5 AS float)),
  (5, CAST(N'abc' AS nvarchar(10))),
  (6, CAST('xyz' AS varchar(10))),
  (7, CAST('2024-02-29T13:45:00' AS datetime)),
  (8, CAST('2024-03-05' AS date)),
  (9, CAST('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11' AS uniqueidentifier)),
  (10, CAST(0xDEADBEEF AS varbinary(8))),
  (11, NULL);
GO
SELECT id, SQL_VARIANT_PROPERTY(v, 'BaseType') AS bt, SQL_VARIANT_PROPERTY(v, 'Precision') AS p,
       SQL_VARIANT_PROPERTY(v, 'Scale') AS s, SQL_VARIANT_PROPERTY(v, 'Collation') AS coll,
       SQL_VARIANT_PROPERTY(v, 'MaxLength') AS ml
FROM dbo.vcol ORDER BY id;
GO
-- TotalBytes of the fixed-size base types; for the character and binary ones only that it holds
-- more than the data (their metadata size is not checked here).
SELECT id, SQL_VARIANT_PROPERTY(v, 'TotalBytes') AS tb FROM dbo.vcol WHERE id IN (1, 2, 3, 4, 7, 8, 9, 11) ORDER BY id;
SELECT id, CASE WHEN CAST(SQL_VARIANT_PROPERTY(v, 'TotalBytes') AS int) > DATALENGTH(v) THEN 1 ELSE 0 END AS tb_over_data
FROM dbo.vcol WHERE id IN (5, 6, 10) ORDER BY id;
GO
SELECT id, v FROM dbo.vcol ORDER BY id;
GO
CREATE TABLE #vcol (id int NOT NULL, v sql_variant NULL);
INSERT #vcol SELECT id, v FROM dbo.vcol;
SELECT id, SQL_VARIANT_PROPERTY(v, 'BaseType') AS bt, SQL_VARIANT_PROPERTY(v, 'Precision') AS p,
       SQL_VARIANT_PROPERTY(v, 'Scale') AS s, SQL_VARIANT_PROPERTY(v, 'Collation') AS coll,
       SQL_VARIANT_PROPERTY(v, 'MaxLength') AS ml
FROM #vcol ORDER BY id;
DROP TABLE #vcol;
GO
DECLARE @vcol TABLE (id int NOT NULL, v sql_variant NULL);
INSERT @vcol SELECT id, v FROM dbo.vcol;
SELECT id, SQL_VARIANT_PROPERTY(v, 'BaseType') AS bt, SQL_VARIANT_PROPERTY(v, 'Precision') AS p,
       SQL_VARIANT_PROPERTY(v, 'Scale') AS s, SQL_VARIANT_PROPERTY(v, 'Collation') AS coll,
       SQL_VARIANT_PROPERTY(v, 'MaxLength') AS ml
FROM @vcol ORDER BY id;
GO
-- The base value reaches per-row functions and comparisons within its family.
SELECT id, DATALENGTH(v) AS dl FROM dbo.vcol WHERE id IN (1, 2, 4, 5, 6, 9, 10, 11) ORDER BY id;
SELECT id FROM dbo.vcol WHERE CASE WHEN id IN (1, 2) THEN v END = 5;
GO
DROP TABLE dbo.vcol;
GO
