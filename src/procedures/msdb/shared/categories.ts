// syscategories lookups by class and name or id (sp_add_job, sp_update_job, sp_add_operator, the
// category procedures).
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { CATEGORY_CLASS, type CategoryClass } from '../../../msdb/index';
import { queryRows, type Row } from './agent-sql';
import { ilit, nlit } from './sql-text';

export interface CategoryRow {
  readonly id: number;
  readonly categoryClass: CategoryClass;
  readonly categoryType: number;
  readonly name: string;
}

/** 'JOB' | 'ALERT' | 'OPERATOR' (any case) → class code */
export function categoryClassOf(name: string): CategoryClass | undefined {
  const key = name.trim().toUpperCase();
  return key in CATEGORY_CLASS ? CATEGORY_CLASS[key as keyof typeof CATEGORY_CLASS] : undefined;
}

function toCategory(r: Row): CategoryRow {
  return { id: Number(r.category_id), categoryClass: Number(r.category_class) as CategoryClass, categoryType: Number(r.category_type), name: String(r.name) };
}

const COLUMNS = 'category_id, category_class, category_type, name';

export async function categoryByName(ctx: ProcedureContext, cls: CategoryClass, name: string): Promise<CategoryRow | undefined> {
  const rows = await queryRows(ctx, `SELECT ${COLUMNS} FROM msdb.dbo.syscategories WHERE category_class = ${ilit(cls)} AND name = ${nlit(name)}`);
  return rows[0] ? toCategory(rows[0]) : undefined;
}

export async function categoryById(ctx: ProcedureContext, cls: CategoryClass, id: number): Promise<CategoryRow | undefined> {
  const rows = await queryRows(ctx, `SELECT ${COLUMNS} FROM msdb.dbo.syscategories WHERE category_class = ${ilit(cls)} AND category_id = ${ilit(id)}`);
  return rows[0] ? toCategory(rows[0]) : undefined;
}
