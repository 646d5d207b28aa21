SELECT uf_missing(41);
GO
SELECT dbo.uf_missing(41);
GO
SELECT uf_nodb.dbo.uf_missing(41);
GO
SELECT master.dbo.uf_missing(41);
GO
CREATE TABLE dbo.uf_t (id int NOT NULL);
INSERT dbo.uf_t VALUES (1), (2);
GO
SELECT id, dbo.uf_missing(id) FROM dbo.uf_t;
GO
SELECT id FROM dbo.uf_t WHERE uf_nodb.dbo.uf_missing(id) = 1;
GO
DROP TABLE dbo.uf_t;
GO
