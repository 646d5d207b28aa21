-- Aggregates OVER (...) whose T-SQL semantics SQLite lacks: exact SUM/AVG of decimal, the
-- variance family, MIN/MAX of strings under CI_AS and of sql_variant ("SELECT - OVER clause"):
-- whole partitions, running totals (default RANGE frame) and sliding ROWS frames.
CREATE TABLE dbo.wa (g int NOT NULL, d decimal(9,2) NULL, f float NULL, s varchar(10) NULL, v sql_variant NULL);
INSERT dbo.wa VALUES (1, 1.5, 2, 'b', CAST(1 AS int)), (1, 2.25, 4, 'A', CAST(N'x' AS nvarchar(5))),
  (2, 3, 6, 'c', CAST(2.5 AS decimal(3,1))), (2, NULL, NULL, NULL, NULL);
GO
SELECT g, d,
  SUM(d) OVER (PARTITION BY g) AS part_sum,
  AVG(d) OVER (ORDER BY d ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS slide_avg,
  SUM(d) OVER (ORDER BY d) AS running_sum
FROM dbo.wa ORDER BY g, d;
GO
SELECT g, f,
  STDEV(f) OVER (PARTITION BY g) AS part_stdev,
  VAR(f) OVER (ORDER BY f ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS slide_var,
  VAR(f) OVER () AS all_var
FROM dbo.wa ORDER BY g, f;
GO
SELECT g, s,
  MIN(s) OVER (PARTITION BY g) AS part_min,
  MAX(s) OVER (ORDER BY d ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS slide_max,
  MAX(v) OVER () AS all_max_variant,
  MIN(v) OVER (PARTITION BY g) AS part_min_variant -- Unicode ranks below exact numeric
FROM dbo.wa ORDER BY g, d;
GO
DROP TABLE dbo.wa;
