// FROM clauses: named tables (resolve-source.ts), table variables, derived tables, VALUES, joins.
// CROSS/OUTER APPLY: SQLite has no LATERAL, but a table-valued function's arguments may refer to
// tables on their left. The right side is therefore run as a correlated scalar subquery that
// packs its rows into a JSON array, unpacked by json_each; its columns are read back with
// json_extract (blobs travel as hex). OUTER APPLY is a LEFT JOIN on that json_each. The TypeScript
// system functions (sys.dm_exec_sql_text ...) need none of that: they are joined on their
// arguments (system-function-source.ts).
import { sqlError } from '../../errors/catalog';
import { quoteIdent } from '../../store/sqlite-names';
import type { JoinedTable, TableSource } from '../../tsql/ast';
import { resultTypeOf } from '../../types/precedence';
import { notSupportedExpression } from '../statements/not-supported';
import { coerce } from './coerce';
import { NameScope, type BoundSource } from './name-scope';
import { resolveNamed, resolveTableVariable } from './resolve-source';
import { builtinTableFunction } from './builtin-table-functions';
import { findSystemFunction } from '../system-views';
import { systemFunctionApply, systemFunctionFrom } from './system-function-source';
import { isSystemTableFunction, systemTableFunction } from './system-table-functions';
import type { SourceColumn } from './source-types';
import { tx } from './translate-expr';
import { translatePredicate } from './translate-predicate';
import { assertNestedOrderBy, checkNames, translateQuery } from './translate-query';
import type { TxContext } from './tx-context';
import { isNullConstant } from './texpr';

export function translateFrom(sources: readonly TableSource[], c: TxContext): string {
  return sources.map((s) => source(s, c)).join(', ');
}

function bind(c: TxContext, exposed: string, columns: readonly SourceColumn[], qualified?: string, sqliteFrom?: string,
  read?: { readonly columns: Set<string> }): BoundSource {
  const b: BoundSource = {
    exposed, sqlAlias: c.names.nextAlias(), columns, nullable: false, ...(qualified ? { qualified } : {}), ...(sqliteFrom ? { sqliteFrom } : {}),
    ...(read ? { read } : {}),
  };
  c.names.add(b);
  return b;
}

function source(s: TableSource, c: TxContext): string {
  switch (s.kind) {
    case 'table': {
      const r = resolveNamed(s.name, c);
      const b = bind(c, s.alias ?? s.name.name, r.columns, s.alias ? undefined : r.displayName,
        r.target ? r.from : r.kind === 'table' ? r.from : undefined, r.read);
      return `${r.from} AS ${quoteIdent(b.sqlAlias)}`;
    }
    case 'tableVariable': {
      const r = resolveTableVariable(s.name, c);
      const b = bind(c, s.alias ?? s.name, r.columns, undefined, r.from);
      return `${r.from} AS ${quoteIdent(b.sqlAlias)}`;
    }
    case 'derived': {
      assertNestedOrderBy(s.query);
      const names = s.columns.length > 0 ? s.columns : undefined;
      const q = translateQuery(s.query, { ...c, names: new NameScope(c.names.parent), aliases: undefined, allowAggregates: true }, names);
      const colNames = names ?? q.columns.map((col) => col.name);
      checkNames(colNames, s.alias);
      if (colNames.length !== q.columns.length) throw sqlError(8158, s.alias);
      const sql = names ? q.sql : `SELECT ${q.columns.map((col, i) => `${quoteIdent(col.outName)} AS ${quoteIdent(colNames[i]!)}`).join(', ')} FROM (${q.sql})`;
      const b = bind(c, s.alias, q.columns.map((col, i) => ({ name: colNames[i]!, type: col.type, nullable: col.nullable })));
      return `(${sql}) AS ${quoteIdent(b.sqlAlias)}`;
    }
    case 'values': {
      const width = s.rows[0]?.length ?? 0;
      if (s.rows.some((r) => r.length !== width)) throw sqlError(10709);
      const cells = s.rows.map((r) => r.map((e) => tx(e, { ...c, allowAggregates: false })));
      const types = Array.from({ length: width }, (_, i) => {
        const column = cells.map((r) => r[i]!);
        const typed = column.filter((cell) => !isNullConstant(cell));
        return resultTypeOf((typed.length > 0 ? typed : column).map((cell) => cell.type));
      });
      checkNames(s.columns, s.alias);
      if (s.columns.length !== width) throw sqlError(8158, s.alias);
      const rows = cells.map((r) => `(${r.map((cell, i) => coerce(cell, types[i]!, c.params).sql).join(', ')})`);
      const list = s.columns.map((n, i) => `column${i + 1} AS ${quoteIdent(n)}`).join(', ');
      const b = bind(c, s.alias, s.columns.map((n, i) => ({ name: n, type: types[i]!, nullable: cells.some((r) => r[i]!.nullable) })));
      return `(SELECT ${list} FROM (VALUES ${rows.join(', ')})) AS ${quoteIdent(b.sqlAlias)}`;
    }
    case 'tableFunction': {
      const alias = s.alias ?? s.name.name;
      const user = c.tableFunctions?.get(s);
      if (user) {
        c.params.schemas.add('"temp"');
        const cols = user.columns.map((col) => ({ name: col.name, type: col.type, nullable: col.nullable }));
        const b = bind(c, alias, renamed(cols, s.columns, alias));
        return `(SELECT ${user.columns.map((col, i) => `${quoteIdent(col.name)} AS ${quoteIdent(b.columns[i]!.name)}`).join(', ')} FROM ${user.sqliteName}) AS ${quoteIdent(b.sqlAlias)}`;
      }
      const system = findSystemFunction(s.name);
      if (system) {
        const b = bind(c, alias, renamed(system.columns, s.columns, alias));
        return systemFunctionFrom(system, s.args, b.columns, b.sqlAlias, c);
      }
      const constantArguments = isSystemTableFunction(s.name);
      if (!constantArguments && (s.name.schema || s.name.database)) throw notSupportedExpression(`table-valued function ${s.name.name} with column arguments`);
      const r = constantArguments ? systemTableFunction(s, c) : builtinTableFunction(s, c);
      const b = bind(c, alias, renamed(r.columns, s.columns, alias));
      return `(SELECT ${r.columns.map((col, i) => `${quoteIdent(col.name)} AS ${quoteIdent(b.columns[i]!.name)}`).join(', ')} FROM ${r.from}) AS ${quoteIdent(b.sqlAlias)}`;
    }
    case 'join': return join(s, c);
    default: {
      const never: never = s;
      throw new Error(`unknown table source ${String(never)}`);
    }
  }
}

