CREATE TABLE dbo.vf (id int NOT NULL, grp char(1) NOT NULL, amount int NOT NULL);
INSERT dbo.vf VALUES (1, 'a', 10), (2, 'a', 20), (3, 'b', 5);
GO
CREATE VIEW dbo.vf_totals (grp, total, cnt) AS SELECT grp, SUM(amount), COUNT(*) FROM dbo.vf GROUP BY grp;
GO
SELECT grp, total, cnt FROM dbo.vf_totals ORDER BY grp;
GO
CREATE OR ALTER VIEW dbo.vf_totals AS SELECT grp, MAX(amount) AS biggest FROM dbo.vf GROUP BY grp;
GO
SELECT grp, biggest FROM dbo.vf_totals WHERE grp = 'a';
GO
CREATE VIEW dbo.vf_simple AS SELECT id, amount FROM dbo.vf WHERE grp = 'a';
GO
UPDATE dbo.vf_simple SET amount = amount + 1 WHERE id = 1;
SELECT amount FROM dbo.vf WHERE id = 1;
GO
ALTER VIEW dbo.vf_simple AS SELECT id FROM dbo.vf;
GO
SELECT COUNT(*) AS all_rows FROM dbo.vf_simple;
GO
CREATE FUNCTION dbo.vf_grp_total (@g char(1)) RETURNS int
AS
BEGIN
  RETURN (SELECT SUM(amount) FROM dbo.vf WHERE grp = @g);
END
GO
SELECT dbo.vf_grp_total('a') AS a_total, dbo.vf_grp_total('z') AS none;
SELECT id FROM dbo.vf WHERE amount * 2 > dbo.vf_grp_total(grp) ORDER BY id;
GO
CREATE OR ALTER FUNCTION dbo.vf_grp_total (@g char(1)) RETURNS varchar(20)
AS
BEGIN
  RETURN 'group ' + @g;
END
GO
SELECT dbo.vf_grp_total('b') AS label;
GO
DROP VIEW IF EXISTS dbo.vf_simple;
DROP VIEW dbo.vf_simple;
GO
SELECT * FROM dbo.vf_totals AS t JOIN dbo.vf AS v ON v.grp = t.grp WHERE v.id = 3;
GO
