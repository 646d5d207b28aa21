// Name binding inside one query level: the sources of its FROM (with their exposed names), the
// CTEs in scope, and the enclosing level (correlated subqueries see outer columns).
import { sqlError } from '../../errors/catalog';
import { quoteIdent } from '../../store/sqlite-names';
import type { ColumnRef } from '../../tsql/ast';
import type { SourceColumn } from './source-types';
import type { TExpr } from './texpr';

export interface BoundSource {
  /** exposed name (alias, or table name), compared case-insensitively */
  readonly exposed: string;
  /** schema-qualified name a reference may use when there is no alias ('dbo.t') */
  readonly qualified?: string;
  /** the SQLite alias it is given in FROM */
  readonly sqlAlias: string;
  readonly columns: readonly SourceColumn[];
  /** columns become nullable on the outer side of a join */
  nullable: boolean;
  /** column names read through this source are recorded here (SELECT permission per column) */
  readonly read?: { readonly columns: Set<string> };
  /** the SQLite table it reads, for tables (DML matches its target against it) */
  readonly sqliteFrom?: string;
  /** SQL reading column i when it is not `alias."name"` (APPLY reads JSON) */
  readonly columnSql?: (index: number) => string;
}

export interface CteBinding {
  readonly name: string;
  readonly columns: readonly SourceColumn[];
}

export class NameScope {
  readonly sources: BoundSource[] = [];
  private readonly ctes = new Map<string, CteBinding>();
  private aliasCounter: { n: number };

  constructor(readonly parent?: NameScope) {
    this.aliasCounter = parent ? parent.aliasCounter : { n: 0 };
  }

  nextAlias(prefix = 't'): string {
    return `${prefix}${this.aliasCounter.n++}`;
  }

  addCte(b: CteBinding): void {
    this.ctes.set(b.name.toLowerCase(), b);
  }

  findCte(name: string): CteBinding | undefined {
    return this.ctes.get(name.toLowerCase()) ?? this.parent?.findCte(name);
  }

  add(source: BoundSource): void {
    const dup = this.sources.find((s) => s.exposed.toLowerCase() === source.exposed.toLowerCase());
    if (dup) throw sqlError(1011, source.exposed);
    this.sources.push(source);
  }

  /** the source a `t.*` or `t.col` qualifier names, in this level only */
  findSource(qualifier: readonly string[]): BoundSource | undefined {
    const q = qualifier.join('.').toLowerCase();
    const last = (qualifier[qualifier.length - 1] ?? '').toLowerCase();
    return this.sources.find((s) => s.exposed.toLowerCase() === last
      && (qualifier.length === 1 || s.qualified === undefined || s.qualified.toLowerCase().endsWith(q) || q.endsWith(s.qualified.toLowerCase())));
  }

  /** binds a column reference here or in an enclosing level; 207 / 209 / 4104 otherwise */
  resolve(ref: ColumnRef): TExpr {
    const hit = this.resolveHere(ref);
    if (hit) return hit;
    if (this.parent) {
      const outer = this.parent.tryResolve(ref);
      if (outer) return outer;
    }
    if (ref.qualifier.length > 0) throw sqlError(4104, [...ref.qualifier, ref.name].join('.'));
    throw sqlError(207, ref.name);
  }

  private tryResolve(ref: ColumnRef): TExpr | undefined {
    return this.resolveHere(ref) ?? this.parent?.tryResolve(ref);
  }

  private resolveHere(ref: ColumnRef): TExpr | undefined {
    const name = ref.name.toLowerCase();
    if (ref.qualifier.length > 0) {
      const s = this.findSource(ref.qualifier);
      if (!s) return undefined;
      const c = s.columns.find((col) => col.name.toLowerCase() === name);
      if (!c) throw sqlError(207, ref.name);
      return columnExpr(s, c);
    }
    let found: TExpr | undefined;
    for (const s of this.sources) {
      const c = s.columns.find((col) => col.name.toLowerCase() === name);
      if (!c) continue;
      if (found) throw sqlError(209, ref.name);
      found = columnExpr(s, c);
    }
    return found;
  }
}

export function columnExpr(s: BoundSource, c: SourceColumn): TExpr {
  s.read?.columns.add(c.name);
  const sql = s.columnSql ? s.columnSql(s.columns.indexOf(c)) : `${quoteIdent(s.sqlAlias)}.${quoteIdent(c.name)}`;
  return {
    sql, type: c.type, nullable: c.nullable || s.nullable,
    ...(c.identity ? { identity: true } : {}), ...(c.identitySpec ? { identitySpec: c.identitySpec } : {}),
  };
}
