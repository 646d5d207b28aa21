// sys.parameters: the parameters of procedures and functions (and a scalar function's return
// value as parameter 0), from their definitions (module-signature.ts).
import type { SystemViewDefinition } from '../sql/system-view-registry';
import './module-signature';
import { BIT, columns, INT, nvarchar, SMALLINT, SYSNAME, TINYINT } from './view-columns';

const field = (name: string): string => `json_extract(p.value, '$.${name}')`;

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
    FROM ${ctx.sqliteSchema}.__msxd_objects o, json_each(msxd_module_params(o.definition)) p
    WHERE o.type IN ('P', 'FN', 'IF', 'TF') AND o.definition IS NOT NULL`,
};
