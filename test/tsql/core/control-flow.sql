DECLARE @x int = 3;
IF @x > 2
  PRINT 'big';
ELSE
  PRINT 'small';
IF @x IS NULL PRINT 'null' ELSE PRINT 'not null';
GO
IF NULL = NULL PRINT 'equal' ELSE PRINT 'not known to be equal';
IF NOT (NULL = NULL) PRINT 'not equal' ELSE PRINT 'still unknown';
GO
DECLARE @i int = 0, @s int = 0;
WHILE @i < 10
BEGIN
  SET @i += 1;
  IF @i % 2 = 0 CONTINUE;
  IF @i > 7 BREAK;
  SET @s += @i;
END
SELECT @i AS i, @s AS s;
GO
DECLARE @i int = 0, @j int, @n int = 0;
WHILE @i < 3
BEGIN
  SET @i += 1;
  SET @j = 0;
  WHILE 1 = 1
  BEGIN
    SET @j += 1;
    IF @j > 2 BREAK;
    SET @n += 1;
  END
END
SELECT @i AS i, @n AS n;
GO
PRINT 'a';
RETURN;
PRINT 'b';
GO
PRINT 'before';
RETURN 5;
GO
DECLARE @i int = 5;
WHILE @i > 0
  SET @i -= 2;
SELECT @i AS i;
GO
IF 1 = 1
BEGIN
  IF 1 = 0
    PRINT 'inner true';
  ELSE
    PRINT 'inner false';
  PRINT 'still in outer';
END
GO
IF EXISTS (SELECT 1 WHERE 1 = 0) PRINT 'exists' ELSE PRINT 'empty';
IF 2 IN (1, 2, 3) PRINT 'in list';
GO
BREAK;
GO
DECLARE @k int = 0;
WHILE @k < 3
BEGIN
  SET @k += 1;
  PRINT 'iteration ' + CAST(@k AS varchar(2));
END
GO
