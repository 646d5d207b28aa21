CREATE TABLE fmt_t (id int IDENTITY PRIMARY KEY, name nvarchar(20) NOT NULL, amount decimal(9,2) NULL);
INSERT INTO fmt_t (name, amount) VALUES (N'a', 1.50), (N'b', NULL);
GO
SET FMTONLY ON;
SELECT id, name, amount FROM fmt_t;
SELECT 1 AS one;
INSERT INTO fmt_t (name) VALUES (N'x');
SET FMTONLY OFF;
SELECT COUNT(*) AS n FROM fmt_t;
GO
SET FMTONLY ON;
IF 1 = 0
  SELECT name FROM fmt_t;
ELSE
  SELECT amount FROM fmt_t;
SET FMTONLY OFF;
GO
SET FMTONLY ON;
DECLARE @v int = 5;
SET @v = 7;
SELECT @v AS v, name AS who FROM fmt_t WHERE id = @v;
SELECT 1 / 0 AS boom;
SET FMTONLY OFF;
GO
SET FMTONLY ON;
DELETE FROM fmt_t;
UPDATE fmt_t SET name = N'z';
CREATE TABLE fmt_never (c int);
SET FMTONLY OFF;
SELECT name FROM fmt_t ORDER BY id;
SELECT OBJECT_ID('fmt_never') AS never;
GO
CREATE FUNCTION dbo.fmt_tvf (@n int) RETURNS TABLE AS RETURN SELECT id, name FROM fmt_t WHERE id >= @n;
GO
SET FMTONLY ON;
SELECT name FROM dbo.fmt_tvf(1);
SELECT name, system_type_name FROM sys.dm_exec_describe_first_result_set(N'SELECT amount FROM fmt_t', NULL, 0);
SET FMTONLY OFF;
SELECT name FROM dbo.fmt_tvf(2);
GO
