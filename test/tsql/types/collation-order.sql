-- ORDER BY, range comparisons and MIN/MAX on Unicode strings under the default collation put
-- whitespace and punctuation before digits and digits before letters (SQL Server's dictionary
-- order), case-insensitively; the interpreter (variables) and queries over tables agree.
CREATE TABLE dbo.names (name nvarchar(40) NOT NULL);
INSERT dbo.names VALUES (N'jobs'), (N'job_history'), (N'Job2'), (N'job 1'), (N'database_files'), (N'data_spaces'),
  (N'Zeta'), (N'alpha'), (N'10'), (N'9');
GO
SELECT name FROM dbo.names ORDER BY name;
GO
SELECT COUNT(*) AS below_jobs FROM dbo.names WHERE name < N'JOBS';
SELECT MIN(name) AS lowest, MAX(name) AS highest FROM dbo.names;
SELECT name FROM dbo.names WHERE name BETWEEN N'data_' AND N'database_z' ORDER BY name DESC;
GO
DECLARE @a nvarchar(20) = N'job_history', @b nvarchar(20) = N'jobs';
SELECT CASE WHEN @a < @b THEN 'underscore first' ELSE 'letter first' END AS variables;
GO
DROP TABLE dbo.names;
