CREATE PROCEDURE dbo.p_out @a int, @b int OUTPUT
AS
BEGIN
  SET @b = @a + 1;
  RETURN 7;
END
GO
DECLARE @r int, @x int;
EXEC @r = dbo.p_out 1, @x OUTPUT;
SELECT @r AS r, @x AS x;
GO
DECLARE @x int = 5;
EXEC dbo.p_out 1, @x;
SELECT @x AS without_output_keyword;
GO
DECLARE @x int;
EXEC sp_executesql N'EXEC dbo.p_out @in, @res OUTPUT', N'@in int, @res int OUTPUT', @in = 41, @res = @x OUTPUT;
SELECT @x AS via_sp_executesql;
GO
EXEC dbo.p_out 1, 2, 3;
GO
CREATE PROCEDURE dbo.p_rows AS SELECT 1 AS v UNION ALL SELECT 2;
GO
DECLARE @r int;
EXEC @r = dbo.p_rows;
SELECT @r AS rc;
GO
CREATE PROCEDURE dbo.p_rows_quiet AS BEGIN SET NOCOUNT ON; SELECT 10 AS v UNION ALL SELECT 20; END
GO
CREATE TABLE #captured (v int);
INSERT #captured EXEC dbo.p_rows_quiet;
SELECT SUM(v) AS total FROM #captured;
GO
CREATE PROCEDURE dbo.p_rec @n int
AS
BEGIN
  DECLARE @m int = @n + 1;
  EXEC dbo.p_rec @m;
END
GO
EXEC dbo.p_rec 1;
GO
CREATE PROCEDURE dbo.p_level AS SELECT @@NESTLEVEL AS lvl, @@PROCID - @@PROCID AS zero;
GO
EXEC dbo.p_level;
EXEC ('EXEC dbo.p_level');
GO
CREATE PROCEDURE dbo.p_early @flag bit
AS
BEGIN
  IF @flag = 1
  BEGIN
    PRINT 'leaving early';
    RETURN 1;
  END
  PRINT 'full run';
  RETURN 2;
END
GO
DECLARE @a int, @b int;
EXEC @a = dbo.p_early 1;
EXEC @b = dbo.p_early @flag = 0;
SELECT @a AS a, @b AS b;
GO
CREATE PROCEDURE dbo.p_err AS
BEGIN
  PRINT 'before';
  DECLARE @z int = 1 / 0;
  PRINT 'after the statement error';
END
GO
EXEC dbo.p_err;
PRINT 'caller continues';
GO
CREATE OR ALTER PROCEDURE dbo.p_err AS THROW 50500, 'thrown in procedure', 9;
GO
BEGIN TRY
  EXEC dbo.p_err;
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS num, ERROR_STATE() AS st, ERROR_PROCEDURE() AS proc_name, ERROR_LINE() AS line;
END CATCH
GO
DROP PROCEDURE IF EXISTS dbo.p_missing;
DROP PROCEDURE dbo.p_missing;
GO
