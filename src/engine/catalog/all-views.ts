// sys.all_objects / sys.system_objects / sys.system_views and sys.all_columns /
// sys.system_columns: the user objects of the database plus the system views msxd serves.
import type { SystemViewDefinition } from '../sql/system-view-registry';
import { sysColumns } from './column-views';
import { sysObjects } from './object-views';
import { systemColumnValuesSql, systemObjectValuesSql } from './system-objects';

/** SQL Server 2022's system objects carry the build date; msxd uses its RTM date. */
const DAYS_0001_TO_1970 = 719162;
const SYSTEM_CREATE_DATE = (BigInt(Date.UTC(2022, 9, 8) / 86_400_000 + DAYS_0001_TO_1970) * 864_000_000_000n).toString();

function systemObjectRows(): string {
  return `SELECT column2, column1, NULL, column3, 0, 'V ', 'VIEW', ${SYSTEM_CREATE_DATE}, ${SYSTEM_CREATE_DATE}, 1, 0, 0
    FROM (${systemObjectValuesSql()})`;
}

function systemColumnRows(): string {
  return `SELECT column1, column2, column3, column4, column5, column6, column7, column8, NULL, column9,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'NOT_APPLICABLE', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL
    FROM (${systemColumnValuesSql()})`;
}

export const sysAllObjects: SystemViewDefinition = {
  ...sysObjects, name: 'all_objects', sql: (ctx) => `${sysObjects.sql(ctx)} UNION ALL ${systemObjectRows()}`,
};
export const sysSystemObjects: SystemViewDefinition = { ...sysObjects, name: 'system_objects', sql: () => systemObjectRows() };
export const sysAllColumns: SystemViewDefinition = {
  ...sysColumns, name: 'all_columns', sql: (ctx) => `${sysColumns.sql(ctx)} UNION ALL ${systemColumnRows()}`,
};
export const sysSystemColumns: SystemViewDefinition = { ...sysColumns, name: 'system_columns', sql: () => systemColumnRows() };
