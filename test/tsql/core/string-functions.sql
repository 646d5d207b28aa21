SELECT LEN('abc   ') AS trailing, LEN('  abc') AS leading, LEN(N'héllo') AS unicode, LEN('') AS empty, LEN(NULL) AS null_,
       DATALENGTH('abc   ') AS dl, DATALENGTH(N'abc') AS ndl;
GO
DECLARE @s varchar(10) = 'abcdef';
SELECT LEFT(@s, 3) AS l, RIGHT(@s, 2) AS r, SUBSTRING(@s, 2, 3) AS sub, SUBSTRING(@s, 0, 2) AS sub0, SUBSTRING(@s, 5, 10) AS sub_end;
GO
SELECT CHARINDEX('c', 'abcabc') AS first_, CHARINDEX('c', 'abcabc', 4) AS from4, CHARINDEX('z', 'abc') AS none,
       CHARINDEX('B', 'abc') AS ci, PATINDEX('%[0-9]%', 'ab3d') AS pat;
GO
DECLARE @s varchar(20) = 'abcabc';
SELECT CAST(REPLACE(@s, 'b', 'XY') AS varchar(20)) AS r, CAST(REPLACE('aBc', 'b', '-') AS varchar(20)) AS ci, UPPER(@s) AS u, LOWER('MiXeD') AS lo;
GO
SELECT LTRIM('  a  ') AS lt, RTRIM('  a  ') AS rt, TRIM('  a  ') AS tr, TRIM('xy' FROM 'xyaxyx') AS tr_chars;
GO
SELECT CAST(REPLICATE('ab', 3) AS varchar(10)) AS rep, CAST(STUFF('abcdef', 2, 3, 'XYZW') AS varchar(10)) AS stuffed,
       CAST(REVERSE('abc') AS varchar(10)) AS rev, CAST(SPACE(3) AS varchar(5)) AS sp, CAST(CONCAT('a', 1, NULL, 'b') AS varchar(10)) AS cc;
GO
SELECT ASCII('A') AS asc_, CHAR(66) AS ch, UNICODE(N'é') AS uni, NCHAR(233) AS nch, QUOTENAME('a]b') AS q, QUOTENAME('x', '''') AS q2;
GO
SELECT 'a' + SUBSTRING('xyz', 10, 2) + 'b' AS empty_sub, LEFT('abc', 0) AS left0;
GO
DECLARE @x int;
SET @x = LEFT('abc', -1);
GO
SELECT CAST(STRING_ESCAPE('a"b', 'json') AS nvarchar(10)) AS esc, CAST(CONCAT_WS('-', 'a', NULL, 'c') AS varchar(10)) AS ws,
       CAST(FORMAT(1234.5, 'N2') AS nvarchar(20)) AS fmt;
GO
