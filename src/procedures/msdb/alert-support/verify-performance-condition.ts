// sp_verify_performance_condition: msdb's check of a performance-condition alert, called by
// sp_verify_alert (so by sp_add_alert and sp_update_alert). 14507 unless the text has the shape
// `object|counter|instance|comparator|value` (comparator >, < or =, value starting with a digit)
// with exactly four '|' after the object's prefix; then 14262 for an object, a counter or an
// instance msdb.dbo.sysalerts_performance_counters_view does not list, compared in msdb's
// collation (the object without its 'SQLServer:' / 'MSSQL$<name>:' prefix, as the view has it).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-add-alert-transact-sql
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { hasConditionShape, splitCondition } from '../../../codes/performance-condition';
import { nlit, queryRow, raiseWith } from '../shared/index';

const VIEW = 'msdb.dbo.sysalerts_performance_counters_view';

/** true when the condition names a counter this node has; false after raising */
export async function verifyPerformanceCondition(ctx: ProcedureContext, condition: string): Promise<boolean> {
  const parts = hasConditionShape(condition) ? splitCondition(condition) : null;
  if (parts === null) { await raiseWith(ctx, 14507, 16); return false; }
  const object = `object_name = ${nlit(parts.objectKey)}`;
  if (!await queryRow(ctx, `SELECT TOP (1) 1 AS x FROM ${VIEW} WHERE ${object}`)) {
    await raiseWith(ctx, 14262, 16, 'object_name', parts.objectKey);
    return false;
  }
  const counter = `${object} AND counter_name = ${nlit(parts.counterName)}`;
  if (!await queryRow(ctx, `SELECT TOP (1) 1 AS x FROM ${VIEW} WHERE ${counter}`)) {
    await raiseWith(ctx, 14262, 16, 'counter_name', parts.counterName);
    return false;
  }
  if (!await queryRow(ctx, `SELECT TOP (1) 1 AS x FROM ${VIEW} WHERE ${counter} AND instance_name = ${nlit(parts.instanceName)}`)) {
    await raiseWith(ctx, 14262, 16, 'instance_name', parts.instanceName);
    return false;
  }
  return true;
}
