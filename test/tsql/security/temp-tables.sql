-- Temporary tables need no grant: a login with nothing but a user in the database creates and
-- changes its own #table and a ##table; a permanent table without a grant is refused (229).
CREATE LOGIN tmp_perm_login WITH PASSWORD = N'Tmp-Perm-Pa55!', CHECK_POLICY = OFF;
CREATE USER tmp_perm_login FOR LOGIN tmp_perm_login;
CREATE TABLE dbo.tmp_perm_plain (a int);
GO
-- connect: login=tmp_perm_login password=Tmp-Perm-Pa55!
SET NOCOUNT ON;
CREATE TABLE #mine (a int);
INSERT INTO #mine VALUES (1);
UPDATE #mine SET a = a + 1;
SELECT a FROM #mine;
DELETE FROM #mine;
SELECT COUNT(*) AS n FROM #mine;
GO
SET NOCOUNT ON;
CREATE TABLE ##tmp_perm_shared (a int);
INSERT INTO ##tmp_perm_shared VALUES (5);
SELECT a FROM ##tmp_perm_shared;
GO
INSERT INTO dbo.tmp_perm_plain VALUES (1);
GO
-- connect: login=sa
SELECT a FROM ##tmp_perm_shared;
GO
