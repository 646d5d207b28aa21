// OUTPUT / OUTPUT INTO: each affected row's inserted.* / deleted.* values (and $action in MERGE)
// evaluated by the interpreter; plain OUTPUT becomes a result set sent before the statement's
// DONE, OUTPUT INTO rows go into a table or table variable through the INSERT pipeline.
import { sqlError } from '../../errors/catalog';
import type { SessionStorage } from '../../store/api';
import type { ColumnRef, Expr, OutputClause } from '../../tsql/ast';
import type { SqlType } from '../../types/sql-type';
import type { Typed } from '../../types/typed-value';
import { evaluate } from '../expressions/evaluate';
import type { Scope } from '../interpreter/scope';
import type { ResultColumn } from '../result-sink';
import type { WritableTable } from '../sql/source-types';
import { resolveTarget, type Target } from './dml-common';
import { insertRows } from './insert-rows';
import type { TxContext } from '../sql/tx-context';

interface Column {
  readonly meta: ResultColumn;
  value(rows: RowSet): Typed;
}

export interface RowSet {
  readonly inserted: readonly Typed[] | null;
  readonly deleted: readonly Typed[] | null;
  readonly action?: string;
  /** other sources the clause may name (UPDATE ... FROM, MERGE source) */
  readonly extra?: (ref: ColumnRef) => Typed | undefined;
}

const ACTION_TYPE: SqlType = { kind: 'nvarchar', length: 10 };

class ClauseOutput {
  readonly rows: Typed[][] = [];
  constructor(readonly clause: OutputClause, readonly columns: readonly Column[], readonly into?: { target: Target; columns: readonly string[] }) {}
}

export class OutputCollector {
  private readonly clauses: ClauseOutput[];

  constructor(clauses: readonly OutputClause[], private readonly table: WritableTable, private readonly scope: Scope, c: TxContext) {
    this.clauses = clauses.map((cl) => new ClauseOutput(cl, this.columnsOf(cl),
      cl.into ? { target: resolveTarget(cl.into.target, c, 'INSERT'), columns: cl.into.columns } : undefined));
  }

  get active(): boolean {
    return this.clauses.length > 0;
  }

  /** column references to other sources than inserted/deleted (UPDATE ... FROM, DELETE ... FROM) */
  otherColumns(): ColumnRef[] {
    // Every UPDATE/DELETE asks; most have no OUTPUT clause to walk.
    if (this.clauses.length === 0) return [];
    const out: ColumnRef[] = [];
    const walk = (x: unknown): void => {
      if (!x || typeof x !== 'object') return;
      if (Array.isArray(x)) {
        x.forEach(walk);
        return;
      }
      const n = x as { kind?: unknown };
      if (n.kind === 'query') return;
      if (n.kind === 'column') {
        const ref = x as ColumnRef;
        const q = (ref.qualifier[ref.qualifier.length - 1] ?? '').toLowerCase();
        if (q !== 'inserted' && q !== 'deleted') out.push(ref);
        return;
      }
      for (const v of Object.values(x)) walk(v);
    };
    for (const cl of this.clauses) walk(cl.clause.items);
    return out;
  }

  add(rows: RowSet): void {
    for (const cl of this.clauses) cl.rows.push(cl.columns.map((col) => col.value(rows)));
  }

  /** OUTPUT INTO writes: inside the statement's write lock */
  writeInto(s: SessionStorage): void {
    for (const cl of this.clauses) {
      if (!cl.into) continue;
      const t = cl.into.target.table;
      const names = cl.into.columns.length > 0 ? cl.into.columns : t.columns.filter((c) => !c.identity).map((c) => c.name);
      const idx = names.map((n) => {
        const i = t.columns.findIndex((c) => c.name.toLowerCase() === n.toLowerCase());
        if (i < 0) throw sqlError(207, n);
        return i;
      });
      if (idx.length !== cl.columns.length) throw sqlError(213);
      insertRows(this.scope, s, t, idx, cl.rows, undefined, 'INSERT');
    }
  }

  /** plain OUTPUT: the result set, after the statement succeeded */
  async emit(): Promise<void> {
    for (const cl of this.clauses) {
      if (cl.into) continue;
      const { sink } = this.scope.run;
      sink.columns(cl.columns.map((c) => c.meta));
      for (const r of cl.rows) sink.row(r.map((v) => v.value));
      await sink.drain();
    }
  }

  private columnsOf(cl: OutputClause): Column[] {
    const cols: Column[] = [];
    const t = this.table;
    for (const item of cl.items) {
      if (item.kind === 'assign') throw sqlError(141);
      if (item.kind === 'star') {
        const q = (item.qualifier[item.qualifier.length - 1] ?? '').toLowerCase();
        if (q !== 'inserted' && q !== 'deleted') throw sqlError(107, item.qualifier.join('.'));
        t.columns.forEach((c, i) => cols.push({
          meta: { name: c.name, type: c.type, nullable: true },
          value: (r) => (q === 'inserted' ? r.inserted : r.deleted)?.[i] ?? { type: c.type, value: null },
        }));
        continue;
      }
      const e = item.expr;
      const name = item.alias ?? (e.kind === 'column' || e.kind === 'pseudoColumn' ? e.name.replace(/^\$ACTION$/, '$action') : '');
      const value = (r: RowSet): Typed => this.evaluate(e, r);
      const probe = this.probeType(e);
      cols.push({ meta: { name, type: probe, nullable: true }, value });
    }
    return cols;
  }

  private probeType(e: Expr): SqlType {
    if (e.kind === 'pseudoColumn') return ACTION_TYPE;
    const nulls = this.table.columns.map((c) => ({ type: c.type, value: null }));
    try {
      return this.evaluate(e, { inserted: nulls, deleted: nulls, action: 'INSERT', extra: () => undefined }).type;
    } catch {
      return { kind: 'nvarchar', length: 4000 };
    }
  }

  private evaluate(e: Expr, r: RowSet): Typed {
    if (e.kind === 'pseudoColumn' && e.name === '$ACTION') return { type: ACTION_TYPE, value: r.action ?? null };
    const t = this.table;
    return evaluate(e, {
      scope: this.scope,
      row: {
        column: (ref) => {
          const q = (ref.qualifier[ref.qualifier.length - 1] ?? '').toLowerCase();
          const i = t.columns.findIndex((c) => c.name.toLowerCase() === ref.name.toLowerCase());
          if ((q === 'inserted' || q === 'deleted') && i < 0) throw sqlError(207, ref.name);
          if (q === 'inserted') return r.inserted?.[i] ?? { type: t.columns[i]!.type, value: null };
          if (q === 'deleted') return r.deleted?.[i] ?? { type: t.columns[i]!.type, value: null };
          const x = r.extra?.(ref);
          if (x) return x;
          throw sqlError(4104, [...ref.qualifier, ref.name].join('.'));
        },
      },
    });
  }
}

/** the value of an OUTPUT column reference computed with the affected row (by node identity) */
export function otherValue(refs: readonly ColumnRef[], ref: ColumnRef, computed: readonly Typed[], offset: number): Typed | undefined {
  const i = refs.indexOf(ref);
  return i < 0 ? undefined : computed[offset + i];
}
