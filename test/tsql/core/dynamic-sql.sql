DECLARE @out int;
EXEC sp_executesql N'SET @o = @a * 2', N'@a int, @o int OUTPUT', @a = 21, @o = @out OUTPUT;
SELECT @out AS result;
GO
EXEC sp_executesql N'SELECT @p + 1 AS y', N'@p int', 41;
GO
EXEC ('SELECT 1 AS x');
EXEC ('PRINT ''dynamic print''');
GO
DECLARE @v int = 1;
EXEC ('SELECT @v AS v');
PRINT 'batch continues';
GO
DECLARE @sql nvarchar(100) = N'SELECT ' + CAST(6 * 7 AS nvarchar(10)) + N' AS built';
EXEC (@sql);
EXEC sp_executesql @sql;
GO
DECLARE @n int = 0;
EXEC sp_executesql N'SELECT @x = @x + 10', N'@x int OUTPUT', @x = @n OUTPUT;
SELECT @n AS n;
GO
EXEC ('SELECT @@NESTLEVEL AS one_greater');
EXEC sp_executesql N'SELECT @@NESTLEVEL AS two_greater';
GO
EXEC no_such_proc;
GO
PRINT 'first';
EXEC dbo.no_such_proc 1, 2;
PRINT 'continues after 2812';
GO
EXEC sp_executesql N'SELECT 1 +';
GO
EXEC sp_executesql N'RAISERROR(''inside dynamic'', 16, 1)';
GO
