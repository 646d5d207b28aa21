-- Metadata visibility of logins ("sys.server_principals", "sys.sql_logins", Permissions): any login
-- can see its own login name, the system logins (sa) and the fixed server roles; seeing other
-- logins requires ALTER ANY LOGIN (sysadmin, securityadmin members).
CREATE LOGIN vis_plain WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
CREATE LOGIN vis_other WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
CREATE LOGIN vis_security WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
ALTER SERVER ROLE securityadmin ADD MEMBER vis_security;
GO
-- connect: login=vis_plain password=Str0ng!Passw0rd database=master
SELECT name FROM sys.server_principals WHERE type = 'S' AND name NOT LIKE '##%' ORDER BY name;
GO
SELECT COUNT(*) AS fixed_roles_seen FROM sys.server_principals WHERE type = 'R' AND name IN (N'public', N'sysadmin', N'securityadmin');
GO
SELECT name FROM sys.sql_logins WHERE name NOT LIKE '##%' ORDER BY name;
GO
SELECT COUNT(*) AS other_seen FROM sys.server_principals WHERE name = N'vis_other';
GO
-- connect: login=vis_security password=Str0ng!Passw0rd database=master
SELECT name FROM sys.server_principals WHERE name LIKE N'vis[_]%' ORDER BY name;
GO
-- connect: login=sa
SELECT name FROM sys.sql_logins WHERE name LIKE N'vis[_]%' ORDER BY name;
GO
