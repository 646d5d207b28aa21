// sp_help_notification: the alerts an operator is notified of (@object_type 'ALERTS', @name an
// operator) or the operators notified of an alert ('OPERATORS', @name an alert): every one
// ('ALL'), the notified ones for @notification_method ('ACTUAL'), or the one @target_name
// ('TARGET'). A use_email / use_pager / use_netsend column per bit of @notification_method, then
// has_email, has_pager, has_netsend (for OPERATORS: whether the operator has that address; for
// ALERTS: how many operators the alert notifies that way). Rows ordered by name (SQL Server's
// query has no ORDER BY).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-help-notification-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { messageDef } from '../../errors/catalog';
import { ALL_NOTIFICATION_METHODS, NOTIFICATION_METHOD } from './alert-support/alert-codes';
import { requireOperatorRole } from './alert-support/operator-role';
import { SYSNAME, TINYINT, varchar } from './job-support/param-types';
import { ilit, nlit, queryRow, raiseWith, trimmed } from './shared/index';

const OBJECT_TYPES = ['ALERTS', 'OPERATORS'] as const;
const ENUM_TYPES = ['ALL', 'ACTUAL', 'TARGET'] as const;
type ObjectType = (typeof OBJECT_TYPES)[number];
type EnumType = (typeof ENUM_TYPES)[number];

const USE_COLUMNS = [['use_email', NOTIFICATION_METHOD.EMAIL], ['use_pager', NOTIFICATION_METHOD.PAGER], ['use_netsend', NOTIFICATION_METHOD.NETSEND]] as const;

/** [table of @name, table of @target_name] per object type */
const TABLES: Record<ObjectType, { readonly named: string; readonly listed: string; readonly listedAlias: string; readonly key: string; readonly namedKey: string }> = {
  OPERATORS: { named: 'sysalerts', listed: 'sysoperators', listedAlias: 'o', key: 'operator_id', namedKey: 'alert_id' },
  ALERTS: { named: 'sysoperators', listed: 'sysalerts', listedAlias: 'a', key: 'alert_id', namedKey: 'operator_id' },
};

export const spHelpNotification: ProcedureDefinition = {
  name: 'sp_help_notification',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@object_type', type: varchar(9) },
    { name: '@name', type: SYSNAME },
    { name: '@enum_type', type: varchar(10) },
    { name: '@notification_method', type: TINYINT },
    { name: '@target_name', type: SYSNAME, default: null },
  ],
  async run(ctx, args) {
    await requireOperatorRole(ctx, 'sp_help_notification');
    const objectType = String(args.value('@object_type') ?? '').trim().toUpperCase();
    const name = String(args.value('@name') ?? '').trim();
    const enumType = String(args.value('@enum_type') ?? '').trim().toUpperCase();
    const method = args.value('@notification_method') === null ? null : Number(args.value('@notification_method'));
    const targetName = trimmed(args.value('@target_name'));
    if (!isObjectType(objectType)) return raiseWith(ctx, 14266, 16, '@object_type', 'ALERTS, OPERATORS');
    const t = TABLES[objectType];
    const named = await queryRow(ctx, `SELECT id FROM msdb.dbo.${t.named} WHERE name = ${nlit(name)}`);
    if (!named) return raiseWith(ctx, 14262, 16, '@name', name);
    if (!isEnumType(enumType)) return raiseWith(ctx, 14266, 16, '@enum_type', 'ALL, ACTUAL, TARGET');
    if (method !== null && (method < 1 || method > ALL_NOTIFICATION_METHODS)) {
      return raiseWith(ctx, 14266, 16, '@notification_method', messageDef(14208)!.text);
    }
    if (enumType === 'TARGET' && targetName === undefined) return raiseWith(ctx, 14502, 16);
    if (enumType !== 'TARGET' && targetName !== undefined) return raiseWith(ctx, 14503, 16);
    let targetId: number | undefined;
    if (targetName !== undefined) {
      const target = await queryRow(ctx, `SELECT id FROM msdb.dbo.${t.listed} WHERE name = ${nlit(targetName)}`);
      if (!target) return raiseWith(ctx, 14262, 16, objectType, targetName);
      targetId = Number(target.id);
    }
    await ctx.executeSql(`SET NOCOUNT ON;\n${query(objectType, enumType, Number(named.id), method ?? 0, targetId)}`);
    return 0;
  },
};

function query(objectType: ObjectType, enumType: EnumType, id: number, method: number, targetId: number | undefined): string {
  const t = TABLES[objectType];
  const x = t.listedAlias;
  const idName = objectType === 'OPERATORS' ? 'operator' : 'alert';
  const uses = USE_COLUMNS.filter(([, bit]) => (method & bit) === bit)
    .map(([col, bit]) => `ISNULL((sn.notification_method & ${bit}) / ${bit}, 0) AS ${col}`);
  const has = objectType === 'OPERATORS'
    ? ['email', 'pager', 'netsend'].map((k) => `PATINDEX(N'%[^ ]%', ISNULL(o.${k}_address, N'')) AS has_${k}`)
    : USE_COLUMNS.map(([col, bit]) => `(SELECT COUNT(*) FROM msdb.dbo.sysnotifications AS n2 WHERE n2.alert_id = a.id AND (n2.notification_method & ${bit}) = ${bit}) AS has_${col.slice(4)}`);
  const select = [`${x}.id AS ${idName}_id`, `${x}.name AS ${idName}_name`, ...uses, ...has].join(', ');
  const join = `sn.${t.key} = ${x}.id AND sn.${t.namedKey} = ${ilit(id)}`;
  switch (enumType) {
    case 'ALL':
      return `SELECT ${select} FROM msdb.dbo.${t.listed} AS ${x} LEFT OUTER JOIN msdb.dbo.sysnotifications AS sn ON ${join} ORDER BY ${x}.name;`;
    case 'ACTUAL':
      return `SELECT ${select} FROM msdb.dbo.${t.listed} AS ${x} JOIN msdb.dbo.sysnotifications AS sn ON ${join}
WHERE sn.notification_method & ${ilit(method)} <> 0 ORDER BY ${x}.name;`;
    case 'TARGET':
      return `SELECT ${select} FROM msdb.dbo.${t.listed} AS ${x} JOIN msdb.dbo.sysnotifications AS sn ON ${join}
WHERE ${x}.id = ${ilit(targetId ?? 0)} ORDER BY ${x}.name;`;
    default: {
      const never: never = enumType;
      throw new Error(`unknown enum type ${String(never)}`);
    }
  }
}

function isObjectType(s: string): s is ObjectType {
  return (OBJECT_TYPES as readonly string[]).includes(s);
}

function isEnumType(s: string): s is EnumType {
  return (ENUM_TYPES as readonly string[]).includes(s);
}