function renamed(cols: readonly SourceColumn[], names: readonly string[], alias: string): SourceColumn[] {
  if (names.length === 0) return [...cols];
  checkNames(names, alias);
  if (names.length !== cols.length) throw sqlError(8158, alias);
  return cols.map((col, i) => ({ ...col, name: names[i]! }));
}

const KEYWORDS = { inner: 'JOIN', left: 'LEFT JOIN', right: 'RIGHT JOIN', full: 'FULL JOIN', cross: 'CROSS JOIN' } as const;

function join(j: JoinedTable, c: TxContext): string {
  const before = c.names.sources.length;
  const left = source(j.left, c);
  const mid = c.names.sources.length;
  if (j.joinType === 'crossApply' || j.joinType === 'outerApply') return apply(j, left, c);
  const rightSql = source(j.right, c);
  const right = j.right.kind === 'join' ? `(${rightSql})` : rightSql;
  const leftSources = c.names.sources.slice(before, mid);
  const rightSources = c.names.sources.slice(mid);
  if (j.joinType === 'left' || j.joinType === 'full') rightSources.forEach((s) => { s.nullable = true; });
  if (j.joinType === 'right' || j.joinType === 'full') leftSources.forEach((s) => { s.nullable = true; });
  const on = j.on ? ` ON ${translatePredicate(j.on, { ...c, allowAggregates: false })}` : '';
  return `${left} ${KEYWORDS[j.joinType]} ${right}${on}`;
}

function apply(j: JoinedTable, left: string, c: TxContext): string {
  const r = j.right;
  const system = r.kind === 'tableFunction' && !c.tableFunctions?.get(r) ? findSystemFunction(r.name) : undefined;
  if (r.kind === 'tableFunction' && system) {
    const alias = r.alias ?? r.name.name;
    const columns = renamed(system.columns, r.columns, alias);
    const sqlAlias = c.names.nextAlias();
    const sql = systemFunctionApply(system, r.args, columns, sqlAlias, c);
    c.names.add({ exposed: alias, sqlAlias, columns, nullable: j.joinType === 'outerApply' });
    return `${left} ${j.joinType === 'crossApply' ? 'JOIN' : 'LEFT JOIN'} ${sql.from} ON ${sql.on}`;
  }
  if (r.kind !== 'derived') throw notSupportedExpression(`${j.joinType === 'crossApply' ? 'CROSS' : 'OUTER'} APPLY over ${r.kind === 'tableFunction' ? `${r.name.name}()` : 'this source'}`);
  // The right side sees the left side's columns: its scope's parent is this level.
  const q = translateQuery(r.query, { ...c, names: new NameScope(c.names), aliases: undefined, allowAggregates: true }, r.columns.length > 0 ? r.columns : undefined);
  const names = r.columns.length > 0 ? r.columns : q.columns.map((col) => col.name);
  checkNames(names, r.alias);
  const packed = q.columns.map((col) => (col.type.kind === 'binary' || col.type.kind === 'varbinary' || col.type.kind === 'image'
    ? `hex(s.${quoteIdent(col.outName)})` : `s.${quoteIdent(col.outName)}`));
  const alias = c.names.nextAlias('j');
  const columns = q.columns.map((col, i) => ({ name: names[i]!, type: col.type, nullable: true }));
  const b: BoundSource = {
    exposed: r.alias, sqlAlias: alias, columns, nullable: j.joinType === 'outerApply',
    columnSql: (i) => {
      const col = q.columns[i]!;
      const v = `json_extract(${quoteIdent(alias)}.value, '$[${i}]')`;
      return col.type.kind === 'binary' || col.type.kind === 'varbinary' || col.type.kind === 'image' ? `unhex(${v})` : v;
    },
  };
  c.names.add(b);
  const each = `json_each((SELECT json_group_array(json_array(${packed.join(', ')})) FROM (${q.sql}) AS s)) AS ${quoteIdent(alias)}`;
  return j.joinType === 'crossApply' ? `${left} JOIN ${each}` : `${left} LEFT JOIN ${each} ON 1`;
}
