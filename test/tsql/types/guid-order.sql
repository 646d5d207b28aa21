-- uniqueidentifier order ("Comparing GUID and uniqueidentifier Values", .NET SqlGuid): bytes
-- 10-15 count most, then 8-9, 6-7, 4-5 and 0-3; the first three groups are stored little-endian,
-- so inside each of them the last byte written counts first. Each value has one non-zero byte.
CREATE TABLE dbo.gord (id int NOT NULL, g uniqueidentifier NOT NULL);
INSERT dbo.gord VALUES
  (1, '01000000-0000-0000-0000-000000000000'),
  (2, '00000001-0000-0000-0000-000000000000'),
  (3, '00000000-0100-0000-0000-000000000000'),
  (4, '00000000-0001-0000-0000-000000000000'),
  (5, '00000000-0000-0100-0000-000000000000'),
  (6, '00000000-0000-0001-0000-000000000000'),
  (7, '00000000-0000-0000-0100-000000000000'),
  (8, '00000000-0000-0000-0001-000000000000'),
  (9, '00000000-0000-0000-0000-010000000000'),
  (10, '00000000-0000-0000-0000-000000000001'),
  (11, '00010000-0000-0000-0000-000000000000');
GO
SELECT id FROM dbo.gord ORDER BY g;
GO
SELECT COUNT(*) AS below_group_three FROM dbo.gord WHERE g < CAST('00000000-0000-0000-0001-000000000000' AS uniqueidentifier);
GO
DECLARE @a uniqueidentifier = '00000001-0000-0000-0000-000000000000', @b uniqueidentifier = '01000000-0000-0000-0000-000000000000';
DECLARE @c uniqueidentifier = '00000000-0000-0001-0000-000000000000', @d uniqueidentifier = '00000000-0000-0100-0000-000000000000';
SELECT CASE WHEN @a > @b THEN 'last byte of group 1 counts more' ELSE 'first byte counts more' END AS group_one,
       CASE WHEN @c > @d THEN 'last byte of group 3 counts more' ELSE 'first byte counts more' END AS group_three;
GO
DROP TABLE dbo.gord;
