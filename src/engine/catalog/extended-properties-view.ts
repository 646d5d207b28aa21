// sys.extended_properties over the database's __msxd_extended_properties (store
// extended-property-rows.ts). A property whose object, column, schema or user is gone is not
// listed (SQL Server drops it with its place; msxd's DROP does not reach the table).
import type { SystemViewDefinition } from '../sql/system-view-registry';
import { columns, INT, nvarchar, SQL_VARIANT, SYSNAME, TINYINT } from './view-columns';

export const sysExtendedProperties: SystemViewDefinition = {
  schema: 'sys', name: 'extended_properties',
  columns: columns([
    ['class', TINYINT], ['class_desc', nvarchar(60), true], ['major_id', INT], ['minor_id', INT], ['name', SYSNAME],
    ['value', SQL_VARIANT, true],
  ]),
  sql: (ctx) => {
    const db = ctx.sqliteSchema;
    return `SELECT ep.class, CASE ep.class WHEN 0 THEN 'DATABASE' WHEN 1 THEN 'OBJECT_OR_COLUMN' WHEN 3 THEN 'SCHEMA'
        WHEN 4 THEN 'DATABASE_PRINCIPAL' END, ep.major_id, ep.minor_id, ep.name, ep.value
      FROM ${db}.__msxd_extended_properties ep
      WHERE ep.class = 0
        OR (ep.class = 3 AND EXISTS (SELECT 1 FROM ${db}.__msxd_schemas s WHERE s.schema_id = ep.major_id))
        OR (ep.class = 4 AND EXISTS (SELECT 1 FROM ${db}.__msxd_principals p WHERE p.principal_id = ep.major_id))
        OR (ep.class = 1 AND ep.minor_id = 0 AND EXISTS (SELECT 1 FROM ${db}.__msxd_objects o WHERE o.object_id = ep.major_id))
        OR (ep.class = 1 AND ep.minor_id > 0
          AND EXISTS (SELECT 1 FROM ${db}.__msxd_columns c WHERE c.object_id = ep.major_id AND c.column_id = ep.minor_id))
      ORDER BY ep.class, ep.major_id, ep.minor_id, ep.name_key`;
  },
};
