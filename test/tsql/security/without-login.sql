CREATE USER nl_worker WITHOUT LOGIN;
CREATE ROLE nl_readers;
CREATE TABLE dbo.nl_orders (id int, qty int);
INSERT dbo.nl_orders VALUES (1, 5), (2, 7);
GO
SELECT name, type, type_desc, authentication_type, authentication_type_desc, default_schema_name,
       DATALENGTH(sid) AS sid_bytes,
       CASE WHEN SUBSTRING(sid, 1, 12) = 0x010500000000000903000000 THEN 1 ELSE 0 END AS sid_s_1_9_3
FROM sys.database_principals WHERE name = N'nl_worker';
SELECT COUNT(*) AS logins_with_sid FROM sys.server_principals
WHERE sid = (SELECT sid FROM sys.database_principals WHERE name = N'nl_worker');
GO
EXECUTE AS USER = 'nl_worker';
SELECT USER_NAME() AS user_name_, CURRENT_USER AS current_user_,
       CASE WHEN SUSER_SNAME() LIKE 'S-1-9-3-%' THEN 1 ELSE 0 END AS suser_is_sid,
       ORIGINAL_LOGIN() AS original_login;
SELECT COUNT(*) AS n FROM dbo.nl_orders;
SELECT IS_SRVROLEMEMBER('sysadmin') AS sysadmin, IS_SRVROLEMEMBER('public') AS public_,
       CASE WHEN SUSER_SID() = (SELECT sid FROM sys.database_principals WHERE name = N'nl_worker') THEN 1 ELSE 0 END AS suser_sid_is_users;
REVERT;
SELECT USER_NAME() AS after_revert, SUSER_SNAME() AS login_after_revert;
GO
GRANT SELECT ON dbo.nl_orders TO nl_worker;
DENY INSERT ON dbo.nl_orders TO nl_worker;
GRANT INSERT ON dbo.nl_orders TO nl_readers;
ALTER ROLE nl_readers ADD MEMBER nl_worker;
SELECT p.permission_name, p.state_desc FROM sys.database_permissions AS p
WHERE p.grantee_principal_id = USER_ID(N'nl_worker') ORDER BY p.permission_name;
GO
EXECUTE AS USER = 'nl_worker';
SELECT SUM(qty) AS total, IS_MEMBER('nl_readers') AS in_role, IS_MEMBER('db_owner') AS owner_ FROM dbo.nl_orders;
INSERT dbo.nl_orders VALUES (3, 1);
REVERT;
GO
EXECUTE AS USER = 'nl_worker';
BEGIN TRY
  USE master;
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS err, ERROR_SEVERITY() AS severity,
         CASE WHEN ERROR_MESSAGE() LIKE 'The server principal "S-1-9-3-%" is not able to access the database "master" under the current security context.'
              THEN 1 ELSE 0 END AS names_sid_and_master;
END CATCH
SELECT DB_NAME() AS still_in, USER_NAME() AS still_as;
REVERT;
GO
EXECUTE AS USER = 'nl_readers';
GO
CREATE PROCEDURE dbo.nl_whoami AS SELECT USER_NAME() AS in_procedure;
GO
GRANT EXECUTE ON dbo.nl_whoami TO nl_worker;
EXECUTE AS USER = 'nl_worker';
CREATE TABLE #nl_scratch (i int);
INSERT #nl_scratch VALUES (1);
SELECT COUNT(*) AS temp_rows FROM #nl_scratch;
EXEC sp_executesql N'SELECT USER_NAME() AS in_dynamic_sql';
EXEC dbo.nl_whoami;
REVERT;
GO
CREATE USER nl_stays WITHOUT LOGIN;
EXECUTE AS USER = 'nl_stays' WITH NO REVERT;
SELECT USER_NAME() AS no_revert_user;
REVERT;
GO
-- connect: login=sa
DROP USER nl_worker;
SELECT COUNT(*) AS left_ FROM sys.database_principals WHERE name = N'nl_worker';
