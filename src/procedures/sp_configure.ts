// sp_configure [[@configname =] 'option_name' [, [@configvalue =] value]]: lists or changes the
// server configuration options of sys.configurations.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-configure-transact-sql
// - no name: every option (advanced ones only while 'show advanced options' *runs* at 1), by name;
// - a name: the options whose name is LIKE '%name%' (so any unique part of a name works, and an
//   exact name wins over longer ones containing it); none visible: 15123, several: 15124 and a
//   duplicate_options result set;
// - a value too: sysadmin only (15247), within minimum..maximum (15129), then 15457 (severity 10)
//   reports the configured value's change; RECONFIGURE or a restart installs it.
// Listing is open to public. SQL Server's sp_configure is T-SQL with SET NOCOUNT ON: no counts.
import type { ProcedureContext, ProcedureDefinition } from '../engine/procedure-registry';
import { messageDef } from '../errors/catalog';
import { INT, typed, type Typed } from '../types/typed-value';
import { withNocount } from './catalog-sql';

const CONFIGNAME = { kind: 'varchar', length: 35 } as const;
const MESSAGE_ARG = { kind: 'nvarchar', length: 128 } as const;

/** sys.configurations.configuration_id of 'show advanced options' (documented, fixed). */
const SHOW_ADVANCED_OPTIONS = 518;

/**
 * The lines SQL Server 2022's sp_configure body raises these messages from, as clients print them
 * ("Msg 15123, Level 16, State 1, Procedure sp_configure, Line 62"). 15124's and 15129's lines in
 * 2022 were not found published: they are reported at line 1.
 */
const SQL_SERVER_LINES: Readonly<Record<number, number>> = { 15123: 62, 15247: 105, 15457: 196 };

const LIST_COLUMNS = `CAST(name AS nvarchar(35)) AS name, CAST(minimum AS int) AS minimum, CAST(maximum AS int) AS maximum,
  CAST(value AS int) AS config_value, CAST(value_in_use AS int) AS run_value`;

const VISIBLE = `(is_advanced = 0 OR EXISTS (SELECT 1 FROM sys.configurations
  WHERE configuration_id = ${SHOW_ADVANCED_OPTIONS} AND CAST(value_in_use AS int) = 1))`;

interface Option {
  readonly id: number;
  readonly name: string;
  readonly minimum: number;
  readonly maximum: number;
  readonly value: number;
}

export const spConfigure: ProcedureDefinition = {
  name: 'sp_configure',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@configname', type: CONFIGNAME, default: null },
    { name: '@configvalue', type: INT, default: null },
  ],
  async run(ctx, args) {
    const name = args.value('@configname');
    if (name === null) {
      await ctx.executeSql(withNocount(`SELECT ${LIST_COLUMNS} FROM sys.configurations WHERE ${VISIBLE} ORDER BY name;`));
      return 0;
    }
    const given = String(name);
    const found = await matching(ctx, given);
    if (found.length === 0) return raise(ctx, 15123, given);
    const exact = found.filter((o) => o.name.toLowerCase() === given.trimEnd().toLowerCase());
    const option = found.length === 1 ? found[0] : exact.length === 1 ? exact[0] : undefined;
    if (!option) {
      await raise(ctx, 15124, given);
      await ctx.executeSql(withNocount(`SELECT CAST(name AS nvarchar(35)) AS duplicate_options FROM sys.configurations
        WHERE name LIKE N'%' + @configname + N'%' AND ${VISIBLE} ORDER BY name;`), nameParam(given));
      return 1;
    }
    const value = args.value('@configvalue');
    if (value === null) {
      await ctx.executeSql(withNocount(`SELECT ${LIST_COLUMNS} FROM sys.configurations WHERE configuration_id = ${option.id};`));
      return 0;
    }
    if (!ctx.isSysadmin) return raise(ctx, 15247);
    const n = Number(value);
    if (n < option.minimum || n > option.maximum) return raise(ctx, 15129, n, option.name);
    await ctx.configure(option.id, n);
    await raise(ctx, 15457, option.name, option.value, n);
    return 0;
  },
};

async function matching(ctx: ProcedureContext, name: string): Promise<Option[]> {
  const [set] = await ctx.querySql(
    `SELECT configuration_id, name, CAST(minimum AS int), CAST(maximum AS int), CAST(value AS int)
     FROM sys.configurations WHERE name LIKE N'%' + @configname + N'%' AND ${VISIBLE} ORDER BY name;`,
    nameParam(name),
  );
  return (set?.rows ?? []).map(([id, n, minimum, maximum, value]) => ({
    id: Number(id), name: String(n), minimum: Number(minimum), maximum: Number(maximum), value: Number(value),
  }));
}

/**
 * RAISERROR(n, <its severity>, 1, ...) as sp_configure's own T-SQL raises it, at SQL Server's line
 * where known (the text starts with that many line breaks: the line is where the statement is).
 * The arguments are variables, not literals (-2147483648 written out would be a decimal).
 * Resolves to the return status: 1 after an error, 0 after an informational message.
 */
async function raise(ctx: ProcedureContext, n: number, ...args: (string | number)[]): Promise<number> {
  const severity = messageDef(n)?.severity ?? 16;
  const params = new Map(args.map((a, i) => [`@p${i}`, typeof a === 'number' ? typed(INT, a) : typed(MESSAGE_ARG, a)] as const));
  const lines = '\n'.repeat((SQL_SERVER_LINES[n] ?? 1) - 1);
  await ctx.executeSql(`${lines}RAISERROR(${[n, severity, 1, ...params.keys()].join(', ')});`, params);
  return severity > 10 ? 1 : 0;
}

function nameParam(name: string): ReadonlyMap<string, Typed> {
  return new Map([['@configname', typed(CONFIGNAME, name)]]);
}
