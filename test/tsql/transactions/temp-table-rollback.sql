-- A ROLLBACK undoes DROP TABLE and CREATE TABLE of #temp tables inside the transaction, also
-- when the same name is dropped and created again with another definition.
CREATE TABLE #k (a int);
INSERT #k VALUES (1);
GO
BEGIN TRAN;
DROP TABLE #k;
CREATE TABLE #k (b varchar(5), c int);
INSERT #k VALUES ('x', 2);
GO
SELECT b, c FROM #k;
GO
ROLLBACK;
GO
SELECT a FROM #k;
GO
SELECT b FROM #k;
GO
BEGIN TRAN;
CREATE TABLE #n (z int);
ROLLBACK;
GO
SELECT z FROM #n;
GO
BEGIN TRAN;
SAVE TRAN s1;
DROP TABLE #k;
CREATE TABLE #k (d int);
ROLLBACK TRAN s1;
SELECT a FROM #k;
COMMIT;
GO
-- dropped before the savepoint: still dropped after ROLLBACK TRAN s2, back after ROLLBACK
BEGIN TRAN;
DROP TABLE #k;
SAVE TRAN s2;
ROLLBACK TRAN s2;
GO
SELECT a FROM #k;
GO
ROLLBACK;
GO
SELECT a FROM #k;
GO
