-- A character value beyond an integer type's range: 244 naming the storage type (INT1 for
-- tinyint, state 1; INT2 for smallint, state 2), 248 for int, 8115 state 2 for bigint.
SELECT CAST('300' AS tinyint) AS v;
GO
SELECT CAST('-1' AS tinyint) AS v;
GO
SELECT CAST('99999' AS smallint) AS v;
GO
SELECT CAST('3000000000' AS int) AS v;
GO
SELECT CAST(N'99999999999999999999' AS bigint) AS v;
GO
SELECT CAST('255' AS tinyint) AS a, CAST('-32768' AS smallint) AS b, CAST('2147483647' AS int) AS c,
       CAST('-9223372036854775808' AS bigint) AS d;
GO
SELECT TRY_CAST('300' AS tinyint) AS a, TRY_CONVERT(int, '3000000000') AS b;
GO
