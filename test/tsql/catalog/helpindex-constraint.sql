CREATE TABLE dbo.hi_parent (id int NOT NULL CONSTRAINT pk_hi_parent PRIMARY KEY, code nvarchar(10) NOT NULL CONSTRAINT uq_hi_parent_code UNIQUE);
CREATE TABLE dbo.hi_child (
  id int NOT NULL CONSTRAINT pk_hi_child PRIMARY KEY,
  parent_id int NOT NULL CONSTRAINT fk_hi_child_parent REFERENCES dbo.hi_parent (id) ON DELETE CASCADE,
  qty int NOT NULL CONSTRAINT df_hi_child_qty DEFAULT (1),
  created datetime NULL,
  CONSTRAINT ck_hi_child_qty CHECK (qty > 0));
CREATE INDEX ix_hi_child_parent ON dbo.hi_child (parent_id, created DESC);
CREATE TABLE dbo.hi_note (child_id int NOT NULL CONSTRAINT fk_hi_note_child REFERENCES dbo.hi_child (id));
GO
EXEC sp_helpindex 'dbo.hi_child';
GO
EXEC sp_helpindex N'hi_parent';
GO
BEGIN TRY
  EXEC sp_helpindex 'dbo.hi_missing';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_SEVERITY() AS severity, ERROR_MESSAGE() AS message;
END CATCH
GO
EXEC sp_helpconstraint 'dbo.hi_child';
GO
EXEC sp_helpconstraint 'dbo.hi_parent', 'nomsg';
GO
BEGIN TRY
  EXEC sp_helpconstraint 'dbo.hi_missing';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_SEVERITY() AS severity, ERROR_MESSAGE() AS message;
END CATCH
GO
