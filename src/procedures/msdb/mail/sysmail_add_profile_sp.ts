// sysmail_add_profile_sp: a new Database Mail profile (sysadmin). A duplicate name fails on the
// table's unique constraint (SYSMAIL_PROFILE_NameMustBeUnique), as in SQL Server.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sysmail-add-profile-sp-transact-sql
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { INT, SYSNAME, nvarchar } from '../job-support/param-types';
import { execSql, nlit, queryRow } from '../shared/index';

export const sysmailAddProfileSp: ProcedureDefinition = {
  name: 'sysmail_add_profile_sp',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@profile_name', type: SYSNAME },
    { name: '@description', type: nvarchar(256), default: null },
    { name: '@profile_id', type: INT, default: null, output: true },
  ],
  async run(ctx, args) {
    const name = args.value('@profile_name');
    const inserted = await execSql(ctx, `INSERT INTO msdb.dbo.sysmail_profile (name, description)
VALUES (${nlit(name)}, ${nlit(args.value('@description'))});`);
    if (!inserted) return 1;
    const row = await queryRow(ctx, `SELECT profile_id FROM msdb.dbo.sysmail_profile WHERE name = ${nlit(name)}`);
    args.set('@profile_id', row ? Number(row.profile_id) : null);
    return 0;
  },
};
