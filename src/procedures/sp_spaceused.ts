// sp_spaceused [[@objname =] 'name'] [, [@updateusage =] 'true'|'false'] [, [@mode =] ...]
// [, [@oneresultset =] 0|1]: space of the current database (database_name, database_size,
// unallocated space; then reserved, data, index_size, unused) or of one table (name, rows,
// reserved, data, index_size, unused), formatted as SQL Server's body does (LTRIM(STR(n, 15, 0)) + ' KB').
// Pages come from sys.dm_db_partition_stats (SQLite's dbstat, partition-stats-view.ts) and
// sys.database_files; @updateusage changes nothing (the counts are always exact).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-spaceused-transact-sql
//
// The database form counts user tables only: msxd's catalogue tables are not objects (SQL
// Server counts its system tables too), so their pages show as unallocated space.
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text, withNocount } from './catalog-sql';

const kb = (pages: string): string => `LTRIM(STR(${pages} * 8, 15, 0) + ' KB')`;
const mb = (pages: string): string => `LTRIM(STR(${pages} * 8192 / 1048576.0, 15, 2) + ' MB')`;

const PAGE_SUMS = `DECLARE @__reserved bigint, @__used bigint, @__pages bigint, @__rows bigint;
SELECT @__reserved = coalesce(SUM(reserved_page_count), 0), @__used = coalesce(SUM(used_page_count), 0),
    @__pages = coalesce(SUM(CASE WHEN index_id < 2 THEN in_row_data_page_count + lob_used_page_count + row_overflow_used_page_count ELSE 0 END), 0),
    @__rows = coalesce(SUM(CASE WHEN index_id < 2 THEN row_count ELSE 0 END), 0)
  FROM sys.dm_db_partition_stats`;

const USAGE_COLUMNS = `CAST(${kb('@__reserved')} AS varchar(18)) AS reserved, CAST(${kb('@__pages')} AS varchar(18)) AS data,
    CAST(${kb('CASE WHEN @__used > @__pages THEN @__used - @__pages ELSE 0 END')} AS varchar(18)) AS index_size,
    CAST(${kb('CASE WHEN @__reserved > @__used THEN @__reserved - @__used ELSE 0 END')} AS varchar(18)) AS unused`;

function databaseSql(oneResultSet: boolean): string {
  const head = `DECLARE @__dbsize bigint = (SELECT SUM(CAST(size AS bigint)) FROM sys.database_files WHERE type = 0),
  @__logsize bigint = (SELECT SUM(CAST(size AS bigint)) FROM sys.database_files WHERE type = 1);
${PAGE_SUMS};
SELECT CAST(DB_NAME() AS nvarchar(128)) AS database_name, CAST(${mb('(@__dbsize + @__logsize)')} AS varchar(18)) AS database_size,
    CAST(${mb('CASE WHEN @__dbsize >= @__reserved THEN @__dbsize - @__reserved ELSE 0 END')} AS varchar(18)) AS [unallocated space]`;
  return oneResultSet ? `${head}, ${USAGE_COLUMNS};` : `${head};\nSELECT ${USAGE_COLUMNS};`;
}

function objectSql(name: string, database: string): string {
  const n = nstr(name);
  return `DECLARE @__id int = OBJECT_ID(${n});
IF @__id IS NULL
  RAISERROR(15009, 16, 1, ${n}, ${nstr(database)});
ELSE IF NOT EXISTS (SELECT 1 FROM sys.objects WHERE object_id = @__id AND type = 'U')
  RAISERROR(15234, 16, 1);
ELSE
BEGIN
  ${PAGE_SUMS} WHERE object_id = @__id;
  SELECT CAST(OBJECT_NAME(@__id) AS nvarchar(128)) AS name, CAST(CAST(@__rows AS varchar(20)) AS char(20)) AS rows, ${USAGE_COLUMNS};
END`;
}

export const spSpaceUsed: ProcedureDefinition = {
  name: 'sp_spaceused',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@objname', type: { kind: 'nvarchar', length: 776 }, default: null },
    { name: '@updateusage', type: { kind: 'varchar', length: 5 }, default: 'false' },
    { name: '@mode', type: { kind: 'varchar', length: 11 }, default: 'ALL' },
    { name: '@oneresultset', type: { kind: 'bit' }, default: false },
    { name: '@include_total_xtp_storage', type: { kind: 'bit' }, default: false },
  ],
  async run(ctx, args) {
    const update = text(args.value('@updateusage'))?.toLowerCase();
    if (update !== undefined && update !== 'true' && update !== 'false') {
      await ctx.executeSql(`RAISERROR(15143, 16, 1, ${nstr(text(args.value('@updateusage')))});`);
      return 1;
    }
    const name = text(args.value('@objname'));
    const body = name === undefined ? databaseSql(args.value('@oneresultset') === true) : objectSql(name, ctx.database);
    await ctx.executeSql(withNocount(body));
    return 0;
  },
};
