SELECT LEN(N'😀') AS len_emoji, DATALENGTH(N'😀') AS bytes, N'😀' AS emoji, UNICODE(N'😀') AS first_unit, LEN(N'e' + NCHAR(0x301)) AS combining;
GO
SELECT CAST(N'日本' AS varchar(10)) AS lossy, CAST(N'Zoë' AS varchar(10)) AS latin1, CAST('Zoë' AS nvarchar(10)) AS widened, N'Ω' + 'x' AS mixed;
GO
CREATE TABLE dbo.ud (k int NOT NULL, nv nvarchar(40) NULL, v varchar(40) NULL, d decimal(38,6) NULL, g uniqueidentifier NULL);
INSERT dbo.ud VALUES (1, N'Zoë ✓ 日本 😀', 'Zoë', 12345678901234567890123456789012.123456, NEWID());
INSERT dbo.ud VALUES (2, N'', '', -0.000001, NULL);
SELECT k, nv, v, LEN(nv) AS nv_len, CONVERT(varchar(60), d) AS d_text, CASE WHEN g IS NULL THEN 'null' ELSE 'set' END AS g_state FROM dbo.ud ORDER BY k;
GO
SELECT CONVERT(varchar(60), SUM(d)) AS total, CONVERT(varchar(60), MAX(d) * 1) AS times_one FROM dbo.ud;
GO
SELECT CAST(CAST('99999999999999999999999999999999.999999' AS decimal(38,6)) AS varchar(60)) AS max_dec;
GO
DECLARE @d decimal(5,2);
SET @d = 1234.5;
GO
SELECT CAST('0E984725-C51C-4BF4-9960-E1C80E27ABA0' AS uniqueidentifier) AS g,
       CASE WHEN CAST('0e984725-c51c-4bf4-9960-e1c80e27aba0' AS uniqueidentifier) = '0E984725-C51C-4BF4-9960-E1C80E27ABA0' THEN 1 ELSE 0 END AS same;
GO
DECLARE @g uniqueidentifier;
SET @g = 'not-a-guid';
GO
