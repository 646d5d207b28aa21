CREATE LOGIN bob_sec WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
CREATE USER bob_sec FOR LOGIN bob_sec;
CREATE TABLE dbo.secret (id int, hidden varchar(10));
INSERT dbo.secret VALUES (1, 'psst');
GO
SELECT name, type, type_desc, is_disabled FROM sys.server_principals WHERE name = 'bob_sec';
SELECT name, is_policy_checked, is_expiration_checked FROM sys.sql_logins WHERE name = 'bob_sec';
SELECT name, type, type_desc FROM sys.database_principals WHERE name IN ('bob_sec', 'dbo') ORDER BY name;
GO
-- connect: login=bob_sec password=Str0ng!Passw0rd
SELECT SUSER_SNAME() AS login_, USER_NAME() AS user_, IS_SRVROLEMEMBER('sysadmin') AS sysadmin;
SELECT id FROM dbo.secret;
GO
CREATE LOGIN eve_sec WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
GO
-- connect: login=sa
GRANT SELECT ON dbo.secret TO bob_sec;
DENY SELECT ON dbo.secret (hidden) TO bob_sec;
GO
-- connect: login=bob_sec password=Str0ng!Passw0rd
SELECT id FROM dbo.secret;
SELECT hidden FROM dbo.secret;
GO
INSERT dbo.secret VALUES (2, 'x');
GO
-- connect: login=sa
REVOKE SELECT ON dbo.secret FROM bob_sec;
REVOKE SELECT ON dbo.secret (hidden) FROM bob_sec;
CREATE ROLE readers_sec;
ALTER ROLE readers_sec ADD MEMBER bob_sec;
GRANT SELECT ON dbo.secret TO readers_sec;
SELECT r.name AS role_name, m.name AS member_name
FROM sys.database_role_members AS rm
JOIN sys.database_principals AS r ON r.principal_id = rm.role_principal_id
JOIN sys.database_principals AS m ON m.principal_id = rm.member_principal_id
WHERE m.name = 'bob_sec';
GO
-- connect: login=bob_sec password=Str0ng!Passw0rd
SELECT hidden FROM dbo.secret;
GO
-- connect: login=sa
DENY SELECT ON dbo.secret TO bob_sec;
GO
-- connect: login=bob_sec password=Str0ng!Passw0rd
SELECT id FROM dbo.secret;
GO
-- connect: login=sa
ALTER LOGIN bob_sec WITH PASSWORD = 'An0ther!Passw0rd';
GO
-- connect: login=bob_sec password=Str0ng!Passw0rd
GO
-- connect: login=sa
ALTER LOGIN bob_sec DISABLE;
SELECT is_disabled FROM sys.server_principals WHERE name = 'bob_sec';
GO
-- connect: login=bob_sec password=An0ther!Passw0rd
GO
-- connect: login=sa
CREATE LOGIN weak_sec WITH PASSWORD = 'abc';
GO
CREATE USER ghost_sec FOR LOGIN no_such_login_sec;
GO
CREATE LOGIN carol_sec WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
ALTER SERVER ROLE dbcreator ADD MEMBER carol_sec;
SELECT r.name AS role_name, m.name AS member_name
FROM sys.server_role_members AS rm
JOIN sys.server_principals AS r ON r.principal_id = rm.role_principal_id
JOIN sys.server_principals AS m ON m.principal_id = rm.member_principal_id
WHERE m.name = 'carol_sec';
SELECT IS_SRVROLEMEMBER('dbcreator', 'carol_sec') AS is_creator;
GO
ALTER SERVER ROLE dbcreator DROP MEMBER carol_sec;
DROP LOGIN carol_sec;
SELECT COUNT(*) AS remaining FROM sys.server_principals WHERE name = 'carol_sec';
GO
CREATE CREDENTIAL cred_sec WITH IDENTITY = 'svc_account', SECRET = 'TopSecret!1';
SELECT name, credential_identity FROM sys.credentials WHERE name = 'cred_sec';
SELECT COUNT(*) AS secret_columns FROM sys.all_columns WHERE object_id = OBJECT_ID('sys.credentials') AND name LIKE '%secret%';
GO
DROP CREDENTIAL cred_sec;
SELECT COUNT(*) AS creds FROM sys.credentials WHERE name = 'cred_sec';
GO
