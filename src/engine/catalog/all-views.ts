// sys.all_objects / sys.system_objects / sys.system_views and sys.all_columns /
// sys.system_columns: the user objects of the database plus the system objects msxd serves
// (system views and system procedures, system-objects.ts).
import type { SystemViewContext, SystemViewDefinition } from '../sql/system-view-registry';
import { sysColumns } from './column-views';
import { sysObjects, typeDescSql } from './object-views';
import { SYSTEM_CREATE_DATE, systemColumnValuesSql, systemObjectValuesSql } from './system-objects';

function systemObjectRows(ctx: SystemViewContext): string {
  return `SELECT column2, column1, NULL, column3, 0, substr(column4 || ' ', 1, 2), ${typeDescSql('column4')},
      ${SYSTEM_CREATE_DATE}, ${SYSTEM_CREATE_DATE}, 1, 0, 0
    FROM (${systemObjectValuesSql(ctx.procedures)})`;
}

function systemColumnRows(ctx: SystemViewContext): string {
  return `SELECT column1, column2, column3, column4, column5, column6, column7, column8, NULL, column9,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'NOT_APPLICABLE', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL
    FROM (${systemColumnValuesSql(ctx.procedures)})`;
}

export const sysAllObjects: SystemViewDefinition = {
  ...sysObjects, name: 'all_objects', sql: (ctx) => `${sysObjects.sql(ctx)} UNION ALL ${systemObjectRows(ctx)}`,
};
export const sysSystemObjects: SystemViewDefinition = { ...sysObjects, name: 'system_objects', sql: (ctx) => systemObjectRows(ctx) };
export const sysAllColumns: SystemViewDefinition = {
  ...sysColumns, name: 'all_columns', sql: (ctx) => `${sysColumns.sql(ctx)} UNION ALL ${systemColumnRows(ctx)}`,
};
export const sysSystemColumns: SystemViewDefinition = { ...sysColumns, name: 'system_columns', sql: (ctx) => systemColumnRows(ctx) };
