CREATE TABLE dbo.emp (id int NOT NULL PRIMARY KEY, name varchar(10) NOT NULL, dept varchar(5) NULL, salary int NOT NULL, boss int NULL);
INSERT dbo.emp VALUES (1, 'Ann', 'IT', 100, NULL), (2, 'Bob', 'IT', 80, 1), (3, 'Cid', 'HR', 70, 1),
  (4, 'Dee', 'HR', 90, 3), (5, 'Eve', NULL, 60, 4), (6, 'Fay', 'IT', 80, 2);
CREATE TABLE dbo.dept (code varchar(5) NOT NULL PRIMARY KEY, title varchar(20) NOT NULL);
INSERT dbo.dept VALUES ('IT', 'Technology'), ('HR', 'People'), ('FIN', 'Finance');
GO
SELECT TOP (2) name, salary FROM dbo.emp ORDER BY salary DESC, name;
SELECT TOP (50) PERCENT name FROM dbo.emp ORDER BY id;
SELECT TOP (2) WITH TIES name, salary FROM dbo.emp ORDER BY salary DESC;
GO
SELECT DISTINCT dept FROM dbo.emp ORDER BY dept;
SELECT COUNT(DISTINCT dept) AS depts, COUNT(dept) AS with_dept, COUNT(*) AS all_rows FROM dbo.emp;
GO
SELECT e.name, d.title FROM dbo.emp AS e INNER JOIN dbo.dept AS d ON d.code = e.dept ORDER BY e.id;
GO
SELECT e.name, d.title FROM dbo.emp AS e LEFT JOIN dbo.dept AS d ON d.code = e.dept WHERE e.id >= 4 ORDER BY e.id;
SELECT d.code, e.name FROM dbo.emp AS e RIGHT OUTER JOIN dbo.dept AS d ON d.code = e.dept WHERE e.id IS NULL;
SELECT e.name, d.code FROM dbo.emp AS e FULL OUTER JOIN dbo.dept AS d ON d.code = e.dept WHERE e.id IS NULL OR d.code IS NULL ORDER BY e.name;
GO
SELECT COUNT(*) AS pairs FROM dbo.emp CROSS JOIN dbo.dept;
SELECT e.name, b.name AS boss FROM dbo.emp AS e JOIN dbo.emp AS b ON b.id = e.boss WHERE e.id IN (2, 5) ORDER BY e.id;
GO
SELECT d.code, top_earner.name FROM dbo.dept AS d
CROSS APPLY (SELECT TOP (1) e.name FROM dbo.emp AS e WHERE e.dept = d.code ORDER BY e.salary DESC) AS top_earner
ORDER BY d.code;
SELECT d.code, x.cnt FROM dbo.dept AS d
OUTER APPLY (SELECT COUNT(*) AS cnt FROM dbo.emp AS e WHERE e.dept = d.code HAVING COUNT(*) > 0) AS x
ORDER BY d.code;
GO
SELECT name, (SELECT title FROM dbo.dept WHERE code = e.dept) AS title FROM dbo.emp AS e WHERE id = 3;
SELECT name FROM dbo.emp WHERE dept IN (SELECT code FROM dbo.dept WHERE title LIKE 'P%') ORDER BY name;
SELECT code FROM dbo.dept AS d WHERE NOT EXISTS (SELECT 1 FROM dbo.emp AS e WHERE e.dept = d.code);
SELECT name FROM dbo.emp AS e WHERE salary > (SELECT AVG(salary) FROM dbo.emp AS i WHERE i.dept = e.dept) ORDER BY name;
GO
SELECT name FROM dbo.emp WHERE salary = (SELECT salary FROM dbo.emp WHERE dept = 'IT');
GO
SELECT dept, COUNT(*) AS cnt, SUM(salary) AS total, AVG(salary) AS avg_int, MIN(name) AS first_name, MAX(salary) AS top_salary
FROM dbo.emp GROUP BY dept ORDER BY dept;
GO
SELECT dept, SUM(salary) AS total FROM dbo.emp WHERE dept IS NOT NULL GROUP BY dept HAVING SUM(salary) > 200;
SELECT AVG(CAST(salary AS decimal(10,2))) AS avg_dec, COUNT_BIG(*) AS big, STDEV(salary) * 0 AS zero_f FROM dbo.emp;
GO
SELECT name, salary FROM dbo.emp GROUP BY dept;
GO
SELECT id, name FROM dbo.emp ORDER BY id OFFSET 2 ROWS FETCH NEXT 2 ROWS ONLY;
SELECT id FROM dbo.emp ORDER BY id DESC OFFSET 5 ROWS;
GO
SELECT dept FROM dbo.emp WHERE dept IS NOT NULL UNION SELECT code FROM dbo.dept ORDER BY 1;
SELECT dept FROM dbo.emp WHERE dept = 'HR' UNION ALL SELECT code FROM dbo.dept WHERE code = 'HR';
SELECT code FROM dbo.dept EXCEPT SELECT dept FROM dbo.emp;
SELECT code FROM dbo.dept INTERSECT SELECT dept FROM dbo.emp ORDER BY code;
GO
WITH it AS (SELECT id, name FROM dbo.emp WHERE dept = 'IT')
SELECT name FROM it WHERE id > 1 ORDER BY name;
GO
WITH chain AS (
  SELECT id, name, boss, 0 AS depth FROM dbo.emp WHERE boss IS NULL
  UNION ALL
  SELECT e.id, e.name, e.boss, c.depth + 1 FROM dbo.emp AS e JOIN chain AS c ON e.boss = c.id
)
SELECT name, depth FROM chain ORDER BY depth, name;
GO
WITH n AS (SELECT 1 AS i UNION ALL SELECT i + 1 FROM n WHERE i < 5)
SELECT SUM(i) AS total FROM n;
GO
SELECT name, dept, salary,
  ROW_NUMBER() OVER (ORDER BY salary DESC, id) AS rn,
  RANK() OVER (ORDER BY salary DESC) AS rnk,
  DENSE_RANK() OVER (ORDER BY salary DESC) AS drnk,
  SUM(salary) OVER (PARTITION BY dept) AS dept_total,
  LAG(name) OVER (ORDER BY id) AS prev_name
FROM dbo.emp ORDER BY id;
GO
SELECT id, SUM(salary) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running,
       NTILE(2) OVER (ORDER BY id) AS half, FIRST_VALUE(name) OVER (PARTITION BY dept ORDER BY salary, id) AS lowest
FROM dbo.emp WHERE dept = 'IT' ORDER BY id;
GO
SELECT id, name INTO dbo.emp_copy FROM dbo.emp WHERE salary >= 80;
SELECT COUNT(*) AS copied FROM dbo.emp_copy;
GO
SELECT name FROM dbo.emp WHERE name LIKE 'a%' OR name = 'BOB' ORDER BY name;
SELECT name FROM dbo.emp ORDER BY dept DESC, name OFFSET 0 ROWS FETCH FIRST 2 ROWS ONLY;
GO
SELECT STRING_AGG(name, ',') WITHIN GROUP (ORDER BY name) AS names FROM dbo.emp WHERE dept = 'IT';
GO
