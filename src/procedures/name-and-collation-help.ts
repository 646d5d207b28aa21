// sp_helpsort, sp_validname and sp_helptrigger: informational procedures over the server's
// collation, identifier rules and a table's triggers.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-helpsort-transact-sql
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-validname-transact-sql
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-helptrigger-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text } from './catalog-sql';
import { raiseAndFail } from './security-report';

const SYSNAME = { kind: 'nvarchar', length: 128 } as const;

// sys.fn_helpcollations' description of the collations a server can be installed with here; the
// server collation is read from SERVERPROPERTY so the two never disagree. SQL Server answers
// blank for a collation it cannot describe, so an unknown one gives an empty string.
const COLLATION_DESCRIPTIONS: Readonly<Record<string, string>> = {
  SQL_Latin1_General_CP1_CI_AS: 'Latin1-General, case-insensitive, accent-sensitive, kanatype-insensitive, width-insensitive for Unicode Data, SQL Server Sort Order 52 on Code Page 1252 for non-Unicode Data',
  SQL_Latin1_General_CP1_CS_AS: 'Latin1-General, case-sensitive, accent-sensitive, kanatype-insensitive, width-insensitive for Unicode Data, SQL Server Sort Order 51 on Code Page 1252 for non-Unicode Data',
};

export const spHelpSort: ProcedureDefinition = {
  name: 'sp_helpsort',
  home: 'system',
  permission: 'public',
  parameters: [],
  async run(ctx) {
    const [server] = await ctx.querySql(`SELECT CONVERT(sysname, SERVERPROPERTY('Collation'))`);
    const collation = String(server?.rows[0]?.[0] ?? '');
    await ctx.resultSet([{ name: 'Server default collation', type: { kind: 'nvarchar', length: 1000 }, nullable: true }],
      [[COLLATION_DESCRIPTIONS[collation] ?? '']]);
    return 0;
  },
};

/** Any non-empty sysname without a binary zero (or U+FFFF, the non-character) is a valid identifier. */
export const spValidName: ProcedureDefinition = {
  name: 'sp_validname',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@name', type: SYSNAME }, { name: '@raise_error', type: { kind: 'bit' }, default: true }],
  async run(ctx, args) {
    const name = text(args.value('@name'));
    const raise = Boolean(args.value('@raise_error'));
    if (name === undefined || name === '') return raise ? raiseAndFail(ctx, 15004) : 1;
    if (name.includes('\u0000') || name.includes('\uffff')) return raise ? raiseAndFail(ctx, 15006, name) : 1;
    return 0;
  },
};

/** msxd has no DML triggers (sys.triggers is always empty), so a real table gets the empty result. */
export const spHelpTrigger: ProcedureDefinition = {
  name: 'sp_helptrigger',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@tabname', type: { kind: 'nvarchar', length: 776 } }, { name: '@triggertype', type: { kind: 'char', length: 6 }, default: null }],
  async run(ctx, args) {
    const table = text(args.value('@tabname')) ?? '';
    const [found] = await ctx.querySql(`SELECT o.object_id, DB_NAME() FROM sys.objects o
  WHERE o.object_id = OBJECT_ID(${nstr(table)}) AND o.type IN ('U', 'V')`);
    const row = found?.rows[0];
    if (row === undefined) {
      const [db] = await ctx.querySql('SELECT DB_NAME()');
      return raiseAndFail(ctx, 15009, table, String(db?.rows[0]?.[0] ?? ''));
    }
    const int = { kind: 'int' } as const;
    await ctx.resultSet([
      { name: 'trigger_name', type: SYSNAME, nullable: false },
      { name: 'trigger_owner', type: SYSNAME, nullable: true },
      { name: 'isupdate', type: int, nullable: true },
      { name: 'isdelete', type: int, nullable: true },
      { name: 'isinsert', type: int, nullable: true },
      { name: 'isafter', type: int, nullable: true },
      { name: 'isinsteadof', type: int, nullable: true },
      { name: 'trigger_schema', type: SYSNAME, nullable: true },
    ], []);
    return 0;
  },
};
