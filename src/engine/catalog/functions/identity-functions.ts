// IDENT_SEED, IDENT_INCR, IDENT_CURRENT('table'): the identity column's seed, increment and last
// value (numeric(38,0); NULL when the table has no identity column or does not exist).
import type { SqlType } from '../../../types/sql-type';
import { typed } from '../../../types/typed-value';
import { SqlDecimal } from '../../../types/values';
import type { EvalContext } from '../../expressions/eval-context';
import { tempTableEntry } from '../../ddl/temp-tables';
import type { LocalTable } from '../../ddl/local-table';
import { readCatalog } from '../catalog-reader';
import { findObjectByText } from '../object-lookup';
import { arity, argText, type MetadataFunction } from './arguments';

const NUMERIC38: SqlType = { kind: 'decimal', precision: 38, scale: 0, numeric: true };

type Field = 'identity_seed' | 'identity_increment' | 'identity_last';

interface Identity { readonly seed: string | null; readonly incr: string | null; readonly last: string | null }

function identityValue(call: Parameters<MetadataFunction>[0], ctx: EvalContext, field: Field) {
  arity(call, 1, 1);
  const name = argText(call, 0, ctx);
  const o = name ? findObjectByText(ctx.scope, name) : undefined;
  if (!o) return typed(NUMERIC38, null);
  const local = tempTableEntry(ctx.scope.session, o.name);
  const row = local?.table.objectId === o.objectId ? localIdentity(local) : readCatalog(ctx.scope, (s) => s.get<Identity>(
    `SELECT identity_seed AS seed, identity_increment AS incr, identity_last AS last
       FROM ${s.sqliteSchema(o.database)}.__msxd_columns WHERE object_id = ? AND is_identity = 1`, [o.objectId]));
  if (!row) return typed(NUMERIC38, null);
  const v = field === 'identity_seed' ? row.seed : field === 'identity_increment' ? row.incr : row.last ?? row.seed;
  return typed(NUMERIC38, v === null ? null : new SqlDecimal(BigInt(v), 0));
}

/** A #temp table's identity lives in its registry entry, not in tempdb's catalogue. */
function localIdentity(local: LocalTable): Identity | undefined {
  const id = local.table.columns.find((c) => c.identity)?.identity;
  return id ? { seed: id.seed.toString(), incr: id.increment.toString(), last: local.lastIdentity()?.toString() ?? null } : undefined;
}

export const IDENT_SEED: MetadataFunction = (call, ctx) => identityValue(call, ctx, 'identity_seed');
export const IDENT_INCR: MetadataFunction = (call, ctx) => identityValue(call, ctx, 'identity_increment');
export const IDENT_CURRENT: MetadataFunction = (call, ctx) => identityValue(call, ctx, 'identity_last');
