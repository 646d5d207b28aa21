// sp_MSforeachdb @command1 [, @replacechar = N'?'] [, @command2] [, @command3] [, @precommand]
// [, @postcommand]: the undocumented master procedure DBA scripts and Agent job steps use to run
// commands in every database. SQL Server's body (sys.sp_MSforeachdb over sys.sp_MSforeach_worker)
// lists the databases that are accessible (not offline, suspect, restoring...), not SINGLE_USER
// and HAS_DBACCESS for the caller, and replaces the character with the bare name, which is why
// scripts write 'USE [?]'. public may execute it; what a command does is checked as usual.
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { COMMAND_PARAMETERS, PRE_POST_PARAMETERS, forEachName, foreachCommands, runDynamic } from './foreach-worker';

/**
 * state 0 is ONLINE, user_access 1 SINGLE_USER (sys.databases); SQL Server's cursor has no ORDER BY
 * and reads sysdatabases in dbid order. The list is read before any command runs.
 */
const DATABASES = `SELECT name FROM sys.databases WHERE state = 0 AND user_access <> 1 AND HAS_DBACCESS(name) = 1 ORDER BY database_id`;

export const spMSforeachdb: ProcedureDefinition = {
  name: 'sp_MSforeachdb',
  home: 'system',
  permission: 'public',
  parameters: [...COMMAND_PARAMETERS, ...PRE_POST_PARAMETERS],
  async run(ctx, args) {
    const text = (name: string): string | null => { const v = args.value(name); return v === null ? null : String(v); };
    await runDynamic(ctx, text('@precommand'));
    const [list] = await ctx.querySql(DATABASES);
    const names = (list?.rows ?? []).map((r) => String(r[0]));
    await forEachName(ctx, names, foreachCommands((n) => args.value(n)));
    await runDynamic(ctx, text('@postcommand'));
    return 0;
  },
};
