// sp_set_sqlagent_properties: changes SQL Server Agent's settings (sysadmin); NULL = unchanged.
// Each is written to msxd_agent_settings under its registry name. Ranges as SQL Server's:
// @jobhistory_max_rows -1 (no limit) or at least 2, @jobhistory_max_rows_per_job at least 1,
// @idle_cpu_percent 10..100, @idle_cpu_duration 20..86400 (14266). The agent is told (G).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-set-sqlagent-properties-transact-sql
import type { ProcedureDefinition, ProcedureParameter } from '../../engine/procedure-registry';
import { raise } from './shared/agent-sql';
import { AGENT_PROPERTIES, EXTRA_SETTINGS, type AgentProperty } from './schedule-support/agent-properties';
import { AGENT_KEY, writeSetting } from './schedule-support/agent-settings';
import { agentSession } from './schedule-support/agent-state';
import { queueNotification } from './schedule-support/notify-queue';

const SETTABLE: readonly AgentProperty[] = [...AGENT_PROPERTIES.filter((p) => p.valueName !== undefined || p.column === 'cmdexec_account'
  || p.column === 'host_login_password' || p.column === 'sysadmin_only'), ...EXTRA_SETTINGS];

const paramName = (p: AgentProperty): string => `@${p.parameter ?? p.column}`;

const RANGES: Record<string, (n: number) => boolean> = {
  '@jobhistory_max_rows': (n) => n === -1 || n >= 2,
  '@jobhistory_max_rows_per_job': (n) => n >= 1,
  '@idle_cpu_percent': (n) => n >= 10 && n <= 100,
  '@idle_cpu_duration': (n) => n >= 20 && n <= 86400,
};
const RANGE_TEXT: Record<string, string> = {
  '@jobhistory_max_rows': '-1, 2..n', '@jobhistory_max_rows_per_job': '1..n',
  '@idle_cpu_percent': '10..100', '@idle_cpu_duration': '20..86400',
};

export const spSetSqlagentProperties: ProcedureDefinition = {
  name: 'sp_set_sqlagent_properties',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: SETTABLE.map((p): ProcedureParameter => ({
    name: paramName(p), default: null,
    type: p.column === 'sysadmin_only' ? { kind: 'int' } : p.type,
  })),
  async run(ctx, args) {
    for (const p of SETTABLE) {
      const name = paramName(p);
      const v = args.value(name);
      const check = RANGES[name];
      if (v !== null && check && !check(Number(v))) return raise(ctx, 14266, name, RANGE_TEXT[name]!);
    }
    for (const p of SETTABLE) {
      const v = args.value(paramName(p));
      if (v === null || p.valueName === undefined) continue;
      await writeSetting(ctx, AGENT_KEY, p.valueName, typeof v === 'number'
        ? { type: 'REG_DWORD', value: v } : { type: 'REG_SZ', value: String(v) });
    }
    if (await agentSession(ctx) !== undefined) await queueNotification(ctx, { opType: 'G', actionType: null });
    return 0;
  },
};
