// @browse_information_mode 1 and 2 (@include_browse_information): "each query is analyzed as if it
// includes a FOR BROWSE option" — the source database/schema/table/column of each column that is
// a table's column, is_part_of_unique_key, and the key columns the select list lacks added as
// hidden columns (is_hidden = 1) after the visible ones. Done for a SELECT over one table named
// in FROM (the translation keeps no lineage through joins, views or derived tables: there the
// source columns stay NULL and no key is added).
import type { ColumnInfo } from '../../store/index';
import type { NamedTable, SelectStatement } from '../../tsql/ast';
import { DEFAULT_SCHEMA } from '../ddl/object-names';
import { tableIndexes } from '../ddl/table-indexes';
import type { Scope } from '../interpreter/scope';
import type { ResultColumn } from '../result-sink';
import { catalogTable } from '../sql/catalog-cache';

export interface ColumnSource {
  readonly database: string;
  readonly schema: string;
  readonly table: string;
  readonly column: string;
}

export interface BrowseColumn {
  readonly source?: ColumnSource;
  /** null: cannot be determined */
  readonly uniqueKey: boolean | null;
}

export interface BrowseInformation {
  /** per visible result column, in order */
  readonly visible: readonly BrowseColumn[];
  /** key columns the select list lacks */
  readonly hidden: readonly { readonly column: ResultColumn; readonly browse: BrowseColumn }[];
}

export function browseInformation(stmt: SelectStatement, columnCount: number, scope: Scope): BrowseInformation | undefined {
  const body = stmt.query.body;
  const s = scope.session.storage;
  if (!s || body.kind !== 'querySpec' || body.from.length !== 1 || body.from[0]!.kind !== 'table') return undefined;
  const source = body.from[0] as NamedTable;
  const database = scope.engine.store.getDatabase(source.name.database ?? scope.session.database)?.name;
  if (!database || source.name.name.startsWith('#')) return undefined;
  const found = catalogTable(s, database, source.name.schema ?? DEFAULT_SCHEMA, source.name.name, scope);
  if (!found) return undefined;
  const { table, columns } = found;
  const indexes = tableIndexes(s, { database, db: s.sqliteSchema(database), objectId: table.objectId, schemaId: table.schemaId, schema: table.schema, name: table.name, sqliteTable: '' })
    .filter((i) => i.unique);
  const unique = new Set(indexes.flatMap((i) => i.columnIds));
  const describe = (c: ColumnInfo): BrowseColumn => ({ source: { database, schema: table.schema, table: table.name, column: c.name }, uniqueKey: unique.has(c.columnId) });
  const exposed = (source.alias ?? source.name.name).toLowerCase();
  const visible: BrowseColumn[] = [];
  for (const item of body.items) {
    if (item.kind === 'star') {
      for (const c of columns) visible.push(describe(c));
    } else if (item.kind === 'expr' && item.expr.kind === 'column' && (item.expr.qualifier.length === 0 || item.expr.qualifier[item.expr.qualifier.length - 1]!.toLowerCase() === exposed)) {
      const name = item.expr.name.toLowerCase();
      const c = columns.find((x) => x.name.toLowerCase() === name);
      visible.push(c ? describe(c) : { uniqueKey: false });
    } else {
      visible.push({ uniqueKey: false });
    }
  }
  if (visible.length !== columnCount) return undefined;
  // the primary key, else the first unique key, is what FOR BROWSE adds
  const key = indexes.find((i) => i.object.type === 'PK') ?? indexes[0];
  const present = new Set(visible.map((v) => v.source?.column.toLowerCase()));
  const hidden = (key?.columnIds ?? [])
    .map((id) => columns.find((c) => c.columnId === id))
    .filter((c): c is ColumnInfo => c !== undefined && !present.has(c.name.toLowerCase()))
    .map((c) => ({
      column: c.identity ? { name: c.name, type: c.type, nullable: c.nullable, identity: true } : { name: c.name, type: c.type, nullable: c.nullable },
      browse: describe(c),
    }));
  return { visible, hidden };
}
