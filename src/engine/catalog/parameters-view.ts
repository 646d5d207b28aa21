// sys.parameters: the parameters of procedures and functions (and a scalar function's return
// value as parameter 0), from their definitions (module-signature.ts), and in msdb those of its
// TypeScript procedures, from their registry declarations (database-procedures.ts).
import type { SystemViewContext, SystemViewDefinition } from '../sql/system-view-registry';
import { databaseProcedureParameterRows } from './database-procedures';
import './module-signature';
import { BIT, columns, INT, nvarchar, SMALLINT, SYSNAME, TINYINT } from './view-columns';

const field = (name: string): string => `json_extract(p.value, '$.${name}')`;

/** (object_id, params): params is a JSON array of module-signature.ts ParameterRow (a UNION takes its first part's names) */
function modules(ctx: SystemViewContext): string {
  const stored = `SELECT object_id, msxd_module_params(definition) AS params FROM ${ctx.sqliteSchema}.__msxd_objects
    WHERE type IN ('P', 'FN', 'IF', 'TF') AND definition IS NOT NULL`;
  const procedures = databaseProcedureParameterRows(ctx);
  return procedures === undefined ? stored : `${stored} UNION ALL ${procedures}`;
}

export const sysParameters: SystemViewDefinition = {
  schema: 'sys', name: 'parameters',
  columns: columns([
    ['object_id', INT], ['name', SYSNAME, true], ['parameter_id', INT], ['system_type_id', TINYINT], ['user_type_id', INT],
    ['max_length', SMALLINT], ['precision', TINYINT], ['scale', TINYINT], ['is_output', BIT], ['is_cursor_ref', BIT],
    ['has_default_value', BIT], ['is_xml_document', BIT], ['default_value', { kind: 'sql_variant' }, true],
    ['xml_collection_id', INT], ['is_readonly', BIT], ['is_nullable', BIT, true], ['encryption_type', INT, true],
    ['encryption_type_desc', nvarchar(64), true], ['encryption_algorithm_name', SYSNAME, true],
    ['column_encryption_key_id', INT, true], ['column_encryption_key_database_name', SYSNAME, true],
  ]),
  sql: (ctx) => `SELECT o.object_id, ${field('name')}, ${field('id')}, ${field('systemTypeId')}, ${field('userTypeId')},
      ${field('maxLength')}, ${field('precision')}, ${field('scale')}, ${field('output')}, 0, ${field('hasDefault')}, 0, NULL,
      0, ${field('readonly')}, 1, NULL, NULL, NULL, NULL, NULL
    FROM (${modules(ctx)}) o, json_each(o.params) p`,
};
