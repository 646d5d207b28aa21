SELECT 2 + 3 * 4 AS a, (2 + 3) * 4 AS b, 10 - 2 - 3 AS c, 2 * 3 % 4 AS d, -2 * 3 AS e, 100 / 10 / 5 AS f;
GO
SELECT 7 / 2 AS a, 7 % 3 AS b, -7 / 2 AS c, -7 % 3 AS d, 7 % -3 AS e;
GO
SELECT CAST(7 AS int) / CAST(2 AS decimal(5,1)) AS q;
GO
SELECT CAST(1 AS int) + CAST(1.25 AS decimal(5,2)) AS s;
GO
SELECT CAST(1.25 AS decimal(5,2)) * CAST(2 AS decimal(4,1)) AS p;
GO
SELECT CAST(1 AS bigint) + 1 AS b, CAST(2147483647 AS bigint) + 1 AS big;
GO
DECLARE @i int = 2147483647;
SET @i = @i + 1;
GO
SELECT 0.1 + 0.2 AS tenths, 1.5 AS lit;
GO
SELECT CAST(1 AS float) / 3 AS f, CAST(0.1 AS float) + CAST(0.2 AS float) AS g;
GO
SELECT 'a' + 'bc' AS s, N'ab' + 'c' AS n, 'x' + CAST(NULL AS varchar(5)) AS z;
GO
SELECT '1' + 1 AS n, 1 + '1' AS m, '1' + '1' AS s;
GO
DECLARE @r int;
SET @r = 'x' + 1;
GO
SELECT CASE WHEN 'abc' = 'ABC' THEN 1 ELSE 0 END AS ci,
       CASE WHEN 'abc' = 'abc   ' THEN 1 ELSE 0 END AS trailing,
       CASE WHEN 'e' = N'é' THEN 1 ELSE 0 END AS accent,
       CASE WHEN ' abc' = 'abc' THEN 1 ELSE 0 END AS leading;
GO
SELECT CASE WHEN 'abc ' LIKE 'abc' THEN 1 ELSE 0 END AS a,
       CASE WHEN 'abc' LIKE 'abc ' THEN 1 ELSE 0 END AS b,
       CASE WHEN 'ABC' LIKE 'a_c' THEN 1 ELSE 0 END AS c,
       CASE WHEN 'a%c' LIKE 'a[%]c' THEN 1 ELSE 0 END AS d,
       CASE WHEN 'b' LIKE '[a-c]' THEN 1 ELSE 0 END AS e,
       CASE WHEN 'b' LIKE '[^a-c]' THEN 1 ELSE 0 END AS f;
GO
SELECT CASE WHEN NULL = NULL THEN 'true' WHEN NOT (NULL = NULL) THEN 'false' ELSE 'unknown' END AS eq,
       CASE WHEN 1 = 0 AND NULL = 1 THEN 'true' WHEN NOT (1 = 0 AND NULL = 1) THEN 'false' ELSE 'unknown' END AS and_false,
       CASE WHEN 1 = 1 OR NULL = 1 THEN 'true' ELSE 'not true' END AS or_true,
       CASE WHEN 1 = 1 AND NULL = 1 THEN 'true' WHEN NOT (1 = 1 AND NULL = 1) THEN 'false' ELSE 'unknown' END AS and_unknown;
GO
SELECT CASE WHEN 1 NOT IN (2, NULL) THEN 'yes' ELSE 'no' END AS not_in_null,
       CASE WHEN 1 IN (1, NULL) THEN 'yes' ELSE 'no' END AS in_null,
       CASE WHEN NULL IS NULL THEN 'yes' ELSE 'no' END AS is_null,
       CASE WHEN 1 <> NULL THEN 'yes' ELSE 'no' END AS ne_null;
GO
SELECT CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END AS simple,
       CASE 3 WHEN 1 THEN 'one' END AS no_else,
       CASE WHEN 1 = 1 THEN 1 ELSE 'x' END AS typed_int;
GO
SELECT ISNULL(CAST(NULL AS int), 5) AS i,
       ISNULL(CAST(NULL AS varchar(2)), 'abcd') AS truncated,
       COALESCE(CAST(NULL AS varchar(2)), 'abcd') AS coalesced,
       COALESCE(NULL, NULL, 3) AS c3,
       NULLIF(5, 5) AS nullif_same,
       NULLIF(5, 6) AS nullif_diff,
       IIF(1 > 0, 'yes', 'no') AS iif_;
GO
SELECT COALESCE(NULL, NULL) AS c;
GO
SELECT 5 & 3 AS band, 5 | 3 AS bor, 5 ^ 3 AS bxor, ~5 AS bnot;
GO
SELECT CASE WHEN 1 BETWEEN 0 AND 2 THEN 1 ELSE 0 END AS between_,
       CASE WHEN 'b' BETWEEN 'A' AND 'C' THEN 1 ELSE 0 END AS between_ci,
       CASE WHEN NOT 1 = 2 THEN 1 ELSE 0 END AS not_;
GO
SELECT 1 AS x, 'two' AS [select], 3 AS "quoted name", 4 [with space];
GO
SELECT 1, 'a';
GO
SELECT 1 AS a;
SELECT 2 AS b WHERE 1 = 0;
SELECT 'x' AS c UNION ALL SELECT 'y';
GO
SET NOCOUNT ON;
SELECT 1 AS a;
SET NOCOUNT OFF;
SELECT 2 AS b;
GO
