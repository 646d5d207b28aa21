// sys.configurations: one row per server configuration option, from master's
// __msxd_configurations (store server-configuration-rows.ts). value, minimum, maximum and
// value_in_use are sql_variant over int, as in SQL Server ("sys.configurations (Transact-SQL)").
// Readable by public, like SQL Server's (metadata visibility does not hide its rows).
import type { SystemViewDefinition } from '../sql/system-view-registry';
import { BIT, columns, INT, nvarchar, SQL_VARIANT } from './view-columns';

/** An int as the store encodes a sql_variant (storage-types.ts: JSON `{t: SqlType, v: value}`). */
const intVariant = (column: string): string => `json_object('t', json('{"kind":"int"}'), 'v', ${column})`;

export const sysConfigurations: SystemViewDefinition = {
  schema: 'sys', name: 'configurations',
  columns: columns([
    ['configuration_id', INT], ['name', nvarchar(35)], ['value', SQL_VARIANT, true], ['minimum', SQL_VARIANT, true],
    ['maximum', SQL_VARIANT, true], ['value_in_use', SQL_VARIANT, true], ['description', nvarchar(255)],
    ['is_dynamic', BIT], ['is_advanced', BIT],
  ]),
  sql: (ctx) => `SELECT c.configuration_id, c.name, ${intVariant('c.value')}, ${intVariant('c.minimum')},
      ${intVariant('c.maximum')}, ${intVariant('c.value_in_use')}, c.description, c.is_dynamic, c.is_advanced
    FROM ${ctx.masterSchema}.__msxd_configurations c ORDER BY c.configuration_id`,
};
