// sysmail_help_profile_sp: profile_id, name, description of one profile or of all (sysadmin).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sysmail-help-profile-sp-transact-sql
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { INT, SYSNAME } from '../job-support/param-types';
import { ilit } from '../shared/index';
import { verifyMailObject } from './verify-identifiers';

export const sysmailHelpProfileSp: ProcedureDefinition = {
  name: 'sysmail_help_profile_sp',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@profile_id', type: INT, default: null },
    { name: '@profile_name', type: SYSNAME, default: null },
  ],
  async run(ctx, args) {
    const id = await verifyMailObject(ctx, 'profile', args.value('@profile_id'), args.value('@profile_name'), true);
    if (id === 'failed') return 1;
    await ctx.executeSql(`SELECT profile_id, name, description FROM msdb.dbo.sysmail_profile
${id === null ? '' : `WHERE profile_id = ${ilit(id)}`} ORDER BY profile_id;`);
    return 0;
  },
};
