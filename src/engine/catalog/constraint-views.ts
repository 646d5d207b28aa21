// sys.default_constraints, sys.check_constraints, sys.key_constraints, sys.foreign_keys and
// sys.foreign_key_columns over the constraint rows of __msxd_objects (DEFAULT and CHECK keep
// their T-SQL text in `definition`; FOREIGN KEY keeps JSON {columns, refSchema, refTable,
// refColumns, onDelete, onUpdate}; PRIMARY KEY / UNIQUE have their index columns).
import type { SystemViewContext, SystemViewDefinition } from '../sql/system-view-registry';
import { objectColumnsSql } from './object-views';
import {
  BIT, columns, INT, nvarchar, OBJECT_COLUMNS, TINYINT, type ColumnSpec,
} from './view-columns';

/** SQL Server's generated constraint names start with the type and two underscores. */
const systemNamed = (prefix: string): string => `CASE WHEN substr(o.name, 1, ${prefix.length}) = '${prefix}' THEN 1 ELSE 0 END`;

const fkJson = (path: string): string => `json_extract(o.definition, '$.${path}')`;

/** The referenced table of a foreign key row `o`. */
const referencedIdSql = (ctx: SystemViewContext): string => `(SELECT r.object_id FROM ${ctx.sqliteSchema}.__msxd_objects r
  JOIN ${ctx.sqliteSchema}.__msxd_schemas rs ON rs.schema_id = r.schema_id
  WHERE r.parent_object_id = 0 AND r.name_key = msxd_ci_key(${fkJson('refTable')})
    AND rs.name_key = msxd_ci_key(coalesce(${fkJson('refSchema')}, 'dbo')))`;

const ACTIONS = "CASE upper(X) WHEN 'CASCADE' THEN 1 WHEN 'SET NULL' THEN 2 WHEN 'SET DEFAULT' THEN 3 ELSE 0 END";
const ACTION_DESCS = "CASE upper(X) WHEN 'CASCADE' THEN 'CASCADE' WHEN 'SET NULL' THEN 'SET_NULL' WHEN 'SET DEFAULT' THEN 'SET_DEFAULT' ELSE 'NO_ACTION' END";
const action = (template: string, path: string): string => template.replace('X', `coalesce(${fkJson(path)}, 'NO ACTION')`);

function constraintView(name: string, extra: readonly ColumnSpec[], types: string, extraSql: (ctx: SystemViewContext) => string): SystemViewDefinition {
  return {
    schema: 'sys', name, columns: columns([...OBJECT_COLUMNS, ...extra]),
    sql: (ctx) => `SELECT ${objectColumnsSql}, ${extraSql(ctx)} FROM ${ctx.sqliteSchema}.__msxd_objects o WHERE o.type IN (${types})`,
  };
}

export const sysDefaultConstraints = constraintView('default_constraints',
  [['parent_column_id', INT], ['definition', nvarchar('max'), true], ['is_system_named', BIT]], "'D'",
  (ctx) => `coalesce((SELECT c.column_id FROM ${ctx.sqliteSchema}.__msxd_columns c
      WHERE c.object_id = o.parent_object_id AND c.default_object_id = o.object_id), 0), o.definition, ${systemNamed('DF__')}`);

export const sysCheckConstraints = constraintView('check_constraints',
  [['is_disabled', BIT], ['is_not_for_replication', BIT], ['is_not_trusted', BIT], ['parent_column_id', INT],
    ['definition', nvarchar('max'), true], ['uses_database_collation', BIT, true], ['is_system_named', BIT]], "'C'",
  () => `0, 0, 0, 0, o.definition, 1, ${systemNamed('CK__')}`);

export const sysKeyConstraints = constraintView('key_constraints',
  [['unique_index_id', INT, true], ['is_system_named', BIT], ['is_enforced', BIT, true]], "'PK', 'UQ'",
  (ctx) => `CASE WHEN o.type = 'PK' THEN 1 ELSE 1 + (SELECT count(*) FROM ${ctx.sqliteSchema}.__msxd_objects k
      WHERE k.parent_object_id = o.parent_object_id AND k.type IN ('UQ', 'IX') AND k.object_id <= o.object_id) END,
    CASE WHEN substr(o.name, 1, 4) IN ('PK__', 'UQ__') THEN 1 ELSE 0 END, 1`);

export const sysForeignKeys = constraintView('foreign_keys',
  [['referenced_object_id', INT, true], ['key_index_id', INT, true], ['is_disabled', BIT], ['is_not_for_replication', BIT],
    ['is_not_trusted', BIT], ['delete_referential_action', TINYINT, true], ['delete_referential_action_desc', nvarchar(60), true],
    ['update_referential_action', TINYINT, true], ['update_referential_action_desc', nvarchar(60), true], ['is_system_named', BIT]],
  "'F'",
  (ctx) => `${referencedIdSql(ctx)}, 1, 0, 0, 0, ${action(ACTIONS, 'onDelete')}, ${action(ACTION_DESCS, 'onDelete')},
    ${action(ACTIONS, 'onUpdate')}, ${action(ACTION_DESCS, 'onUpdate')}, ${systemNamed('FK__')}`);

export const sysForeignKeyColumns: SystemViewDefinition = {
  schema: 'sys', name: 'foreign_key_columns',
  columns: columns([['constraint_object_id', INT], ['constraint_column_id', INT], ['parent_object_id', INT],
    ['parent_column_id', INT], ['referenced_object_id', INT], ['referenced_column_id', INT]]),
  sql: (ctx) => {
    const db = ctx.sqliteSchema;
    return `SELECT f.object_id, f.n, f.parent_object_id,
        (SELECT c.column_id FROM ${db}.__msxd_columns c WHERE c.object_id = f.parent_object_id AND c.name_key = msxd_ci_key(f.col)),
        f.ref_id,
        (SELECT c.column_id FROM ${db}.__msxd_columns c WHERE c.object_id = f.ref_id AND c.name_key = msxd_ci_key(f.ref_col))
      FROM (SELECT o.object_id, o.parent_object_id, CAST(cols.key AS INTEGER) + 1 AS n, cols.value AS col,
              json_extract(o.definition, '$.refColumns[' || cols.key || ']') AS ref_col, ${referencedIdSql(ctx)} AS ref_id
            FROM ${db}.__msxd_objects o, json_each(o.definition, '$.columns') cols WHERE o.type = 'F') f`;
  },
};
