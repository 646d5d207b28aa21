// sp_verify_category_identifiers: @category_name or @category_id (an id overrides a name; both
// given is 14524); unknown → 14262. Resolves the category name to use, null for none, or
// undefined after raising.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { ilit, nlit, queryRow, raise } from '../shared/index';

export async function verifyCategoryIdentifiers(ctx: ProcedureContext, name: string | undefined, id: number | undefined): Promise<string | null | undefined> {
  if (name !== undefined && id !== undefined) {
    await raise(ctx, 14524, '@category_id', '@category_name');
    return undefined;
  }
  if (id !== undefined) {
    const r = await queryRow(ctx, `SELECT name FROM msdb.dbo.syscategories WHERE category_id = ${ilit(id)}`);
    if (!r) { await raise(ctx, 14262, '@category_id', String(id)); return undefined; }
    return String(r.name);
  }
  if (name !== undefined) {
    const r = await queryRow(ctx, `SELECT category_id FROM msdb.dbo.syscategories WHERE name = ${nlit(name)}`);
    if (!r) { await raise(ctx, 14262, '@category_name', name); return undefined; }
    return name;
  }
  return null;
}
