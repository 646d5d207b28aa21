SELECT @@NESTLEVEL AS nest, @@TRANCOUNT AS tc, @@DATEFIRST AS df, CAST(@@LANGUAGE AS nvarchar(20)) AS lang, @@MAX_PRECISION AS maxp;
GO
SELECT SUSER_SNAME() AS login_, USER_NAME() AS user_, IS_SRVROLEMEMBER('sysadmin') AS sysadmin, CAST(SYSTEM_USER AS nvarchar(20)) AS sys_user;
GO
SELECT SQL_VARIANT_PROPERTY(@@SPID, 'BaseType') AS spid, SQL_VARIANT_PROPERTY(@@VERSION, 'BaseType') AS version_,
       SQL_VARIANT_PROPERTY(@@SERVERNAME, 'BaseType') AS servername, SQL_VARIANT_PROPERTY(NEWID(), 'BaseType') AS newid_,
       SQL_VARIANT_PROPERTY(ROWCOUNT_BIG(), 'BaseType') AS rcb;
GO
SELECT CASE WHEN @@SPID > 0 THEN 'yes' ELSE 'no' END AS spid_positive, CASE WHEN NEWID() <> NEWID() THEN 'yes' ELSE 'no' END AS newid_differs,
       LEN(CAST(NEWID() AS varchar(36))) AS guid_len;
GO
SELECT ISNUMERIC('12') AS i12, ISNUMERIC('abc') AS iabc, ISNUMERIC('$') AS idollar, ISNUMERIC('1e5') AS iexp, ISNUMERIC(NULL) AS inull;
GO
SELECT ABS(-5) AS a, POWER(2, 10) AS p, SQRT(16.0) AS sq, SIGN(-3) AS s, CAST(FLOOR(2.7) AS int) AS fl, CAST(CEILING(2.1) AS int) AS ce,
       CAST(ROUND(2.567, 2) AS decimal(6,3)) AS r, CAST(ROUND(-2.5, 0) AS decimal(6,3)) AS rn, CAST(ROUND(123.456, -1) AS decimal(6,3)) AS rneg;
GO
SELECT 1 UNION ALL SELECT 2;
SELECT @@ROWCOUNT AS rc, @@ERROR AS err;
GO
DECLARE @e int;
SET @e = 1 / 0;
SELECT @@ERROR AS after_error;
SELECT @@ERROR AS reset;
GO
SELECT CAST(SERVERPROPERTY('Collation') AS nvarchar(128)) AS coll, CAST(SERVERPROPERTY('IsIntegratedSecurityOnly') AS int) AS integrated_only,
       CAST(DATABASEPROPERTYEX('master', 'Collation') AS nvarchar(128)) AS master_coll;
GO
