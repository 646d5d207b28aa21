CREATE TABLE #work (id int NOT NULL, v nvarchar(10) NULL);
INSERT #work VALUES (1, N'a'), (2, N'b');
SELECT id, v FROM #work ORDER BY id;
GO
SELECT COUNT(*) AS still_there FROM #work;
SELECT CASE WHEN OBJECT_ID('tempdb..#work') IS NOT NULL THEN 1 ELSE 0 END AS visible;
GO
DROP TABLE #work;
SELECT * FROM #work;
GO
CREATE TABLE ##shared (n int);
INSERT ##shared VALUES (42);
GO
-- connect: login=sa
SELECT n FROM ##shared;
SELECT CASE WHEN OBJECT_ID('tempdb..#work') IS NULL THEN 1 ELSE 0 END AS local_gone;
GO
DECLARE @t TABLE (id int PRIMARY KEY, name varchar(10) NOT NULL DEFAULT 'x');
INSERT @t (id) VALUES (2), (1);
INSERT @t VALUES (3, 'three');
UPDATE @t SET name = 'one' WHERE id = 1;
DELETE FROM @t WHERE id = 2;
SELECT id, name FROM @t ORDER BY id;
GO
DECLARE @t TABLE (id int);
BEGIN TRAN;
INSERT @t VALUES (1);
ROLLBACK;
SELECT COUNT(*) AS survives_rollback FROM @t;
GO
SELECT * FROM @t;
GO
CREATE TABLE #s (id int IDENTITY(10, 5), v varchar(5));
INSERT #s (v) VALUES ('a'), ('b');
SELECT id, v FROM #s ORDER BY id;
SELECT id, v INTO #copy FROM #s WHERE id > 10;
SELECT id FROM #copy;
GO
