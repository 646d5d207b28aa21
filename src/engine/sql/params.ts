// Parameters of one translated statement. Named (@p0, @p1 ...) so SQL fragments can be
// reordered and wrapped freely. A slot is either a fixed value (literals) or recomputed at every
// execution (variables, @@functions, session functions), so a cached translation stays valid.
import type { StoredValue } from '../../store/storage-types';
import type { Scope } from '../interpreter/scope';
import type { ObjectRead } from './permissions';
import type { UdfSite } from './udf-sites';

export type SlotCompute = (scope: Scope) => StoredValue;

export interface Slot {
  readonly name: string;
  readonly fixed?: StoredValue;
  readonly compute?: SlotCompute;
}

export class Params {
  readonly slots: Slot[] = [];
  /** the SQL text depends on values of this execution (JS views inlined): never cache it */
  volatile = false;
  /** the text depends on this session (its #temp tables, table variables, a system view bound to
   *  its spid or login): cached for this session only, never shared with the node's other sessions */
  sessionBound = false;
  /** quoted SQLite schemas whose tables the text names: a cached translation is revalidated by
   *  their schema_version (DROP/CREATE TABLE, new table variables in "temp") */
  readonly schemas = new Set<string>();
  /** node databases whose tables or views the text names: a cached translation is revalidated
   *  by their change stamps (another session's DDL committing after the translation) */
  readonly databases = new Set<string>();
  /** objects the statement reads: SELECT permission is checked at every execution */
  readonly reads: ObjectRead[] = [];
  /** views inlined, with the modify_date they had: ALTER VIEW changes only catalogue rows */
  readonly views: { readonly schema: string; readonly objectId: number; readonly modified: unknown }[] = [];
  /** scalar user-function calls with column arguments (udf-sites.ts) */
  readonly udfSites: UdfSite[] = [];

  fixed(value: StoredValue): string {
    const name = `p${this.slots.length}`;
    this.slots.push({ name, fixed: value });
    return `@${name}`;
  }

  computed(compute: SlotCompute): string {
    const name = `p${this.slots.length}`;
    this.slots.push({ name, compute });
    return `@${name}`;
  }

  /** a new slot computed from another one (a conversion or CI key folded into a constant) */
  derive(slotSql: string, f: (value: StoredValue, scope: Scope) => StoredValue): string {
    const s = this.slots.find((x) => `@${x.name}` === slotSql);
    if (!s) throw new Error(`no slot ${slotSql}`);
    const inner: SlotCompute = s.compute ?? (() => s.fixed ?? null);
    return this.computed((scope) => f(inner(scope), scope));
  }
}

export function bindSlots(slots: readonly Slot[], scope: Scope): Record<string, StoredValue> {
  const out: Record<string, StoredValue> = {};
  for (const s of slots) out[s.name] = s.compute ? s.compute(scope) : (s.fixed ?? null);
  return out;
}
