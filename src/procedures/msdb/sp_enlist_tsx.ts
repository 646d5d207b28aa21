// sp_enlist_tsx: what a target server's sp_msx_enlist / sp_msx_defect run on the MSX (through
// xp_msx_enlist). @Action 0 enlists, 1 defects, 2 updates the enlistment; 0 and 2 answer with
// the MSX's MSXOperator row, which the target keeps as its own MSXOperator. Each refusal has its
// own return code (reference msx-agent.md §2.1). A TargetServersRole login may re-enlist or
// defect only the targets it enlisted itself.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { MSX_OPERATOR_NAME } from '../../codes/msx-codes';
import { execSql, queryRow, raise } from './shared/agent-sql';
import { localServerName } from './shared/local-server';
import { datetimeLiteral, findTarget, isTargetServerLogin } from './msx/msx-sql';
import { nlit } from './shared/sql-text';
import { splitVersion } from './msx/msx-version';
import { INT, DATETIME, nvarchar, SYSNAME } from './msx/param-types';
import { removeTargetServer } from './msx/remove-target';
import { forgetEnlistingLogin, mayActFor, recordEnlistingLogin } from './msx/target-access';

const ACTION = { ENLIST: 0, DEFECT: 1, UPDATE: 2 } as const;
/** the oldest target server major version an MSX accepts */
const MIN_TSX_MAJOR = 9;

const OPERATOR_SELECT = `SELECT id, name, enabled, email_address, pager_address, netsend_address,
       weekday_pager_start_time, weekday_pager_end_time, saturday_pager_start_time, saturday_pager_end_time,
       sunday_pager_start_time, sunday_pager_end_time, pager_days
FROM msdb.dbo.sysoperators WHERE name = ${nlit(MSX_OPERATOR_NAME)};`;

/** this server is itself a target of another MSX: it has downloaded from one, or names one */
async function isTsx(ctx: Parameters<ProcedureDefinition['run']>[0]): Promise<boolean> {
  const r = await queryRow(ctx, `SELECT
    (SELECT COUNT(*) FROM msdb.dbo.sysoriginatingservers WHERE master_server = 1) AS masters`);
  return Number(r?.masters ?? 0) > 0;
}

export const spEnlistTsx: ProcedureDefinition = {
  name: 'sp_enlist_tsx',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@Action', type: INT },
    { name: '@ServerName', type: SYSNAME },
    { name: '@Location', type: nvarchar(200) },
    { name: '@TimeZoneAdjustment', type: INT },
    { name: '@LocalTime', type: DATETIME },
    { name: '@NTUserName', type: nvarchar(100) },
    { name: '@PollInterval', type: INT },
    { name: '@TSX_Version', type: INT, default: 0 },
  ],
  async run(ctx, args) {
    if (!(await isTargetServerLogin(ctx))) return raise(ctx, 15003, 'TargetServersRole');
    const rawAction = Number(args.value('@Action') ?? 0);
    const action = rawAction === ACTION.DEFECT || rawAction === ACTION.UPDATE ? rawAction : ACTION.ENLIST;
    if (action === ACTION.ENLIST) {
      const tsx = splitVersion(Number(args.value('@TSX_Version') ?? 0));
      if (tsx.major < MIN_TSX_MAJOR) {
        const msx = splitVersion(Number((await queryRow(ctx, 'SELECT @@MICROSOFTVERSION AS v'))?.v ?? 0));
        await raise(ctx, 14306, msx.major, msx.minor, msx.build);
        return 12;
      }
    }
    const rawName = args.value('@ServerName');
    if (rawName === null) { await raise(ctx, 14043, '@ServerName', 'sp_enlist_tsx'); return 2; }
    if (String(rawName).trim() === '') { await raise(ctx, 21263, '@ServerName'); return 3; }
    const ntUser = args.value('@NTUserName');
    if (ntUser === null) { await raise(ctx, 14043, '@NTUserName', 'sp_enlist_tsx'); return 4; }
    if (String(ntUser).trim() === '') { await raise(ctx, 21263, '@NTUserName'); return 5; }
    if (await isTsx(ctx)) { await raise(ctx, 14360, await localServerName(ctx)); return 6; }

    const name = String(rawName).trim().toUpperCase();
    if (!(await mayActFor(ctx, name))) return raise(ctx, 14260);
    if (action !== ACTION.DEFECT) {
      const operator = await queryRow(ctx, `SELECT id FROM msdb.dbo.sysoperators WHERE name = ${nlit(MSX_OPERATOR_NAME)}`);
      if (!operator) { await raise(ctx, 14363); return action === ACTION.ENLIST ? 9 : 10; }
    }
    const target = await findTarget(ctx, name);
    switch (action) {
      case ACTION.ENLIST: {
        // a server cannot be its own target (SQL Server refuses this in sp_msx_enlist, 14297)
        if (name === await localServerName(ctx)) return raise(ctx, 14297);
        await execSql(ctx, `INSERT INTO msdb.dbo.systargetservers (server_name, location, time_zone_adjustment, enlist_date,
    last_poll_date, status, local_time_at_last_poll, enlisted_by_nt_user, poll_interval)
  VALUES (${nlit(name)}, ${nlit(args.value('@Location'))}, ${Number(args.value('@TimeZoneAdjustment') ?? 0)}, GETDATE(), GETDATE(), 1,
    ${localTime(args)}, ${nlit(ntUser)}, ${Number(args.value('@PollInterval') ?? 0)});
IF @@ERROR = 0
BEGIN
  DELETE FROM msdb.dbo.sysdownloadlist WHERE target_server = ${nlit(name)};
  ${recordEnlistingLogin(name)}
END`);
        if (!(await findTarget(ctx, name))) return 1;
        await ctx.executeSql(OPERATOR_SELECT);
        return 0;
      }
      case ACTION.UPDATE: {
        if (!target) { await raise(ctx, 14364); return 11; }
        const location = args.value('@Location');
        await execSql(ctx, `UPDATE msdb.dbo.systargetservers
SET time_zone_adjustment = ${Number(args.value('@TimeZoneAdjustment') ?? 0)},
    poll_interval = ${Number(args.value('@PollInterval') ?? 0)}${location === null ? '' : `,\n    location = ${nlit(location)}`}
WHERE server_id = ${target.server_id};`);
        await ctx.executeSql(OPERATOR_SELECT);
        return 0;
      }
      case ACTION.DEFECT:
        if (target) return removeTargetServer(ctx, target, true, false);
        await execSql(ctx, `DELETE FROM msdb.dbo.sysdownloadlist WHERE target_server = ${nlit(name)};
${forgetEnlistingLogin(name)}`);
        return 0;
      default: {
        const never: never = action;
        return never;
      }
    }
  },
};

function localTime(args: Parameters<ProcedureDefinition['run']>[1]): string {
  const t = args.get('@LocalTime');
  return t.value === null ? 'GETDATE()' : datetimeLiteral(t);
}
