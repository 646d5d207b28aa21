// sp_verify_operator (with sp_verify_job_time): the checks sp_add_operator and sp_update_operator
// share. Resolves the operator category id, or undefined after raising.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { messageDef } from '../../../errors/catalog';
import { nlit, queryRow, raise, raiseWith } from '../shared/index';

export interface OperatorSpec {
  /** undefined = keep the name (sp_update_operator without @new_name) */
  readonly name: string | undefined;
  readonly enabled: number;
  readonly pagerDays: number;
  readonly times: readonly (readonly [string, number])[];
  readonly categoryName: string | undefined;
}

/** sp_verify_job_time: HHMMSS (14266 out of range, 14287 for an invalid hour, minute or second) */
export async function verifyJobTime(ctx: ProcedureContext, time: number, name: string): Promise<boolean> {
  if (time < 0 || time > 235959) return (await raiseWith(ctx, 14266, -1, name, '000000..235959')) === 0;
  const parts: [number, number, number][] = [[Math.trunc(time / 10000), 23, 14218], [Math.trunc((time % 10000) / 100), 59, 14219], [time % 100, 59, 14220]];
  for (const [value, max, word] of parts) {
    if (value > max) return (await raise(ctx, 14287, name, messageDef(word)!.text)) === 0;
  }
  return true;
}

export async function verifyOperator(ctx: ProcedureContext, o: OperatorSpec): Promise<number | undefined> {
  if (o.name !== undefined) {
    const dup = await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysoperators WHERE name = ${nlit(o.name)}`);
    if (dup) { await raiseWith(ctx, 14261, 16, '@name', o.name); return undefined; }
  }
  if (o.enabled !== 0 && o.enabled !== 1) { await raiseWith(ctx, 14266, 16, '@enabled', '0, 1'); return undefined; }
  if (o.pagerDays < 0 || o.pagerDays > 127) { await raiseWith(ctx, 14266, 16, '@pager_days', messageDef(14209)!.text); return undefined; }
  for (const [name, time] of o.times) {
    if (!await verifyJobTime(ctx, time, name)) return undefined;
  }
  if (o.categoryName === '[DEFAULT]') return 99;
  const c = o.categoryName === undefined ? undefined
    : await queryRow(ctx, `SELECT category_id FROM msdb.dbo.syscategories WHERE category_class = 3 AND category_type = 3 AND name = ${nlit(o.categoryName)}`);
  if (!c) { await raise(ctx, 14262, '@category_name', o.categoryName ?? null); return undefined; }
  return Number(c.category_id);
}
