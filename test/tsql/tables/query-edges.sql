CREATE TABLE dbo.qa (id int NOT NULL, grp varchar(2) NULL, amount int NULL);
CREATE TABLE dbo.qb (id int NOT NULL, note varchar(10) NULL);
INSERT dbo.qa VALUES (1, 'x', 10), (2, 'y', NULL), (3, NULL, 30), (4, 'x', 40);
INSERT dbo.qb VALUES (1, 'one'), (3, 'three');
GO
SELECT id FROM dbo.qa AS a JOIN dbo.qb AS b ON a.id = b.id;
GO
SELECT x.nope FROM dbo.qa AS a;
GO
SELECT * FROM (SELECT 1) AS d;
GO
SELECT id FROM dbo.qa WHERE COUNT(*) > 1;
GO
SELECT DISTINCT grp FROM dbo.qa ORDER BY id;
GO
SELECT * FROM (SELECT id FROM dbo.qa ORDER BY id) AS d;
GO
SELECT id FROM dbo.qa WHERE id IN (SELECT id, note FROM dbo.qb);
GO
SELECT SUM(grp) FROM dbo.qa;
GO
INSERT dbo.qa VALUES (5, 'z');
GO
INSERT dbo.qa (id, grp) VALUES (5, 'z', 50);
GO
INSERT dbo.qa (id, grp) VALUES (6, 'xyz');
GO
SELECT id, grp FROM dbo.qa ORDER BY grp, id;
SELECT id AS ident, amount FROM dbo.qa ORDER BY 2 DESC, ident;
GO
DECLARE @n int = 2;
SELECT TOP (@n) id FROM dbo.qa ORDER BY id DESC;
SELECT TOP (0) id FROM dbo.qa;
GO
SELECT CASE WHEN '10%' LIKE '10!%' ESCAPE '!' THEN 1 ELSE 0 END AS escaped, CASE WHEN '100' LIKE '10!%' ESCAPE '!' THEN 1 ELSE 0 END AS literal_only;
SELECT COUNT(*) AS distinct_ci FROM (SELECT DISTINCT v FROM (VALUES ('a'), ('A'), ('b')) AS t(v)) AS d;
SELECT MIN(v) AS lowest, MAX(v) AS highest FROM (VALUES ('B'), ('a'), ('C')) AS t(v);
GO
SELECT a.id, b.note FROM dbo.qa AS a LEFT JOIN dbo.qb AS b ON b.id = a.id AND b.note LIKE 't%' ORDER BY a.id;
GO
SELECT COUNT(*) AS all_rows, COUNT(amount) AS with_amount, SUM(amount) AS total, AVG(amount) AS avg_amount, MAX(grp) AS max_grp FROM dbo.qa;
SELECT grp, COUNT(*) AS n FROM dbo.qa GROUP BY grp HAVING COUNT(*) > 1;
GO
SELECT v.n, v.s FROM (VALUES (1, 'a'), (2, 'bb')) AS v(n, s) CROSS JOIN (SELECT 1 AS one) AS o ORDER BY v.n DESC;
GO
SELECT id FROM dbo.qa WHERE amount > 15 AND grp = 'x' OR id = 2 ORDER BY id;
SELECT id FROM dbo.qa WHERE NOT amount > 15 ORDER BY id;
SELECT id FROM dbo.qa WHERE grp <> 'x' ORDER BY id;
GO
