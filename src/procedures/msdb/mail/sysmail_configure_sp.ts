// sysmail_configure_sp, sysmail_help_configure_sp, sysmail_help_configure_value_sp: Database
// Mail's parameters in msdb.dbo.sysmail_configuration (sql/0015), with the bodies of SQL Server's
// (instmsdb.sql): configure updates the named row only (an unknown name changes nothing and still
// returns 0; the value is not checked: its readers convert it and fall back to a default), keeping
// the description unless one is given; help lists paramname, paramvalue, description, one row
// when @parameter_name is given; help_configure_value hands one value out (NULL when absent).
// sysadmin only (229), as SQL Server's default.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sysmail-configure-sp-transact-sql
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { typed } from '../../../types/typed-value';
import { execSql, raise } from '../shared/index';
import { sqlParams } from '../shared/agent-sql';
import { nvarchar } from '../job-support/param-types';
import { configurationValue } from './mail-configuration';

const PARAM = nvarchar(256);

export const sysmailConfigureSp: ProcedureDefinition = {
  name: 'sysmail_configure_sp',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@parameter_name', type: PARAM },
    { name: '@parameter_value', type: PARAM },
    { name: '@description', type: PARAM, default: null },
  ],
  async run(ctx, args) {
    const params = sqlParams({
      '@name': typed(PARAM, args.value('@parameter_name')),
      '@value': typed(PARAM, args.value('@parameter_value')),
      '@description': typed(PARAM, args.value('@description')),
    });
    await execSql(ctx, `UPDATE msdb.dbo.sysmail_configuration
SET paramvalue = @value, description = ISNULL(@description, description), last_mod_datetime = GETDATE(), last_mod_user = SUSER_SNAME()
WHERE paramname = @name;`, false, params);
    return 0;
  },
};

export const sysmailHelpConfigureSp: ProcedureDefinition = {
  name: 'sysmail_help_configure_sp',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [{ name: '@parameter_name', type: PARAM, default: null }],
  async run(ctx, args) {
    await ctx.executeSql(`SET NOCOUNT ON;
SELECT paramname, paramvalue, description FROM msdb.dbo.sysmail_configuration
WHERE paramname = ISNULL(@name, paramname) ORDER BY paramname;`, sqlParams({ '@name': typed(PARAM, args.value('@parameter_name')) }));
    return 0;
  },
};

export const sysmailHelpConfigureValueSp: ProcedureDefinition = {
  name: 'sysmail_help_configure_value_sp',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@parameter_name', type: PARAM },
    { name: '@parameter_value', type: PARAM, output: true },
  ],
  async run(ctx, args) {
    args.set('@parameter_value', null);
    const name = args.value('@parameter_name');
    if (name === null) return raise(ctx, 14618, '@parameter_name');
    args.set('@parameter_value', await configurationValue(ctx, String(name)));
    return 0;
  },
};
