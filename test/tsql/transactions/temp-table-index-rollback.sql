-- CREATE INDEX / DROP INDEX on a #temp table: an index outlives ALTER TABLE ADD / DROP COLUMN /
-- ALTER COLUMN, a ROLLBACK (whole or to a savepoint) undoes CREATE INDEX and DROP INDEX, a COMMIT
-- keeps them. dbo.tix_run runs a statement and shows the error it raises with the #temp table's
-- name as written (SQL Server's messages pad it with '_' and a suffix of its own).
CREATE PROCEDURE dbo.tix_run @sql nvarchar(400) AS
BEGIN TRY
  EXEC (@sql);
END TRY
BEGIN CATCH
  DECLARE @m nvarchar(2048) = ERROR_MESSAGE(), @at int = CHARINDEX('dbo.#', ERROR_MESSAGE());
  IF @at > 0 SET @m = STUFF(@m, @at + 4, CHARINDEX('''', @m, @at) - @at - 4, '#tix');
  SELECT ERROR_NUMBER() AS num, CAST(@m AS nvarchar(200)) AS message;
END CATCH
GO
CREATE TABLE #tix (a int NULL, b int NULL, c varchar(5) NULL);
CREATE UNIQUE INDEX ux ON #tix (a);
CREATE INDEX ix_b ON #tix (b);
INSERT #tix (a, b) VALUES (1, 10);
GO
ALTER TABLE #tix ADD d int NULL;
EXEC dbo.tix_run N'INSERT #tix (a) VALUES (1)';
GO
ALTER TABLE #tix DROP COLUMN c;
EXEC dbo.tix_run N'INSERT #tix (a) VALUES (1)';
GO
ALTER TABLE #tix ALTER COLUMN d bigint NULL;
EXEC dbo.tix_run N'INSERT #tix (a) VALUES (1)';
EXEC dbo.tix_run N'INSERT #tix (a) VALUES (2)';
GO
-- the indexes' own columns cannot be dropped or change type
EXEC dbo.tix_run N'ALTER TABLE #tix DROP COLUMN b';
EXEC dbo.tix_run N'ALTER TABLE #tix ALTER COLUMN a bigint NULL';
GO
-- the plain index is still there after the rebuilds: it can be dropped once, then no more
DROP INDEX ix_b ON #tix;
EXEC dbo.tix_run N'DROP INDEX ix_b ON #tix';
ALTER TABLE #tix DROP COLUMN b;
SELECT a, d FROM #tix ORDER BY a;
GO
-- CREATE UNIQUE INDEX, then ROLLBACK: duplicates are allowed again, and the name is free
TRUNCATE TABLE #tix;
BEGIN TRAN;
CREATE UNIQUE INDEX ux_d ON #tix (d);
INSERT #tix (a, d) VALUES (1, 7);
EXEC dbo.tix_run N'INSERT #tix (a, d) VALUES (2, 7)';
ROLLBACK;
GO
INSERT #tix (a, d) VALUES (1, 7), (2, 7);
DELETE #tix WHERE a = 2;
CREATE UNIQUE INDEX ux_d ON #tix (d);
DROP INDEX ux_d ON #tix;
GO
-- DROP INDEX, then ROLLBACK: the unique index holds again, across a later ALTER too
BEGIN TRAN;
DROP INDEX ux ON #tix;
EXEC dbo.tix_run N'INSERT #tix (a) VALUES (1)';
ROLLBACK;
GO
EXEC dbo.tix_run N'INSERT #tix (a) VALUES (1)';
ALTER TABLE #tix ADD e int NULL;
EXEC dbo.tix_run N'INSERT #tix (a) VALUES (1)';
SELECT a, d, e FROM #tix ORDER BY a;
GO
-- a savepoint: ROLLBACK TRAN to it brings back the index dropped after it; the whole ROLLBACK
-- then takes it away
BEGIN TRAN;
CREATE UNIQUE INDEX ux_e ON #tix (e);
SAVE TRAN s1;
DROP INDEX ux_e ON #tix;
ROLLBACK TRAN s1;
INSERT #tix (a, e) VALUES (5, 50);
EXEC dbo.tix_run N'INSERT #tix (a, e) VALUES (6, 50)';
ROLLBACK;
GO
INSERT #tix (a, e) VALUES (5, 50), (6, 50);
SELECT a, e FROM #tix ORDER BY a;
DELETE #tix WHERE a > 1;
GO
-- COMMIT keeps CREATE INDEX and DROP INDEX, also across a later ALTER
BEGIN TRAN;
CREATE UNIQUE INDEX ux_e ON #tix (e);
DROP INDEX ux ON #tix;
COMMIT;
ALTER TABLE #tix ALTER COLUMN d int NULL;
EXEC dbo.tix_run N'INSERT #tix (a, e) VALUES (1, 60)';
EXEC dbo.tix_run N'INSERT #tix (a, e) VALUES (8, 60)';
SELECT a, e FROM #tix ORDER BY a;
GO
DROP TABLE #tix;
DROP PROCEDURE dbo.tix_run;
