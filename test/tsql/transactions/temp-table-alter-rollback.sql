-- ALTER TABLE on a #temp table inside a transaction: a ROLLBACK (whole or to a savepoint) brings
-- back the table as it was (columns, types, constraints, rows) and tempdb's catalogue with it; a
-- COMMIT keeps the change. The same check batch runs after every step, so its (cached) text must
-- follow each definition. Table variables keep their rows across the same ROLLBACK.
CREATE TABLE #tar_k (a int NULL, b varchar(5) NULL);
INSERT #tar_k VALUES (1, 'x'), (2, 'y');
GO
SELECT * FROM #tar_k ORDER BY a;
SELECT name, system_type_id FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#tar_k') ORDER BY column_id;
GO
BEGIN TRAN;
ALTER TABLE #tar_k ADD c int NULL;
GO
SELECT * FROM #tar_k ORDER BY a;
SELECT name, system_type_id FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#tar_k') ORDER BY column_id;
GO
ROLLBACK;
GO
SELECT * FROM #tar_k ORDER BY a;
SELECT name, system_type_id FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#tar_k') ORDER BY column_id;
GO
BEGIN TRAN;
ALTER TABLE #tar_k DROP COLUMN b;
GO
SELECT * FROM #tar_k ORDER BY a;
SELECT name, system_type_id FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#tar_k') ORDER BY column_id;
GO
ROLLBACK;
GO
SELECT * FROM #tar_k ORDER BY a;
SELECT name, system_type_id FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#tar_k') ORDER BY column_id;
GO
BEGIN TRAN;
ALTER TABLE #tar_k ALTER COLUMN a bigint NULL;
GO
SELECT * FROM #tar_k ORDER BY a;
SELECT name, system_type_id FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#tar_k') ORDER BY column_id;
GO
ROLLBACK;
GO
SELECT * FROM #tar_k ORDER BY a;
SELECT name, system_type_id FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#tar_k') ORDER BY column_id;
GO
BEGIN TRAN;
ALTER TABLE #tar_k ADD CONSTRAINT CK_tar_k_a CHECK (a > 0);
ROLLBACK;
INSERT #tar_k VALUES (-1, 'neg');
DELETE #tar_k WHERE a = -1;
GO
BEGIN TRAN;
ALTER TABLE #tar_k ADD CONSTRAINT DF_tar_k_b DEFAULT 'dflt' FOR b;
ROLLBACK;
INSERT #tar_k (a) VALUES (3);
SELECT b FROM #tar_k WHERE a = 3;
DELETE #tar_k WHERE a = 3;
GO
ALTER TABLE #tar_k ADD CONSTRAINT CK_tar_k_a CHECK (a > 0);
GO
BEGIN TRAN;
ALTER TABLE #tar_k DROP CONSTRAINT CK_tar_k_a;
INSERT #tar_k VALUES (-2, 'in');
ROLLBACK;
BEGIN TRY
  INSERT #tar_k VALUES (-3, 'out');
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS check_back;
END CATCH
GO
BEGIN TRAN;
ALTER TABLE #tar_k ADD c int NULL;
COMMIT;
GO
SELECT * FROM #tar_k ORDER BY a;
SELECT name, system_type_id FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#tar_k') ORDER BY column_id;
GO
BEGIN TRAN;
INSERT #tar_k (a) VALUES (9);
ROLLBACK;
GO
SELECT * FROM #tar_k ORDER BY a;
SELECT name, system_type_id FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#tar_k') ORDER BY column_id;
GO
BEGIN TRAN;
ALTER TABLE #tar_k ADD d int NULL;
SAVE TRAN tar_s;
ALTER TABLE #tar_k DROP COLUMN b;
GO
SELECT * FROM #tar_k ORDER BY a;
SELECT name, system_type_id FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#tar_k') ORDER BY column_id;
GO
ROLLBACK TRAN tar_s;
GO
SELECT * FROM #tar_k ORDER BY a;
SELECT name, system_type_id FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#tar_k') ORDER BY column_id;
GO
ROLLBACK;
GO
SELECT * FROM #tar_k ORDER BY a;
SELECT name, system_type_id FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#tar_k') ORDER BY column_id;
GO
CREATE PROCEDURE dbo.tar_alter_then_fail AS
BEGIN
  SET XACT_ABORT ON;
  BEGIN TRY
    BEGIN TRAN;
    ALTER TABLE #tar_k ADD e int NULL;
    DECLARE @z int = 1 / 0;
    COMMIT;
  END TRY
  BEGIN CATCH
    SELECT XACT_STATE() AS xs, @@TRANCOUNT AS tc;
    ROLLBACK;
  END CATCH
END;
GO
EXEC dbo.tar_alter_then_fail;
GO
SELECT * FROM #tar_k ORDER BY a;
SELECT name, system_type_id FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#tar_k') ORDER BY column_id;
GO
DECLARE @tv TABLE (n int);
INSERT @tv VALUES (1);
BEGIN TRAN;
ALTER TABLE #tar_k DROP COLUMN c;
INSERT @tv VALUES (2);
ROLLBACK;
SELECT n FROM @tv ORDER BY n;
GO
SELECT * FROM #tar_k ORDER BY a;
SELECT name, system_type_id FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#tar_k') ORDER BY column_id;
GO
