CREATE TABLE dbo.bulk_target (id int NOT NULL, doubled AS id * 2)
GO
insert bulk dbo.bulk_target ([id] int) WITH (KEEP_IDENTITY)
GO
insert bulk dbo.bulk_target ([id] int) WITH (FOO)
GO
SELECT 1 AS one; insert bulk dbo.bulk_target ([id] int)
GO
insert bulk dbo.bulk_target ([id] int); SELECT 1 AS one
GO
insert bulk dbo.bulk_target ([doubled] int)
GO
SELECT COUNT(*) AS n FROM dbo.bulk_target
