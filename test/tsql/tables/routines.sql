CREATE TABLE dbo.nums (n int NOT NULL CONSTRAINT pk_nums PRIMARY KEY, label varchar(10) NULL);
INSERT dbo.nums VALUES (1, 'one'), (2, 'two'), (3, 'three'), (4, NULL);
GO
CREATE VIEW dbo.v_even AS SELECT n, label FROM dbo.nums WHERE n % 2 = 0;
GO
SELECT n, label FROM dbo.v_even ORDER BY n;
GO
SELECT 1 AS not_run;
CREATE VIEW dbo.v_bad AS SELECT 1 AS a;
GO
CREATE PROCEDURE dbo.add_num @n int, @label varchar(10) = 'default', @new_count int = NULL OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  INSERT dbo.nums (n, label) VALUES (@n, @label);
  SELECT @new_count = COUNT(*) FROM dbo.nums;
  RETURN @n * 10;
END
GO
DECLARE @rc int, @cnt int;
EXEC @rc = dbo.add_num 5, @new_count = @cnt OUTPUT;
SELECT @rc AS rc, @cnt AS cnt, (SELECT label FROM dbo.nums WHERE n = 5) AS label;
GO
EXEC dbo.add_num @label = 'six', @n = 6;
SELECT label FROM dbo.nums WHERE n = 6;
GO
EXEC dbo.add_num;
GO
EXEC dbo.add_num 1;
GO
CREATE PROCEDURE dbo.inner_proc AS
BEGIN
  SELECT @@NESTLEVEL AS inner_level;
  RAISERROR('from inner', 16, 1);
END
GO
CREATE PROCEDURE dbo.outer_proc AS
BEGIN
  SELECT @@NESTLEVEL AS outer_level;
  EXEC dbo.inner_proc;
END
GO
BEGIN TRY
  EXEC dbo.inner_proc;
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS num, ERROR_LINE() AS line, ERROR_PROCEDURE() AS proc_name;
END CATCH
GO
EXEC dbo.outer_proc;
GO
CREATE OR ALTER PROCEDURE dbo.inner_proc AS SELECT 'replaced' AS v;
GO
EXEC dbo.inner_proc;
GO
ALTER PROCEDURE dbo.inner_proc @x int AS SELECT @x * 2 AS doubled;
GO
EXEC dbo.inner_proc 21;
GO
CREATE FUNCTION dbo.sq (@x int) RETURNS int AS BEGIN RETURN @x * @x; END
GO
SELECT dbo.sq(7) AS sq, dbo.sq(NULL) AS sq_null;
SELECT n, dbo.sq(n) AS sq FROM dbo.nums WHERE n <= 2 ORDER BY n;
GO
CREATE FUNCTION dbo.label_or (@n int, @fallback varchar(10) = 'none') RETURNS varchar(20)
AS
BEGIN
  DECLARE @l varchar(10) = (SELECT label FROM dbo.nums WHERE n = @n);
  RETURN ISNULL(@l, @fallback);
END
GO
SELECT dbo.label_or(1, DEFAULT) AS a, dbo.label_or(4, DEFAULT) AS b, dbo.label_or(99, 'missing') AS c;
GO
SELECT sq(2);
GO
DROP VIEW dbo.v_even;
DROP PROCEDURE dbo.outer_proc, dbo.inner_proc;
DROP FUNCTION dbo.sq;
SELECT OBJECT_ID('dbo.v_even') AS v, OBJECT_ID('dbo.outer_proc') AS p, OBJECT_ID('dbo.sq') AS f, CASE WHEN OBJECT_ID('dbo.add_num') IS NULL THEN 0 ELSE 1 END AS kept;
GO
