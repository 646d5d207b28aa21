-- IDENT_SEED, IDENT_INCR and IDENT_CURRENT on a #temp table, named 'tempdb..#t' or '#t': the seed
-- before the first insert, the last value handed out after inserts (a DELETE keeps it), the seed
-- again after TRUNCATE TABLE. NULL for a #temp table without an identity column or no such table.
CREATE TABLE #tid (id int IDENTITY(5, 3), v int);
CREATE TABLE #tid_plain (v int);
GO
SELECT IDENT_SEED('tempdb..#tid') AS seed, IDENT_INCR('tempdb..#tid') AS incr, IDENT_CURRENT('tempdb..#tid') AS cur,
       IDENT_SEED('#tid') AS seed1, IDENT_INCR('#tid') AS incr1, IDENT_CURRENT('#tid') AS cur1;
GO
INSERT #tid (v) VALUES (1), (2);
SELECT IDENT_CURRENT('tempdb..#tid') AS cur, IDENT_CURRENT('#tid') AS cur1, IDENT_SEED('#tid') AS seed1;
GO
DELETE #tid;
SELECT IDENT_CURRENT('tempdb..#tid') AS after_delete;
GO
TRUNCATE TABLE #tid;
SELECT IDENT_CURRENT('tempdb..#tid') AS after_truncate, IDENT_CURRENT('#tid') AS after_truncate1;
GO
INSERT #tid (v) VALUES (3);
SELECT id, IDENT_CURRENT('tempdb..#tid') AS cur FROM #tid;
GO
SELECT IDENT_SEED('tempdb..#tid_plain') AS seed, IDENT_INCR('#tid_plain') AS incr, IDENT_CURRENT('#tid_plain') AS cur,
       IDENT_CURRENT('tempdb..#tid_nope') AS missing;
GO
DROP TABLE #tid, #tid_plain;
