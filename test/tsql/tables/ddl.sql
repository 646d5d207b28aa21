CREATE TABLE dbo.items (
  id int IDENTITY(1,1) CONSTRAINT pk_items PRIMARY KEY,
  name varchar(20) NOT NULL,
  qty int NULL CONSTRAINT df_items_qty DEFAULT 0,
  price decimal(9,2) NOT NULL CONSTRAINT ck_items_price CHECK (price >= 0),
  code char(3) NULL CONSTRAINT uq_items_code UNIQUE,
  total AS (qty * price)
);
GO
INSERT INTO dbo.items (name, price, code) VALUES ('apple', 1.50, 'APL');
INSERT INTO dbo.items (name, qty, price, code) VALUES ('pear', 5, 2.25, 'PER'), ('plum', NULL, 0.99, NULL);
SELECT id, name, qty, price, code, total FROM dbo.items ORDER BY id;
GO
INSERT INTO dbo.items (name, price, code) VALUES (NULL, 1, 'X1');
GO
INSERT INTO dbo.items (name, price, code) VALUES ('grape', 3, 'APL');
PRINT 'batch continues';
GO
INSERT INTO dbo.items (name, price, code) VALUES ('cheap', -1, 'CHP');
GO
INSERT INTO dbo.items (id, name, price) VALUES (100, 'explicit', 1);
GO
SET IDENTITY_INSERT dbo.items ON;
INSERT INTO dbo.items (id, name, price, code) VALUES (100, 'explicit', 1, 'EXP');
SET IDENTITY_INSERT dbo.items OFF;
SELECT id, name FROM dbo.items WHERE id = 100;
GO
INSERT INTO dbo.items (id, name, price) VALUES (1, 'dup', 1);
GO
CREATE TABLE dbo.items (x int);
GO
DROP TABLE dbo.no_such_table;
GO
DROP TABLE IF EXISTS dbo.no_such_table;
PRINT 'no error';
GO
ALTER TABLE dbo.items ADD note nvarchar(50) NULL, flag bit NOT NULL CONSTRAINT df_items_flag DEFAULT 1;
GO
SELECT name, note, flag FROM dbo.items WHERE name = 'apple';
GO
ALTER TABLE dbo.items DROP CONSTRAINT df_items_flag;
ALTER TABLE dbo.items DROP COLUMN note, flag;
SELECT COL_LENGTH('dbo.items', 'note') AS note_len, COL_LENGTH('dbo.items', 'name') AS name_len;
GO
CREATE TABLE dbo.parents (id int NOT NULL CONSTRAINT pk_parents PRIMARY KEY, label nvarchar(10) NULL);
CREATE TABLE dbo.children (
  id int NOT NULL PRIMARY KEY,
  parent_id int NULL CONSTRAINT fk_children_parents REFERENCES dbo.parents (id)
);
INSERT INTO dbo.parents VALUES (1, N'one'), (2, N'two');
INSERT INTO dbo.children VALUES (10, 1), (11, NULL);
GO
INSERT INTO dbo.children VALUES (12, 99);
GO
DELETE FROM dbo.parents WHERE id = 1;
GO
DELETE FROM dbo.parents WHERE id = 2;
INSERT INTO dbo.parents VALUES (1, N'again');
GO
CREATE UNIQUE INDEX ux_items_name ON dbo.items (name);
CREATE INDEX ix_items_price ON dbo.items (price DESC) INCLUDE (qty);
GO
INSERT INTO dbo.items (name, price, code) VALUES ('apple', 9, 'AP2');
GO
DROP INDEX ix_items_price ON dbo.items;
DROP INDEX ux_items_name ON dbo.items;
INSERT INTO dbo.items (name, price, code) VALUES ('apple', 9, 'AP2');
GO
CREATE SCHEMA sales;
GO
CREATE TABLE sales.orders (order_id int NOT NULL, [customer name] nvarchar(30) NULL, "order date" date NULL);
INSERT INTO sales.orders (order_id, [customer name], "order date") VALUES (1, N'Zoë', '2024-03-05');
SELECT order_id, [customer name], [order date] FROM [sales].[orders];
SELECT o.order_id FROM tsql_tables_ddl.sales.orders AS o;
GO
SELECT * FROM orders;
GO
CREATE TABLE dbo.[select] ([from] int, "where" int);
INSERT dbo.[select] VALUES (1, 2);
SELECT [from], "where" FROM dbo.[select];
DROP TABLE dbo.[select];
GO
CREATE TABLE dbo.typed (
  t tinyint, s smallint, i int, b bigint, bt bit, d decimal(38,10), n numeric(5,0), m money, sm smallmoney,
  f float, r real, dt datetime, sdt smalldatetime, d2 datetime2(7), dd date, tm time(3), dto datetimeoffset(2),
  c char(4), vc varchar(max), nc nchar(2), nvc nvarchar(max), bin binary(2), vb varbinary(8), g uniqueidentifier
);
SELECT * FROM dbo.typed;
GO
DROP TABLE dbo.children;
DROP TABLE dbo.parents;
SELECT OBJECT_ID('dbo.parents') AS gone;
GO
