SELECT CASE WHEN 1 = 1 OR 1 = 0 AND 1 = 0 THEN 'and binds tighter' ELSE 'left to right' END AS and_or,
       CASE WHEN NOT 1 = 0 AND 1 = 1 THEN 'yes' ELSE 'no' END AS not_first,
       2 + 3 * 4 - 6 / 2 % 4 AS mixed, -(2 + 3) AS neg, 10 - -3 AS minus_neg, 6 & 3 + 1 AS amp_plus, ~0 & 7 | 8 AS bits;
GO
SELECT IIF(NULL = NULL, 'true', 'not true') AS iif_null, CHOOSE(2, 'a', 'b', 'c') AS chosen, CHOOSE(5, 'a', 'b') AS out_of_range;
GO
SELECT 'a' + CAST(1 AS varchar(5)) + 'b' AS s, LEN('a' + SPACE(2)) AS len_trailing,
       'It''s' AS quoted, N'line1' + NCHAR(13) + NCHAR(10) + N'line2' AS crlf;
GO
SET CONCAT_NULL_YIELDS_NULL OFF;
SELECT 'a' + CAST(NULL AS varchar(1)) AS off_;
SET CONCAT_NULL_YIELDS_NULL ON;
SELECT 'a' + CAST(NULL AS varchar(1)) AS on_;
GO
SELECT 5 / 2 * 2 AS int_math, 1 / 3 * 3 AS truncated, 2 * 3 / 4 AS left_assoc, 2 * (3 / 4) AS grouped;
GO
