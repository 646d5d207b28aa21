-- msdb: dbo.agent_datetime(@date, @time), SQL Server's helper (undocumented, but in every msdb and
-- in most Agent-history queries) that turns the Agent's integer dates (yyyymmdd: run_date,
-- last_run_date, next_run_date ...) and times (hhmmss) into one datetime.
--
-- It reads like SQL Server's own: each part is written as text (the year in at most 4 characters,
-- the others in 2, so an over-long part fails with 8115), the parts are joined as 'y-m-d h:m:s'
-- and read with CONVERT style 120. An impossible date or time therefore fails as that conversion
-- does (242: run_date 0 of a job that never ran, a day 30 in February, 240000), and a NULL part
-- gives NULL.
--
-- No permission is granted, as in SQL Server: sysadmin and msdb's db_owner may call it, others
-- need GRANT EXECUTE ON dbo.agent_datetime (monitoring tools ask for exactly that).
CREATE OR ALTER FUNCTION dbo.agent_datetime (@date int, @time int)
RETURNS datetime
AS
BEGIN
    RETURN CONVERT(datetime,
        CONVERT(nvarchar(4), @date / 10000) + N'-'
        + CONVERT(nvarchar(2), @date / 100 % 100) + N'-'
        + CONVERT(nvarchar(2), @date % 100) + N' '
        + CONVERT(nvarchar(2), @time / 10000) + N':'
        + CONVERT(nvarchar(2), @time / 100 % 100) + N':'
        + CONVERT(nvarchar(2), @time % 100),
        120);
END
GO
