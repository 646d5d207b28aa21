SELECT DATEADD(day, 1, CAST('2024-02-28' AS date)) AS leap_day, DATEADD(month, 1, CAST('2024-01-31' AS date)) AS month_end,
       DATEADD(hour, 5, CAST('2024-01-01 22:00' AS datetime)) AS next_day, DATEADD(year, -1, CAST('2024-02-29' AS date)) AS back;
GO
SELECT DATEDIFF(day, '2024-01-01', '2024-03-01') AS days, DATEDIFF(year, '2023-12-31', '2024-01-01') AS years,
       DATEDIFF(month, '2024-01-31', '2024-02-01') AS months, DATEDIFF(minute, '2024-01-01 10:00', '2024-01-01 08:30') AS neg_minutes,
       DATEDIFF_BIG(second, '2000-01-01', '2024-01-01') AS secs;
GO
DECLARE @d date = '2024-03-05';
SELECT DATEPART(year, @d) AS y, DATEPART(quarter, @d) AS q, DATEPART(month, @d) AS m, DATEPART(dayofyear, @d) AS dy,
       DATEPART(day, @d) AS d, DATEPART(week, @d) AS wk, DATEPART(weekday, @d) AS wd, DATEPART(iso_week, @d) AS iso;
GO
DECLARE @t datetime2(7) = '2024-03-05 14:07:09.1234567';
SELECT DATEPART(hour, @t) AS h, DATEPART(minute, @t) AS mi, DATEPART(second, @t) AS s, DATEPART(millisecond, @t) AS ms,
       DATEPART(microsecond, @t) AS mcs, DATEPART(nanosecond, @t) AS ns;
GO
DECLARE @d date = '2024-03-05';
SELECT DATENAME(month, @d) AS mon, DATENAME(weekday, @d) AS wd, DATENAME(year, @d) AS y, DATENAME(day, @d) AS d;
GO
SELECT YEAR('2024-03-05') AS y, MONTH('2024-03-05') AS m, DAY('2024-03-05') AS d, YEAR(0) AS y0;
GO
SELECT EOMONTH('2024-02-10') AS feb, EOMONTH('2024-02-10', 1) AS mar, EOMONTH(CAST('2023-12-15' AS date), -10) AS feb23;
GO
SELECT DATEFROMPARTS(2024, 3, 5) AS dfp, DATETIMEFROMPARTS(2024, 3, 5, 14, 7, 9, 0) AS dtfp, ISDATE('2024-02-30') AS bad, ISDATE('2024-02-29') AS good;
GO
SELECT SQL_VARIANT_PROPERTY(GETDATE(), 'BaseType') AS getdate_, SQL_VARIANT_PROPERTY(SYSDATETIME(), 'BaseType') AS sysdatetime_,
       SQL_VARIANT_PROPERTY(GETUTCDATE(), 'BaseType') AS getutcdate_, SQL_VARIANT_PROPERTY(SYSDATETIMEOFFSET(), 'BaseType') AS sdto,
       CASE WHEN ABS(DATEDIFF(second, GETDATE(), SYSDATETIME())) < 5 THEN 'close' ELSE 'far' END AS same_clock;
GO
