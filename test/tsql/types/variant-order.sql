-- sql_variant comparisons and ordering (docs "sql_variant (Transact-SQL)", "Comparing
-- sql_variant values"): families rank date and time > approximate numeric > exact numeric >
-- Unicode (char and varchar too) > binary > uniqueidentifier; within a family values compare
-- after converting the lower type to the higher one.
CREATE TABLE dbo.vord (id int NOT NULL, v sql_variant NULL);
INSERT dbo.vord VALUES
  (1, CAST(5 AS int)),
  (2, CAST(1.5 AS decimal(5,2))),
  (3, CAST(2.5 AS float)),
  (4, CAST('2024-01-01T00:00:00' AS datetime)),
  (5, CAST(N'abc' AS nvarchar(10))),
  (6, CAST('ABD' AS varchar(10))),
  (7, CAST(0x0102 AS varbinary(8))),
  (8, CAST('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11' AS uniqueidentifier)),
  (9, NULL),
  (10, CAST(-7 AS int)),
  (11, CAST(100.25 AS decimal(6,2))),
  (12, CAST(-1.0E10 AS float)),
  (13, CAST('1999-12-31' AS date)),
  (14, CAST('zzz' AS varchar(10)));
GO
SELECT id, SQL_VARIANT_PROPERTY(v, 'BaseType') AS bt FROM dbo.vord ORDER BY v;
GO
SELECT id FROM dbo.vord ORDER BY v DESC;
GO
CREATE TABLE #vord (id int NOT NULL, v sql_variant NULL);
INSERT #vord SELECT id, v FROM dbo.vord;
SELECT id FROM #vord ORDER BY v;
DROP TABLE #vord;
GO
DECLARE @vord TABLE (id int NOT NULL, v sql_variant NULL);
INSERT @vord SELECT id, v FROM dbo.vord;
SELECT id FROM @vord ORDER BY v DESC;
GO
-- A UNION of differently typed values is sql_variant (the highest precedence) and orders as one.
SELECT x FROM (
  SELECT CAST(10 AS sql_variant) AS x
  UNION ALL SELECT CAST(2.5E0 AS float)
  UNION ALL SELECT CAST('b' AS varchar(5))
  UNION ALL SELECT CAST(N'a' AS nvarchar(5))
  UNION ALL SELECT CAST(3.75 AS decimal(4,2))) AS u
ORDER BY x;
GO
-- A non-variant operand converts to sql_variant: the family rules decide, no conversion error.
SELECT id FROM dbo.vord WHERE v > CAST(3 AS int) ORDER BY id;
SELECT id FROM dbo.vord WHERE v < 'b' ORDER BY id;
SELECT id FROM dbo.vord WHERE v = 5.0 ORDER BY id;
SELECT id FROM dbo.vord WHERE v = 2.5E0 ORDER BY id;
SELECT id FROM dbo.vord WHERE v IN (5, 'zzz', 0x0102) ORDER BY id;
SELECT id FROM dbo.vord WHERE v BETWEEN 0 AND 10 ORDER BY id;
GO
SELECT MIN(v) AS mn, MAX(v) AS mx FROM dbo.vord WHERE id IN (1, 2, 10, 11);
SELECT MIN(v) AS mn, SQL_VARIANT_PROPERTY(MAX(v), 'BaseType') AS mx_bt FROM dbo.vord WHERE id <> 8;
GO
-- The docs' examples: '123' char vs 111 int, 50000 int vs 5E1 float.
DECLARE @s sql_variant = CAST('123' AS char(3)), @n sql_variant = CAST(111 AS int),
        @big sql_variant = CAST(50000 AS int), @small sql_variant = CAST(5E1 AS float);
IF @n > @s PRINT 'int 111 > char ''123''';
IF @small > @big PRINT 'float 50 > int 50000';
IF @s < @n AND @big < @small PRINT 'and the other way round';
GO
DECLARE @v1 sql_variant = CAST('15.00' AS float(53)), @v2 sql_variant = CAST('16.00' AS decimal(18,4)),
        @v3 sql_variant = CAST('16' AS tinyint), @v4 sql_variant = CAST('00:00:15.00' AS time),
        @v5 sql_variant = CAST('2024-01-01' AS date), @v6 sql_variant = CAST('2024-01-01T00:00:00' AS datetime);
SELECT CASE WHEN @v1 > @v2 THEN 'v1 > v2' WHEN @v1 < @v2 THEN 'v1 < v2' ELSE 'v1 = v2' END AS float_decimal,
       CASE WHEN @v2 > @v3 THEN 'v2 > v3' WHEN @v2 < @v3 THEN 'v2 < v3' ELSE 'v2 = v3' END AS decimal_tinyint,
       CASE WHEN @v4 > @v1 THEN 'v4 > v1' ELSE 'v4 <= v1' END AS time_float,
       CASE WHEN @v5 = @v6 THEN 'v5 = v6' ELSE 'v5 <> v6' END AS date_datetime;
GO
DECLARE @v sql_variant = CONVERT(decimal(28,8), 20.0);
SELECT IIF(CONVERT(int, 10.0) < @v, 1, 0) AS ResultInt,
       IIF(CONVERT(decimal, 10.0) < @v, 1, 0) AS ResultDecimal,
       IIF(CONVERT(float, 10.0) < @v, 1, 0) AS ResultFloat,
       IIF(CONVERT(float, 10.0) < CONVERT(float, @v), 1, 0) AS ResultFloatFloat;
GO
-- Equality within a family: int 1 = decimal 1.0 = bigint 1 = money 1, 'a' = N'A' (CI_AS);
-- float 1 is another family.
CREATE TABLE dbo.vord_eq (id int NOT NULL, v sql_variant NULL);
INSERT dbo.vord_eq VALUES (1, CAST(1 AS int)), (2, CAST(1.0 AS decimal(3,1))), (3, CAST(1 AS bigint)),
  (4, CAST(1 AS float)), (5, CAST('a' AS varchar(5))), (6, CAST(N'A' AS nvarchar(5))), (7, CAST(1 AS money));
GO
SELECT id FROM dbo.vord_eq WHERE v = CAST(1 AS tinyint) ORDER BY id;
SELECT id FROM dbo.vord_eq WHERE v = N'a' ORDER BY id;
SELECT id FROM dbo.vord_eq ORDER BY v, id;
SELECT COUNT(*) AS groups FROM (SELECT v FROM dbo.vord_eq GROUP BY v) AS g;
SELECT COUNT(*) AS distinct_values FROM (SELECT DISTINCT v FROM dbo.vord_eq) AS d;
SELECT COUNT(*) AS union_rows FROM (SELECT CAST(1 AS sql_variant) AS x UNION SELECT CAST(1.0 AS decimal(2,1))
  UNION SELECT CAST(1 AS bigint) UNION SELECT CAST(1E0 AS float)) AS u;
GO
DECLARE @i sql_variant = CAST(1 AS int), @d sql_variant = CAST(1.0 AS decimal(5,2)), @f sql_variant = CAST(1 AS float);
IF @i = @d PRINT 'int 1 = decimal 1.0';
IF @i <> @f PRINT 'int 1 <> float 1';
IF @i = 1.0 PRINT 'int 1 = 1.0';
GO
DROP TABLE dbo.vord;
DROP TABLE dbo.vord_eq;
GO
