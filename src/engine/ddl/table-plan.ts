// A CREATE TABLE / DECLARE @t TABLE / ALTER TABLE ADD definition checked and normalised: final
// nullability (ANSI_NULL_DFLT_ON/OFF), identity, default and CHECK texts as SQL Server stores them,
// constraint names (generated like SQL Server's PK__t__<hex> when not written).
import { randomBytes } from 'node:crypto';
import { sqlError } from '../../errors/catalog';
import { collationRule } from '../../types/collation-rules';
import { ciKey } from '../../store/index';
import type {
  ColumnDef, Expr, ForeignKeyReference, IndexColumn, InlineIndex, TableConstraint, TableDefinition,
} from '../../tsql/ast';
import type { SqlType } from '../../types/sql-type';
import { resolveTypeRef } from '../expressions/evaluate';
import type { Scope } from '../interpreter/scope';
import { isOn } from '../session/set-options';
import { canonicalDefinition } from './canonical-text';
import { computedColumnType, typeComputedColumns } from './computed-type';

export interface PlannedColumn {
  readonly name: string;
  readonly type: SqlType;
  nullable: boolean;
  readonly identity?: { readonly seed: bigint; readonly increment: bigint };
  readonly defaultDefinition?: string;
  readonly defaultName?: string;
  readonly computedDefinition?: string;
  /** written NULL explicitly: cannot join a PRIMARY KEY (8111) */
  readonly explicitNull: boolean;
}

export type PlannedConstraint =
  | { readonly kind: 'PK' | 'UQ'; readonly name: string; readonly columns: readonly IndexColumn[] }
  | { readonly kind: 'C'; readonly name: string; readonly definition: string }
  | { readonly kind: 'F'; readonly name: string; readonly columns: readonly string[]; readonly references: ForeignKeyReference };

export interface PlannedIndex {
  readonly name: string;
  readonly unique: boolean;
  readonly columns: readonly IndexColumn[];
}

export interface TablePlan {
  readonly columns: PlannedColumn[];
  readonly constraints: PlannedConstraint[];
  readonly indexes: PlannedIndex[];
}

const IDENTITY_KINDS = new Set(['tinyint', 'smallint', 'int', 'bigint']);

