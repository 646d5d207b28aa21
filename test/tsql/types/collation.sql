CREATE TABLE dbo.words (w varchar(10) NOT NULL);
INSERT dbo.words VALUES ('b'), ('A'), ('a'), ('B'), ('é'), ('e'), ('f');
SELECT w FROM dbo.words ORDER BY w, CAST(w AS varbinary(10));
GO
SELECT COUNT(DISTINCT w) AS distinct_ci, COUNT(*) AS a_rows FROM dbo.words WHERE w IN ('a', 'b', 'e', 'é', 'f');
SELECT COUNT(*) AS eq_upper FROM dbo.words WHERE w = 'A';
SELECT COUNT(*) AS eq_trailing FROM dbo.words WHERE w = 'a   ';
SELECT COUNT(*) AS accent_distinct FROM dbo.words WHERE w = 'e';
GO
SELECT w, COUNT(*) AS n FROM dbo.words WHERE w IN ('e', 'é', 'f') GROUP BY w ORDER BY w;
GO
SELECT CASE WHEN 'a' < 'B' THEN 1 ELSE 0 END AS a_lt_B, CASE WHEN 'Z' > 'a' THEN 1 ELSE 0 END AS Z_gt_a,
       CASE WHEN 'abc' COLLATE Latin1_General_CS_AS = 'ABC' THEN 1 ELSE 0 END AS cs_equal,
       CASE WHEN N'straße' = N'STRASSE' THEN 1 ELSE 0 END AS sharp_s;
GO
CREATE TABLE dbo.uk (k varchar(5) NOT NULL CONSTRAINT uq_uk_k UNIQUE);
INSERT dbo.uk VALUES ('Key');
INSERT dbo.uk VALUES ('KEY ');
GO
