SELECT COUNT(*) AS cnt, SUM(x) AS sum_int, SUM(CAST(x AS bigint)) AS sum_big, SUM(CAST(x AS decimal(5,2))) AS sum_dec,
       AVG(x) AS avg_int, SUM(CAST(x AS money)) AS sum_money, SUM(CAST(x AS tinyint)) AS sum_tiny, SUM(CAST(x AS float)) AS sum_float
FROM (VALUES (1), (2), (4)) AS v(x);
GO
SELECT MAX(s) AS mx, MIN(s) AS mn FROM (VALUES ('ab'), ('abc')) AS v(s);
GO
SELECT 'x' AS v, N'x' AS n, 1 AS i, 1.0 AS num, 1e0 AS f, 0x00 AS b, $1.5 AS m, 2147483648 AS big_literal;
GO
SELECT CAST(1 AS int) + CAST(1 AS decimal(5,2)) AS int_plus_dec, CAST(1 AS decimal(10,4)) - CAST(1 AS decimal(6,1)) AS dec_minus,
       CAST(1 AS smallint) + CAST(1 AS tinyint) AS small_plus_tiny, CAST(1 AS int) * CAST(1 AS bigint) AS int_times_big,
       CAST(1 AS int) + CAST(1 AS float) AS int_plus_float, CAST(1 AS money) * 2 AS money_times_int;
GO
SELECT 'abc' + 'de' AS vv, CAST('a' AS char(3)) + 'b' AS cv, N'a' + 'bc' AS nv, CAST('x' AS varchar(max)) + 'y' AS vmax;
GO
CREATE TABLE dbo.rt (dt datetime, d2 datetime2(7), dec decimal(38,10), g uniqueidentifier, nv nvarchar(20), tm time(7),
  sdt smalldatetime, bin varbinary(4), big bigint, f float, r real, small decimal(9,4));
INSERT dbo.rt VALUES ('2024-02-29 23:59:59.997', '0001-01-01 00:00:00.0000001', 1234567890123456789012345678.1234567891,
  'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', N'日本語 ✓ ñ', '23:59:59.9999999', '2024-03-05 14:07:31', 0xDEADBEEF,
  -9223372036854775808, 1.7976931348623157e308, 3.4e38, -12345.6789);
SELECT dt, d2, CONVERT(varchar(50), dec) AS dec_text, g, nv, LEN(nv) AS nv_len, DATALENGTH(nv) AS nv_bytes, tm, sdt, bin, big, f, r, small FROM dbo.rt;
GO
SELECT CAST(d2 AS datetime2(3)) AS d2_3, CAST(dt AS datetime2(7)) AS dt_as_d2 FROM dbo.rt;
GO
