CREATE LOGIN tk_ann WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
CREATE USER tk_ann FOR LOGIN tk_ann;
CREATE ROLE tk_role;
ALTER ROLE tk_role ADD MEMBER tk_ann;
CREATE TABLE dbo.tk_t (id int, secret int);
GO
CREATE PROCEDURE dbo.tk_p AS SELECT 1 AS one;
GO
GRANT SELECT ON dbo.tk_t TO tk_ann;
DENY SELECT ON dbo.tk_t (secret) TO tk_ann;
GRANT EXECUTE ON dbo.tk_p TO tk_role;
GO
SELECT name, type, usage FROM sys.login_token WHERE principal_id = 1 OR name IN (N'public', N'sysadmin');
SELECT principal_id, name, type FROM sys.user_token;
GO
SELECT COUNT(*) AS server_perms FROM fn_my_permissions(NULL, 'SERVER') WHERE permission_name IN ('CONTROL SERVER', 'CONNECT SQL', 'VIEW SERVER STATE');
SELECT entity_name, subentity_name, permission_name FROM sys.fn_my_permissions('dbo.tk_t', 'OBJECT')
  WHERE permission_name IN ('SELECT', 'INSERT') ORDER BY subentity_name, permission_name;
GO
-- connect: login=tk_ann password=Str0ng!Passw0rd
SELECT name, type, usage FROM sys.login_token;
SELECT name, type, usage FROM sys.user_token;
GO
SELECT entity_name, subentity_name, permission_name FROM fn_my_permissions(NULL, 'SERVER');
SELECT entity_name, subentity_name, permission_name FROM fn_my_permissions(NULL, 'DATABASE');
GO
SELECT entity_name, subentity_name, permission_name FROM fn_my_permissions('dbo.tk_t', 'OBJECT');
SELECT entity_name, subentity_name, permission_name FROM fn_my_permissions('tk_p', 'OBJECT');
SELECT COUNT(*) AS none_ FROM fn_my_permissions('dbo.tk_missing', 'OBJECT');
GO
SELECT HAS_PERMS_BY_NAME('dbo.tk_t', 'OBJECT', 'SELECT') AS can_select, HAS_PERMS_BY_NAME('dbo.tk_t', 'OBJECT', 'INSERT') AS can_insert;
GO
-- connect: login=sa
SELECT class_desc, permission_name, state_desc FROM sys.server_permissions
  WHERE grantee_principal_id = SUSER_ID('tk_ann') OR grantee_principal_id = 2 ORDER BY class, permission_name;
SELECT type, permission_name FROM sys.server_permissions WHERE grantee_principal_id = 1;
GO
