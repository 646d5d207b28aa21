// What sp_MSforeachdb and sp_MSforeachtable share, as SQL Server's sys.sp_MSforeach_worker does it:
// for each name of the list, @command1, @command2 and @command3 (those not NULL) each with every
// occurrence of @replacechar replaced by the name, each run as its own EXEC (@command): dynamic SQL
// in the caller's session, its own result sets and messages. Dynamic-SQL error rules follow from
// that: a statement-terminating error ends one statement of the command, a scope-aborting one
// (208) the command, and both let the iteration go on; a batch-aborting error (conversion, THROW,
// XACT_ABORT ON) ends the caller's batch and with it the iteration. USE inside a command lasts
// until the command's end ("EXECUTE (Transact-SQL)": changes in database context last only until
// the end of the EXECUTE statement), so 'USE [?]; ...' works in each database.
import type { ProcedureContext } from '../engine/procedure-registry';
import { typed } from '../types/typed-value';
import type { SqlValue } from '../types/values';

const NVARCHAR_MAX = { kind: 'nvarchar', length: 'max' } as const;
/** SQL Server's declared width of the command parameters */
export const COMMAND_TYPE = { kind: 'nvarchar', length: 2000 } as const;

/** the parameters both procedures declare, in SQL Server's order up to @command3 */
export const COMMAND_PARAMETERS = [
  { name: '@command1', type: COMMAND_TYPE },
  { name: '@replacechar', type: { kind: 'nchar', length: 1 }, default: '?' },
  { name: '@command2', type: COMMAND_TYPE, default: null },
  { name: '@command3', type: COMMAND_TYPE, default: null },
] as const;

export const PRE_POST_PARAMETERS = [
  { name: '@precommand', type: COMMAND_TYPE, default: null },
  { name: '@postcommand', type: COMMAND_TYPE, default: null },
] as const;

export interface ForeachCommands {
  readonly commands: readonly (string | null)[];
  readonly replaceChar: string | null;
}

export function foreachCommands(value: (name: string) => SqlValue): ForeachCommands {
  const str = (v: SqlValue): string | null => (v === null ? null : String(v));
  return {
    commands: [str(value('@command1')), str(value('@command2')), str(value('@command3'))],
    replaceChar: str(value('@replacechar')),
  };
}

/** Runs the commands once per name, in the list's order. */
export async function forEachName(ctx: ProcedureContext, names: readonly string[], spec: ForeachCommands): Promise<void> {
  for (const name of names) {
    for (const command of spec.commands) {
      // REPLACE(NULL, ...) and REPLACE(..., NULL, ...) are NULL, and EXEC (NULL) runs nothing.
      if (command === null || spec.replaceChar === null) continue;
      await runDynamic(ctx, replaceEvery(command, spec.replaceChar, name));
    }
  }
}

/** EXEC (@command) as the worker runs @precommand and @postcommand (NULL runs nothing). */
export async function runDynamic(ctx: ProcedureContext, command: string | null): Promise<void> {
  if (command === null) return;
  await ctx.executeSql('EXEC (@__msxd_command)', new Map([['@__msxd_command', typed(NVARCHAR_MAX, command)]]));
}

/**
 * Every occurrence of `char` replaced by `name`, compared as REPLACE compares under the server's
 * case-insensitive collation (a letter as the replace character matches both cases). nchar(1)
 * pads N'' to a space, as SQL Server's parameter does; an empty string (only from a direct call)
 * leaves the command as it is.
 */
export function replaceEvery(command: string, char: string, name: string): string {
  if (char.length === 0) return command;
  const key = char.toLowerCase();
  let out = '';
  for (const c of command) out += c.toLowerCase() === key ? name : c;
  return out;
}
