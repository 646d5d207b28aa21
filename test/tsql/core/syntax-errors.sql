PRINT 'never';
SELECT (1;
GO
SELECT 1 2;
GO
SELECT FROM;
GO

IF 1 = 1
  SELECT 1 AS a
ELSE ELSE
  SELECT 2;
GO
SELECT 'unterminated;
GO
SELECT nope FROM (SELECT 1 AS a) AS t;
GO
SELECT no_such_function(1);
GO
SELECT * FROM dbo.no_such_table;
PRINT 'not reached';
GO
/* a comment
spanning lines */ SELECT 1 AS after_comment; -- trailing comment
GO
SELECT SUBSTRING('abc', 1);
GO
