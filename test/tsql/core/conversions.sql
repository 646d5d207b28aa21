DECLARE @d datetime = '2024-03-05T14:07:09.123';
SELECT CONVERT(varchar(10), @d, 101) AS s101, CONVERT(varchar(8), @d, 112) AS s112,
       CONVERT(varchar(19), @d, 120) AS s120, CONVERT(varchar(23), @d, 121) AS s121,
       CONVERT(varchar(30), @d, 126) AS s126;
GO
DECLARE @d datetime = '2024-03-05 14:07:09';
SELECT CONVERT(varchar(30), @d, 126) AS s126_no_ms, CONVERT(varchar(30), @d) AS s0;
GO
DECLARE @d2 datetime2(7) = '2024-03-05 14:07:09.1234567';
SELECT CONVERT(varchar(30), @d2, 121) AS s121, CONVERT(varchar(30), @d2, 126) AS s126, CONVERT(varchar(10), @d2, 112) AS s112;
GO
SELECT CONVERT(date, '20240305', 112) AS d112, CONVERT(datetime, '03/05/2024', 101) AS d101,
       CONVERT(datetime, '2024-03-05 14:07:09', 120) AS d120, CONVERT(datetime2(3), '2024-03-05T14:07:09.5', 126) AS d126;
GO
SELECT CAST('2024-01-01 00:00:00.001' AS datetime) AS ms1, CAST('2024-01-01 00:00:00.002' AS datetime) AS ms2,
       CAST('2024-01-01 00:00:00.005' AS datetime) AS ms5, CAST('2024-01-01 23:59:59.999' AS datetime) AS ms999;
GO
SELECT CAST(3.7 AS int) AS pos, CAST(-3.7 AS int) AS neg, CAST('12.5' AS decimal(5,2)) AS dec_s,
       CAST(12.345 AS decimal(5,2)) AS rounded, CAST(12.344 AS decimal(5,2)) AS rounded_down;
GO
SELECT CAST(123 AS varchar(2)) AS too_short, CAST('abcdef' AS varchar(3)) AS cut, CAST(N'Ωmega' AS nvarchar(3)) AS ncut,
       CAST(42 AS varchar(10)) AS i2s, CAST(-1.50 AS varchar(10)) AS d2s;
GO
DECLARE @i int;
SET @i = CAST('abc' AS int);
GO
DECLARE @d date;
SET @d = CAST('2024-02-30' AS date);
GO
DECLARE @n decimal(5,2);
SET @n = CAST('12.3x' AS decimal(5,2));
GO
SELECT TRY_CAST('abc' AS int) AS bad, TRY_CAST('42' AS int) AS good, TRY_CONVERT(date, '2024-02-30') AS bad_date,
       TRY_CONVERT(date, '2024-02-29') AS leap;
GO
SELECT CAST(0x41 AS varchar(1)) AS a, CONVERT(varchar(10), 0x4142, 1) AS style1, CONVERT(varchar(10), 0x4142, 2) AS style2,
       CAST('AB' AS varbinary(2)) AS bin, CONVERT(varbinary(2), '0x4142', 1) AS parsed;
GO
SELECT CAST(1 AS bit) AS one, CAST(5 AS bit) AS five, CAST(0 AS bit) AS zero, CAST('true' AS bit) AS t, CAST('0' AS bit) AS f;
GO
SELECT CAST('6f9619ff-8b86-d011-b42d-00c04fc964ff' AS uniqueidentifier) AS g,
       CONVERT(varchar(36), CAST('6F9619FF-8B86-D011-B42D-00C04FC964FF' AS uniqueidentifier)) AS gs;
GO
SELECT CAST(CAST('2024-03-05 14:07:09.997' AS datetime) AS date) AS d, CAST(CAST('2024-03-05' AS date) AS datetime) AS dt,
       CAST('14:07:09.1234567' AS time) AS t7, CAST('14:07' AS time(0)) AS t0;
GO
SELECT CAST(10 AS float) / 4 AS f, CAST(2.5 AS real) AS r, CAST(1234.5678 AS money) AS m, CAST(1e3 AS int) AS from_float;
GO
SELECT CONVERT(varchar(20), CAST(1234567.891 AS money), 1) AS money_commas, CONVERT(varchar(20), CAST(12.5 AS money)) AS money_default;
GO
