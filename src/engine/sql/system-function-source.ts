// A TypeScript table-valued function (system-views/system-function.ts) in FROM or on the right of
// CROSS/OUTER APPLY. Its rows, each led by the arguments that select it, are inlined as VALUES
// parameters (computed now, as the JS views are: the translation is volatile); the call becomes
// a filter on those argument columns, which in an APPLY may read the left side's columns: a join,
// so no per-row call is needed.
import { sqlError } from '../../errors/catalog';
import { encodeValue } from '../../store/storage-types';
import { quoteIdent } from '../../store/sqlite-names';
import type { Expr } from '../../tsql/ast';
import type { SystemFunction } from '../system-views';
import { coerce } from './coerce';
import type { SourceColumn } from './source-types';
import { tx } from './translate-expr';
import type { TxContext } from './tx-context';

const argColumn = (i: number): string => quoteIdent(`$arg${i}`);

/** `(SELECT ... FROM (VALUES ...))` with the argument columns first, then the function's columns as `names` */
function table(fn: SystemFunction, names: readonly string[], c: TxContext): string {
  const types = [...fn.params.map((p) => p.type), ...fn.columns.map((col) => col.type)];
  const outNames = [...fn.params.map((_, i) => argColumn(i)), ...names.map(quoteIdent)];
  const rows = [...fn.rows(c.scope)];
  c.params.volatile = true;
  if (rows.length === 0) return `(SELECT ${outNames.map((n) => `NULL AS ${n}`).join(', ')} WHERE 0)`;
  const values = rows.map((r) => `(${[...r.key, ...r.values].map((v, i) => c.params.fixed(encodeValue(types[i]!, v))).join(', ')})`);
  return `(SELECT ${outNames.map((n, i) => `column${i + 1} AS ${n}`).join(', ')} FROM (VALUES ${values.join(', ')}))`;
}

/** `alias.$arg0 = <arg0> AND ...`; 313 for too few arguments, 8144 for too many (as SQL Server) */
function argumentsMatch(fn: SystemFunction, args: readonly Expr[], alias: string, c: TxContext): string {
  const display = fn.name;
  if (args.length < fn.params.length) throw sqlError(313, display);
  if (args.length > fn.params.length) throw sqlError(8144, display);
  return fn.params.map((p, i) => {
    const a = coerce(tx(args[i]!, { ...c, allowAggregates: false }), p.type, c.params).sql;
    const match = `${quoteIdent(alias)}.${argColumn(i)} = ${a}`;
    return p.nullMatchesAll ? `(${a} IS NULL OR ${match})` : match;
  }).join(' AND ');
}

export interface SystemFunctionSql {
  /** the SQL that goes in FROM, ending with `AS alias` */
  readonly from: string;
  /** the join condition (APPLY), or undefined when the filter is inside `from` */
  readonly on?: string;
}

/** FROM sys.fn(args): the arguments are constants or variables, filtered inside the source */
export function systemFunctionFrom(fn: SystemFunction, args: readonly Expr[], names: readonly SourceColumn[],
  sqlAlias: string, c: TxContext): string {
  const inner = c.names.nextAlias('f');
  const where = argumentsMatch(fn, args, inner, c);
  const cols = names.map((n) => `${quoteIdent(inner)}.${quoteIdent(n.name)}`).join(', ');
  return `(SELECT ${cols} FROM ${table(fn, names.map((n) => n.name), c)} AS ${quoteIdent(inner)} WHERE ${where}) AS ${quoteIdent(sqlAlias)}`;
}

/** CROSS/OUTER APPLY sys.fn(args): a join whose condition reads the left side's columns */
export function systemFunctionApply(fn: SystemFunction, args: readonly Expr[], names: readonly SourceColumn[],
  sqlAlias: string, c: TxContext): Required<SystemFunctionSql> {
  const on = argumentsMatch(fn, args, sqlAlias, c);
  return { from: `${table(fn, names.map((n) => n.name), c)} AS ${quoteIdent(sqlAlias)}`, on };
}
