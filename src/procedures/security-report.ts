// Shared by the security report procedures (sp_helprole, sp_helprolemember, sp_helpsrvrolemember,
// sp_helplogins, sp_helprotect): SQL Server's bodies report a bad argument with
// RAISERROR(n, -1, -1, arg) (the message's own severity, state 1) and RETURN 1.
import type { ProcedureContext } from '../engine/procedure-registry';
import { nstr } from './catalog-sql';

export async function raiseAndFail(ctx: ProcedureContext, number: number, ...args: string[]): Promise<number> {
  await ctx.executeSql(`RAISERROR(${number}, -1, -1${args.map((a) => `, ${nstr(a)}`).join('')});`);
  return 1;
}
