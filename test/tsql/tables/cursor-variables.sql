CREATE TABLE #t (id int NOT NULL);
INSERT INTO #t VALUES (1), (2), (3);
GO
DECLARE @id int, @seen varchar(50) = '';
DECLARE @c CURSOR;
SELECT CURSOR_STATUS('variable', '@c') AS unallocated;
SET @c = CURSOR LOCAL FAST_FORWARD FOR SELECT id FROM #t ORDER BY id;
SELECT CURSOR_STATUS('variable', '@c') AS allocated;
OPEN @c;
SELECT CURSOR_STATUS('variable', '@c') AS opened, @@CURSOR_ROWS AS cursor_rows;
FETCH NEXT FROM @c INTO @id;
WHILE @@FETCH_STATUS = 0
BEGIN
  SET @seen = @seen + CAST(@id AS varchar(5)) + ' ';
  FETCH NEXT FROM @c INTO @id;
END
CLOSE @c;
SELECT CURSOR_STATUS('variable', '@c') AS closed;
DEALLOCATE @c;
SELECT @seen AS seen, CURSOR_STATUS('variable', '@nope') AS missing;
GO
DECLARE @c CURSOR;
BEGIN TRY
  OPEN @c;
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m;
END CATCH
GO
DECLARE @id int, @a CURSOR, @b CURSOR;
SET @a = CURSOR SCROLL STATIC FOR SELECT id FROM #t ORDER BY id;
OPEN @a;
SELECT @@CURSOR_ROWS AS static_rows;
SET @b = @a;
FETCH LAST FROM @b INTO @id;
SELECT @id AS last_via_b;
DEALLOCATE @a;
FETCH PRIOR FROM @b INTO @id;
SELECT @id AS prior_via_b, CURSOR_STATUS('variable', '@b') AS b_status, @@CURSOR_ROWS AS still_open;
DEALLOCATE @b;
SELECT @@CURSOR_ROWS AS after_last_reference;
GO
