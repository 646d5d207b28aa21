-- JSON functions over table columns (translated queries): JSON text in nvarchar columns
CREATE TABLE dbo.json_people (id int PRIMARY KEY, doc nvarchar(max) NULL CONSTRAINT ck_json_people_doc CHECK (ISJSON(doc) = 1));
INSERT INTO dbo.json_people (id, doc) VALUES
  (1, N'{"name":"Ann","address":{"town":"Bristol"},"tags":["a","b"],"age":41}'),
  (2, N'{"name":"Bob","address":{"town":"Avon"},"tags":[],"age":29}'),
  (3, N'{"name":"Cy","age":35}'),
  (4, NULL);
GO
INSERT INTO dbo.json_people (id, doc) VALUES (5, N'not json');
GO
SELECT id, JSON_VALUE(doc, '$.name') AS name, JSON_QUERY(doc, '$.tags') AS tags, ISJSON(doc) AS is_json
FROM dbo.json_people ORDER BY id;
GO
SELECT id FROM dbo.json_people WHERE CAST(JSON_VALUE(doc, '$.age') AS int) > 30 ORDER BY JSON_VALUE(doc, '$.name') DESC;
GO
SELECT COUNT(*) AS with_town FROM dbo.json_people WHERE JSON_VALUE(doc, '$.address.town') IS NOT NULL;
GO
DECLARE @path nvarchar(20) = N'$.name';
SELECT id, JSON_VALUE(doc, @path) AS name FROM dbo.json_people WHERE id <= 2 ORDER BY id;
SELECT p.path, JSON_VALUE(j.doc, p.path) AS v FROM dbo.json_people AS j CROSS JOIN (VALUES (N'$.name'), (N'$.age')) AS p(path) WHERE j.id = 1 ORDER BY p.path;
GO
SELECT id, JSON_OBJECT('id':id, 'name':JSON_VALUE(doc, '$.name'), 'tags':JSON_QUERY(doc, '$.tags')) AS obj,
       JSON_ARRAY(id, JSON_VALUE(doc, '$.age'), JSON_VALUE(doc, '$.none')) AS arr
FROM dbo.json_people WHERE id <= 3 ORDER BY id;
GO
-- FOR JSON embeds JSON_QUERY's result unescaped ("JSON_QUERY (Transact-SQL)", using JSON_QUERY with FOR JSON)
SELECT id, JSON_QUERY(doc, '$.tags') AS tags, JSON_VALUE(doc, '$.name') AS [person.name] FROM dbo.json_people WHERE id <= 2 ORDER BY id FOR JSON PATH;
GO
UPDATE dbo.json_people SET doc = JSON_MODIFY(doc, '$.address.town', 'London') WHERE id = 1;
UPDATE dbo.json_people SET doc = JSON_MODIFY(doc, 'append $.tags', JSON_VALUE(doc, '$.name')) WHERE JSON_QUERY(doc, '$.tags') IS NOT NULL;
UPDATE dbo.json_people SET doc = JSON_MODIFY(doc, '$.address', JSON_QUERY(N'{"town":"Leeds"}')) WHERE id = 3;
SELECT id, doc FROM dbo.json_people ORDER BY id;
GO
SELECT id, JSON_VALUE(doc, 'strict $.address.town') AS town FROM dbo.json_people WHERE id IN (1, 2, 4) ORDER BY id;
GO
DECLARE @n int;
SELECT @n = COUNT(*) FROM dbo.json_people WHERE JSON_VALUE(doc, 'strict $.missing') IS NULL;
GO
-- Computed columns over JSON ("JSON_VALUE (Transact-SQL)" example 3)
CREATE TABLE dbo.json_stores (StoreID int IDENTITY(1,1) NOT NULL, jsonContent nvarchar(4000),
  Longitude AS JSON_VALUE(jsonContent, '$.address[0].longitude'), Latitude AS JSON_VALUE(jsonContent, '$.address[0].latitude'));
INSERT INTO dbo.json_stores (jsonContent) VALUES (N'{"address":[{"longitude":"-2.58","latitude":"51.45"}]}'), (N'{"address":[]}');
SELECT StoreID, Longitude, Latitude FROM dbo.json_stores ORDER BY StoreID;
GO
-- JSON_OBJECT / JSON_ARRAY and ISJSON's type keyword in stored definitions
CREATE TABLE dbo.json_defs (id int NOT NULL, name nvarchar(20) NULL, obj AS JSON_OBJECT('id':id, 'name':name ABSENT ON NULL),
  arr AS JSON_ARRAY(id, name NULL ON NULL), doc nvarchar(100) NULL CONSTRAINT ck_json_defs_doc CHECK (ISJSON(doc, OBJECT) = 1));
INSERT INTO dbo.json_defs (id, name, doc) VALUES (1, N'a', N'{}'), (2, NULL, NULL);
SELECT id, obj, arr FROM dbo.json_defs ORDER BY id;
GO
INSERT INTO dbo.json_defs (id, doc) VALUES (3, N'[]');
GO
DROP TABLE dbo.json_defs;
GO
DROP TABLE dbo.json_people;
DROP TABLE dbo.json_stores;
GO
