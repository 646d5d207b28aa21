PRINT 'hello';
PRINT 'a' + 'b';
PRINT 42;
PRINT N'Unicode ✓';
GO
RAISERROR('Hello %s, you are %d', 16, 1, 'Bob', 42);
GO
RAISERROR('just information', 10, 1);
GO
RAISERROR('severity zero', 0, 1);
GO
RAISERROR('state %d', 16, 5, 7);
PRINT 'after the error';
GO


RAISERROR('third line', 11, 1);
GO
RAISERROR('[%5s|%-5s|%03d]', 16, 1, 'ab', 'cd', 7);
GO
RAISERROR('%x %X %o %u %i 100%%', 16, 1, 255, 255, 8, 3, -4);
GO
RAISERROR('x', 16, 1);
SELECT @@ERROR AS err;
GO
RAISERROR('too severe', 19, 1);
GO
DECLARE @msg nvarchar(100) = N'from a variable: %s';
RAISERROR(@msg, 16, 1, N'ok') WITH NOWAIT;
GO
THROW 50001, 'custom error', 3;
GO
PRINT 'a';
THROW 50002, 'boom', 1;
PRINT 'not reached';
GO
DECLARE @n int = 50010;
DECLARE @m nvarchar(50) = N'thrown ' + CAST(@n AS nvarchar(10));
THROW @n, @m, 2;
GO
SELECT CAST(FORMATMESSAGE('Hello %s, %d items', 'Ann', 3) AS nvarchar(100)) AS m;
GO
