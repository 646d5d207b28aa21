// sysmail_verify_profile_sp / sysmail_verify_account_sp: a profile or account named by id, name
// or both. Both NULL: 14604 unless allowed (the help procedures list everything); both given and
// not the same row: 14605; an unknown id: 14606; an unknown name: 14607 ("profile name is not
// valid"). The kind word ('profile', 'account') is the %s, as SQL Server passes it.
import type { ProcedureContext, ProcedureParameter } from '../../../engine/procedure-registry';
import { INT, SYSNAME } from '../job-support/param-types';
import type { SqlValue } from '../../../types/values';
import { ilit, nlit, queryRow, raise, trimmed } from '../shared/index';

export const MAIL_OBJECTS = {
  profile: { table: 'msdb.dbo.sysmail_profile', id: 'profile_id' },
  account: { table: 'msdb.dbo.sysmail_account', id: 'account_id' },
} as const;

export type MailObjectKind = keyof typeof MAIL_OBJECTS;

/** the verified id; null = both NULL and allowed; 'failed' = an error was raised */
export type Verified = number | null | 'failed';

export async function verifyMailObject(
  ctx: ProcedureContext, kind: MailObjectKind, rawId: SqlValue, rawName: SqlValue, allowBothNulls: boolean,
): Promise<Verified> {
  const name = trimmed(rawName);
  const id = rawId === null ? undefined : Number(rawId);
  const { table, id: idColumn } = MAIL_OBJECTS[kind];
  if (id === undefined && name === undefined) {
    if (allowBothNulls) return null;
    await raise(ctx, 14604, kind);
    return 'failed';
  }
  const where = [
    ...(id !== undefined ? [`${idColumn} = ${ilit(id)}`] : []),
    ...(name !== undefined ? [`name = ${nlit(name)}`] : []),
  ].join(' AND ');
  const row = await queryRow(ctx, `SELECT ${idColumn} AS id FROM ${table} WHERE ${where}`);
  if (row) return Number(row.id);
  await raise(ctx, id !== undefined && name !== undefined ? 14605 : id !== undefined ? 14606 : 14607, kind);
  return 'failed';
}

/** the profile and account parameters of the sysmail_*_profileaccount_sp procedures (each optional: id or name) */
export const PROFILE_ACCOUNT_PARAMETERS: readonly ProcedureParameter[] = [
  { name: '@profile_id', type: INT, default: null },
  { name: '@profile_name', type: SYSNAME, default: null },
  { name: '@account_id', type: INT, default: null },
  { name: '@account_name', type: SYSNAME, default: null },
];