/** SQL Server's generated names: PK__orders__3213E83F2A4B4B5E (table cut to 8 characters + 16 hex). */
export function generatedName(prefix: string, table: string, column?: string): string {
  const hex = randomBytes(8).toString('hex').toUpperCase();
  const t = table.replace(/^#+/, '').slice(0, 8);
  return column === undefined ? `${prefix}__${t}__${hex}` : `${prefix}__${t}__${column.slice(0, 8)}__${hex.slice(0, 8)}`;
}

/** DEFAULT text as sys.default_constraints.definition shows it: ((0)), ('x'), (getdate()). */
export function defaultText(e: Expr): string {
  return canonicalDefinition(e);
}

/** CHECK text as sys.check_constraints.definition shows it: ([qty]>(0)). */
export function checkText(e: Expr): string {
  return canonicalDefinition(e);
}

/**
 * A column keeps the server collation's comparison. A COLLATE that compares the same way (case
 * insensitive, accent sensitive, not binary: Latin1_General_CI_AS, as SMO's temp tables write) is
 * accepted; one that would compare differently is refused rather than silently ignored.
 */
function checkColumnCollation(name: string): void {
  const rule = collationRule(name);
  if (rule === undefined) throw sqlError(448, name);
  if (rule.binary || rule.caseSensitive || !rule.accentSensitive) throw sqlError(40517, `COLLATE ${name}`);
}

/** 2715 names the column by its position, as SQL Server does for unknown types. */
function columnType(c: ColumnDef, ordinal: number): SqlType {
  if (!c.type || c.type.kind === 'userType') throw sqlError(2715, ordinal, c.type?.kind === 'userType' ? c.type.name.name : '?');
  return resolveTypeRef(c.type);
}

export function planColumn(scope: Scope, table: string, c: ColumnDef, constraints: PlannedConstraint[], ordinal = 1): PlannedColumn {
  if (c.collation) checkColumnCollation(c.collation);
  const isPk = c.constraints.some((k) => k.kind === 'primaryKey');
  if (isPk && c.nullable === true) throw sqlError(8111, table);
  const type = c.computed ? computedColumnType(c.computed.expr) : columnType(c, ordinal);
  let identity: PlannedColumn['identity'];
  if (c.identity) {
    const ok = IDENTITY_KINDS.has(type.kind) || (type.kind === 'decimal' && type.scale === 0);
    if (!ok || c.nullable === true) throw sqlError(2749, c.name);
    identity = { seed: BigInt(c.identity.seed), increment: BigInt(c.identity.increment) };
  }
  const nullable = c.nullable ?? (isPk || identity ? false : c.computed ? true : defaultNullability(scope));
  for (const k of c.constraints) {
    const name = k.name ?? generatedName(k.kind === 'primaryKey' ? 'PK' : k.kind === 'unique' ? 'UQ' : k.kind === 'check' ? 'CK' : 'FK', table, k.kind === 'check' ? c.name : undefined);
    if (k.kind === 'primaryKey') constraints.push({ kind: 'PK', name, columns: [{ name: c.name, desc: false }] });
    else if (k.kind === 'unique') constraints.push({ kind: 'UQ', name, columns: [{ name: c.name, desc: false }] });
    else if (k.kind === 'check') constraints.push({ kind: 'C', name, definition: checkText(k.expr) });
    else if (k.kind === 'foreignKey') constraints.push({ kind: 'F', name, columns: [c.name], references: k.references });
  }
  return {
    name: c.name, type, nullable, explicitNull: c.nullable === true,
    ...(identity ? { identity } : {}),
    ...(c.default ? { defaultDefinition: defaultText(c.default.expr), defaultName: c.default.name ?? generatedName('DF', table, c.name) } : {}),
    ...(c.computed ? { computedDefinition: canonicalDefinition(c.computed.expr) } : {}),
  };
}

/** ANSI_NULL_DFLT_ON (the login default of every driver) makes unspecified columns NULL. */
export function defaultNullability(scope: Scope): boolean {
  const o = scope.session.options;
  if (isOn(o, 'ANSI_NULL_DFLT_ON')) return true;
  if (isOn(o, 'ANSI_NULL_DFLT_OFF')) return false;
  return false;
}

export function planTableConstraint(table: string, k: TableConstraint): PlannedConstraint | undefined {
  switch (k.kind) {
    case 'primaryKey': return { kind: 'PK', name: k.name ?? generatedName('PK', table), columns: k.columns };
    case 'unique': return { kind: 'UQ', name: k.name ?? generatedName('UQ', table), columns: k.columns };
    case 'check': return { kind: 'C', name: k.name ?? generatedName('CK', table), definition: checkText(k.expr) };
    case 'foreignKey': return { kind: 'F', name: k.name ?? generatedName('FK', table), columns: k.columns, references: k.references };
    case 'default': return undefined;
    default: {
      const never: never = k;
      throw new Error(`unknown constraint ${String(never)}`);
    }
  }
}

export function planTable(scope: Scope, table: string, def: TableDefinition): TablePlan {
  const constraints: PlannedConstraint[] = [];
  const columns = typeComputedColumns(scope, def.columns, def.columns.map((c, i) => planColumn(scope, table, c, constraints, i + 1)));
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(ciKey(c.name))) throw sqlError(2705, c.name, table);
    seen.add(ciKey(c.name));
  }
  if (columns.filter((c) => c.identity).length > 1) throw sqlError(2744, table);
  for (const k of def.constraints) {
    const p = planTableConstraint(table, k);
    if (p) constraints.push(p);
  }
  validateKeys(table, columns, constraints);
  const indexes = def.indexes.map((i: InlineIndex) => ({ name: i.name, unique: i.unique, columns: i.columns }));
  return { columns, constraints, indexes };
}

/** One PRIMARY KEY; its columns exist and become NOT NULL (8111 when declared NULL). */
export function validateKeys(table: string, columns: PlannedColumn[], constraints: readonly PlannedConstraint[]): void {
  const pks = constraints.filter((k) => k.kind === 'PK');
  if (pks.length > 1) throw sqlError(8110, table);
  for (const k of constraints) {
    if (k.kind !== 'PK' && k.kind !== 'UQ') continue;
    for (const ic of k.columns) {
      const col = columns.find((c) => ciKey(c.name) === ciKey(ic.name));
      if (!col) throw sqlError(1911, ic.name);
      if (k.kind === 'PK') {
        if (col.explicitNull) throw sqlError(8111, table);
        col.nullable = false;
      }
    }
  }
}
