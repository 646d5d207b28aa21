// sp_verify_category: @class JOB / ALERT / OPERATOR (14266), the reserved name '[DEFAULT]'
// (14200), @type LOCAL / MULTI-SERVER for jobs and NONE otherwise (14266). Resolves the codes or
// undefined after raising.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { CATEGORY_CLASS, CATEGORY_TYPE, type CategoryClass } from '../../../msdb/index';
import { raise } from '../shared/index';

export interface VerifiedCategory {
  readonly categoryClass: CategoryClass;
  readonly categoryType: number | undefined;
}

export async function verifyCategory(ctx: ProcedureContext, cls: string, type: string | undefined, name: string | undefined): Promise<VerifiedCategory | undefined> {
  const c = cls.trim().toUpperCase();
  const categoryClass = c in CATEGORY_CLASS ? CATEGORY_CLASS[c as keyof typeof CATEGORY_CLASS] : undefined;
  if (categoryClass === undefined) { await raise(ctx, 14266, '@class', 'JOB, ALERT, OPERATOR'); return undefined; }
  if (name !== undefined && name === '[DEFAULT]') { await raise(ctx, 14200, '@name'); return undefined; }
  const t = type?.trim() || undefined;
  if (t === undefined) return { categoryClass, categoryType: undefined };
  if (categoryClass === CATEGORY_CLASS.JOB) {
    const u = t.toUpperCase();
    if (u !== 'LOCAL' && u !== 'MULTI-SERVER') { await raise(ctx, 14266, '@type', 'LOCAL, MULTI-SERVER'); return undefined; }
    return { categoryClass, categoryType: CATEGORY_TYPE[u] };
  }
  if (t !== 'NONE') { await raise(ctx, 14266, '@type', 'NONE'); return undefined; }
  return { categoryClass, categoryType: CATEGORY_TYPE.NONE };
}
