CREATE TABLE #t (id int NOT NULL);
INSERT INTO #t VALUES (1), (2), (3);
GO
SELECT @@CURSOR_ROWS AS none_opened;
DECLARE c CURSOR GLOBAL STATIC FOR SELECT id FROM #t;
SELECT CURSOR_STATUS('global', 'c') AS after_declare, CURSOR_STATUS('local', 'c') AS as_local;
OPEN c;
SELECT CURSOR_STATUS('global', 'c') AS after_open, @@CURSOR_ROWS AS cursor_rows;
CLOSE c;
SELECT CURSOR_STATUS('global', 'c') AS after_close, @@CURSOR_ROWS AS cursor_rows;
DEALLOCATE c;
SELECT CURSOR_STATUS('global', 'c') AS after_deallocate;
GO
DECLARE e CURSOR LOCAL STATIC FOR SELECT id FROM #t WHERE id > 10;
OPEN e;
SELECT CURSOR_STATUS('local', 'e') AS empty_static, CURSOR_STATUS('global', 'e') AS as_global, @@CURSOR_ROWS AS cursor_rows;
DEALLOCATE e;
SELECT @@CURSOR_ROWS AS after_deallocate;
GO
DECLARE d CURSOR LOCAL DYNAMIC FOR SELECT id FROM #t WHERE id > 10;
OPEN d;
SELECT CURSOR_STATUS('local', 'd') AS dynamic_empty, @@CURSOR_ROWS AS dynamic_rows;
DECLARE k CURSOR LOCAL KEYSET FOR SELECT id FROM #t;
OPEN k;
SELECT @@CURSOR_ROWS AS keyset_rows;
CLOSE k;
SELECT @@CURSOR_ROWS AS last_closed, CURSOR_STATUS('local', 'd') AS other_still_open;
DEALLOCATE d;
DEALLOCATE k;
GO
DECLARE g CURSOR FOR SELECT id FROM #t;
OPEN g;
IF CURSOR_STATUS('global', 'g') >= -1
BEGIN
  IF CURSOR_STATUS('global', 'g') > -1 CLOSE g;
  DEALLOCATE g;
END
SELECT CURSOR_STATUS('global', 'g') AS cleaned, CURSOR_STATUS('local', 'nope') AS missing,
  CURSOR_STATUS('global', NULL) AS null_name;
GO
