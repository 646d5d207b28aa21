-- A bare NULL has no type of its own where rows of several members meet: in a UNION / UNION ALL /
-- EXCEPT column and in a table value constructor's column the other members decide the type
-- ("Data type precedence": NULL constants are typeless); NULL alone is int.
SELECT 'seven' AS c UNION ALL SELECT NULL;
GO
SELECT NULL AS c UNION ALL SELECT N'eight' UNION ALL SELECT NULL;
GO
SELECT c FROM (VALUES ('nine'), (NULL)) AS v(c);
GO
SELECT NULL AS c UNION SELECT NULL;
GO
SELECT 1.5 AS c UNION ALL SELECT NULL UNION ALL SELECT 2;
GO
