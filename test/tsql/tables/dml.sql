CREATE TABLE dbo.t (id int IDENTITY(1,1) PRIMARY KEY, name varchar(10) NOT NULL, n int NULL);
INSERT INTO dbo.t (name, n) VALUES ('a', 1), ('b', 2), ('c', 3);
SELECT @@ROWCOUNT AS rc, SCOPE_IDENTITY() AS si, @@IDENTITY AS ii, IDENT_CURRENT('dbo.t') AS ic;
GO
CREATE TABLE dbo.t2 (name varchar(10) NULL, n int NULL);
INSERT INTO dbo.t2 (name, n) SELECT name, n * 10 FROM dbo.t WHERE n >= 2;
SELECT name, n FROM dbo.t2 ORDER BY name;
GO
INSERT INTO dbo.t2 (name, n) EXEC ('SET NOCOUNT ON; SELECT ''x'', 100 UNION ALL SELECT ''y'', 200');
SELECT COUNT(*) AS cnt, SUM(n) AS total FROM dbo.t2;
GO
INSERT dbo.t2 VALUES ('z', 1);
INSERT dbo.t2 (n) VALUES (2);
INSERT INTO dbo.t2 DEFAULT VALUES;
SELECT COUNT(*) AS cnt, COUNT(name) AS named, COUNT(n) AS with_n FROM dbo.t2;
GO
DELETE FROM dbo.t2 WHERE name = 'z' OR name IS NULL;
SELECT @@ROWCOUNT AS deleted;
GO
UPDATE t SET n = t.n + t2.n
FROM dbo.t AS t
JOIN dbo.t2 AS t2 ON t2.name = t.name;
SELECT name, n FROM dbo.t ORDER BY id;
GO
UPDATE TOP (2) dbo.t2 SET n = 0 WHERE name IN ('x', 'y');
SELECT COUNT(*) AS zeroes FROM dbo.t2 WHERE n = 0;
GO
DELETE TOP (1) FROM dbo.t2 WHERE n = 0;
SELECT COUNT(*) AS remaining FROM dbo.t2;
GO
DELETE t2 FROM dbo.t2 AS t2 JOIN dbo.t AS t ON t.name = t2.name;
SELECT COUNT(*) AS remaining FROM dbo.t2;
GO
UPDATE dbo.t SET n = n WHERE 1 = 0;
SELECT @@ROWCOUNT AS rc;
GO
DECLARE @log TABLE (id int, name varchar(10));
INSERT INTO dbo.t (name, n) OUTPUT inserted.id, inserted.name INTO @log VALUES ('d', 4);
SELECT id, name FROM @log;
GO
UPDATE dbo.t SET n = 40 OUTPUT deleted.n AS old_n, inserted.n AS new_n WHERE name = 'd';
GO
DELETE FROM dbo.t OUTPUT deleted.id, deleted.name WHERE name = 'd';
GO
INSERT INTO dbo.t (name) OUTPUT inserted.id, inserted.n VALUES ('e');
SELECT SCOPE_IDENTITY() AS si, IDENT_CURRENT('dbo.t') AS ic;
GO
CREATE TABLE dbo.target (id int CONSTRAINT pk_target PRIMARY KEY, v varchar(10) NULL);
INSERT dbo.target VALUES (1, 'one'), (2, 'two');
DECLARE @changes TABLE (act nvarchar(10), new_id int, old_id int);
MERGE dbo.target AS tg
USING (VALUES (2, 'TWO'), (3, 'three')) AS src (id, v)
ON tg.id = src.id
WHEN MATCHED THEN UPDATE SET v = src.v
WHEN NOT MATCHED BY TARGET THEN INSERT (id, v) VALUES (src.id, src.v)
WHEN NOT MATCHED BY SOURCE THEN DELETE
OUTPUT $action, inserted.id, deleted.id INTO @changes;
SELECT act, new_id, old_id FROM @changes ORDER BY COALESCE(new_id, old_id);
SELECT id, v FROM dbo.target ORDER BY id;
GO
INSERT dbo.target VALUES (10, 'a'), (10, 'b');
SELECT COUNT(*) AS cnt FROM dbo.target;
GO
DECLARE @m int, @name varchar(10);
SELECT @m = MAX(n) FROM dbo.t;
SELECT TOP (1) @name = name FROM dbo.t ORDER BY n DESC;
SELECT @m AS m, @name AS name;
GO
UPDATE dbo.t SET n = NULL WHERE name = 'nobody';
UPDATE dbo.t SET n = n + 1;
SELECT SUM(n) AS total FROM dbo.t;
GO
