// The Agent "registry" values the operator procedures read (msxd_agent_settings, through the
// schedule procedures' xp_instance_regread helpers): the MSX this server is enlisted in and the
// fail-safe operator.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { AGENT_KEY, readSetting } from '../schedule-support/agent-settings';

async function text(ctx: ProcedureContext, name: string): Promise<string | undefined> {
  const v = await readSetting(ctx, AGENT_KEY, name);
  const t = v === undefined ? undefined : String(v.value).trim();
  return t === '' ? undefined : t;
}

/** the MSX this server is a target of (MSXServerName), undefined when not a TSX */
export function currentMsxServer(ctx: ProcedureContext): Promise<string | undefined> {
  return text(ctx, 'MSXServerName');
}

export function failSafeOperator(ctx: ProcedureContext): Promise<string | undefined> {
  return text(ctx, 'AlertFailSafeOperator');
}
