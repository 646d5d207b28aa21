CREATE LOGIN ann_rx WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
CREATE USER ann_rx FOR LOGIN ann_rx;
CREATE LOGIN dan_rx WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
CREATE TABLE dbo.ledger (id int, amount int);
INSERT dbo.ledger VALUES (1, 100), (2, 250);
GO
CREATE PROCEDURE dbo.ledger_total AS SELECT SUM(amount) AS total FROM dbo.ledger;
GO
-- connect: login=ann_rx password=Str0ng!Passw0rd
EXEC dbo.ledger_total;
GO
-- connect: login=sa
GRANT EXECUTE ON dbo.ledger_total TO ann_rx;
GO
-- connect: login=ann_rx password=Str0ng!Passw0rd
EXEC dbo.ledger_total;
SELECT SUM(amount) AS direct FROM dbo.ledger;
GO
-- connect: login=sa
ALTER ROLE db_datareader ADD MEMBER ann_rx;
SELECT r.name AS role_name FROM sys.database_role_members AS rm
JOIN sys.database_principals AS r ON r.principal_id = rm.role_principal_id
WHERE rm.member_principal_id = USER_ID('ann_rx');
SELECT IS_ROLEMEMBER('db_datareader', 'ann_rx') AS reader, IS_ROLEMEMBER('db_datawriter', 'ann_rx') AS writer;
GO
-- connect: login=ann_rx password=Str0ng!Passw0rd
SELECT COUNT(*) AS readable FROM dbo.ledger;
UPDATE dbo.ledger SET amount = 0;
GO
ALTER LOGIN dan_rx WITH PASSWORD = 'Other!Passw0rd1';
GO
-- connect: login=dan_rx password=Str0ng!Passw0rd
GO
-- connect: login=dan_rx password=Str0ng!Passw0rd database=master
SELECT SUSER_SNAME() AS who, DB_NAME() AS db, IS_SRVROLEMEMBER('sysadmin') AS sysadmin;
GO
-- connect: login=sa
ALTER SERVER ROLE sysadmin ADD MEMBER dan_rx;
SELECT IS_SRVROLEMEMBER('sysadmin', 'dan_rx') AS now_sysadmin;
GO
-- connect: login=dan_rx password=Str0ng!Passw0rd
SELECT USER_NAME() AS mapped_user, COUNT(*) AS rows_ FROM dbo.ledger;
GO
-- connect: login=sa
ALTER LOGIN ann_rx WITH CHECK_POLICY = ON;
SELECT is_policy_checked FROM sys.sql_logins WHERE name = 'ann_rx';
GO
CREATE LOGIN ann_rx WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
GO
DROP LOGIN no_such_login_rx;
GO
