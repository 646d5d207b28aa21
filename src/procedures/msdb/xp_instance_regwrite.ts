// xp_instance_regwrite (master): writes one value of the instance's registry (sysadmin). Values
// are kept per node in msdb.dbo.msxd_agent_settings; REG_DWORD must be a number (22001-like
// failures are reported as 14266), string types are stored as REG_SZ.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { raise } from './shared/agent-sql';
import { writeSetting } from './schedule-support/agent-settings';
import { nvarcharParam, strArg } from './schedule-support/params';

const TYPES = ['REG_DWORD', 'REG_SZ', 'REG_EXPAND_SZ', 'REG_MULTI_SZ', 'REG_QWORD', 'REG_BINARY'];

export const xpInstanceRegwrite: ProcedureDefinition = {
  name: 'xp_instance_regwrite',
  home: 'system',
  permission: 'sysadmin',
  extended: true,
  parameters: [
    nvarcharParam('@rootkey', 512),
    nvarcharParam('@key', 512),
    nvarcharParam('@value_name', 256),
    nvarcharParam('@type', 30),
    nvarcharParam('@value', 4000, null),
  ],
  async run(ctx, args) {
    const root = (strArg(args.value('@rootkey')) ?? '').trim().toUpperCase();
    if (root !== 'HKEY_LOCAL_MACHINE') return raise(ctx, 14266, '@rootkey', 'HKEY_LOCAL_MACHINE');
    const type = (strArg(args.value('@type')) ?? '').trim().toUpperCase();
    if (!TYPES.includes(type)) return raise(ctx, 14266, '@type', TYPES.join(', '));
    const raw = strArg(args.value('@value'));
    const key = strArg(args.value('@key')) ?? '';
    const name = strArg(args.value('@value_name')) ?? '';
    if (type === 'REG_DWORD' || type === 'REG_QWORD') {
      const n = Number(raw ?? 0);
      if (!Number.isInteger(n)) return raise(ctx, 14266, '@value', 'an integer');
      await writeSetting(ctx, key, name, { type: 'REG_DWORD', value: n });
    } else {
      await writeSetting(ctx, key, name, { type: 'REG_SZ', value: raw ?? '' });
    }
    return 0;
  },
};
