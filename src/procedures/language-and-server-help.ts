// sp_helplanguage [[@language =] 'language'] and sp_linkedservers.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-helplanguage-transact-sql
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-linkedservers-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import type { SqlValue } from '../types/values';
import { text } from './catalog-sql';
import { raiseAndFail } from './security-report';

const SYSNAME = { kind: 'nvarchar', length: 128 } as const;

// sys.syslanguages' rows for the languages SET LANGUAGE accepts: msxd knows us_english only
// (engine/session/set-options.ts LANGUAGES, alias English), with SQL Server's values for it.
const LANGUAGE_ROWS: readonly (readonly SqlValue[])[] = [
  [0, 'mdy', 7, 0, 'us_english', 'English',
    'January,February,March,April,May,June,July,August,September,October,November,December',
    'Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec', 'Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday', 1033, 1033],
];

const LANGUAGE_COLUMNS = [
  { name: 'langid', type: { kind: 'smallint' }, nullable: false },
  { name: 'dateformat', type: { kind: 'nchar', length: 3 }, nullable: false },
  { name: 'datefirst', type: { kind: 'tinyint' }, nullable: false },
  { name: 'upgrade', type: { kind: 'int' }, nullable: true },
  { name: 'name', type: SYSNAME, nullable: false },
  { name: 'alias', type: SYSNAME, nullable: false },
  { name: 'months', type: { kind: 'nvarchar', length: 372 }, nullable: true },
  { name: 'shortmonths', type: { kind: 'nvarchar', length: 132 }, nullable: true },
  { name: 'days', type: { kind: 'nvarchar', length: 217 }, nullable: true },
  { name: 'lcid', type: { kind: 'int' }, nullable: false },
  { name: 'msglangid', type: { kind: 'smallint' }, nullable: false },
] as const;

/** A language is found by its name, else by its alias (case-insensitive, as the server collation compares). */
export const spHelpLanguage: ProcedureDefinition = {
  name: 'sp_helplanguage',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@language', type: SYSNAME, default: null }],
  async run(ctx, args) {
    const wanted = text(args.value('@language'))?.toLowerCase();
    let rows = LANGUAGE_ROWS;
    if (wanted !== undefined) {
      const byName = LANGUAGE_ROWS.filter((r) => String(r[4]).toLowerCase() === wanted);
      rows = byName.length > 0 ? byName : LANGUAGE_ROWS.filter((r) => String(r[5]).toLowerCase() === wanted);
      if (rows.length === 0) return raiseAndFail(ctx, 15033, text(args.value('@language')) ?? '');
    }
    await ctx.resultSet(LANGUAGE_COLUMNS, rows);
    return 0;
  },
};

/** SQL Server lists sysservers, the local server's own row included, ordered by name. */
export const spLinkedServers: ProcedureDefinition = {
  name: 'sp_linkedservers',
  home: 'system',
  permission: 'public',
  parameters: [],
  async run(ctx) {
    await ctx.executeSql(`SELECT CAST(name AS sysname) AS SRV_NAME, CAST(provider AS nvarchar(128)) AS SRV_PROVIDERNAME,
    CAST(product AS nvarchar(128)) AS SRV_PRODUCT, CAST(data_source AS nvarchar(4000)) AS SRV_DATASOURCE,
    CAST(provider_string AS nvarchar(4000)) AS SRV_PROVIDERSTRING, CAST(location AS nvarchar(4000)) AS SRV_LOCATION,
    CAST(catalog AS sysname) AS SRV_CAT
  FROM sys.servers ORDER BY SRV_NAME`);
    return 0;
  },
};
