DECLARE @a int = 5, @b varchar(10) = 'x';
SET @a = @a * 2;
SELECT @a AS a, @b AS b;
GO
DECLARE @v int;
SELECT @v AS v;
GO
DECLARE @v int;
SELECT @v = 42;
SELECT @v AS v;
GO
DECLARE @n nvarchar(20) = N'Grüße', @d decimal(9,3) = 1.5, @f float = 0.5, @bt bit = 1;
SELECT @n AS n, @d AS d, @f AS f, @bt AS bt;
GO
DECLARE @s varchar(3) = 'abcdef';
SELECT @s AS s, LEN(@s) AS l;
GO
DECLARE @i int = 10;
SET @i += 5;
SET @i -= 3;
SET @i *= 2;
SET @i /= 4;
SET @i %= 4;
SELECT @i AS i;
GO
DECLARE @x int = 1;
GO
SELECT @x AS x;
GO
PRINT 'not run';
SELECT @nope + 1;
GO
DECLARE @a int;
DECLARE @a int;
GO
DECLARE @a int = 1, @b int = 2;
SELECT @a = @b, @b = @a;
SELECT @a AS a, @b AS b;
GO
DECLARE @v varchar(10) = 'keep';
SELECT @v = 'changed' WHERE 1 = 0;
SELECT @v AS v, @@ROWCOUNT AS rc;
GO
