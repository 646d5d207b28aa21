// msxd-only: the agent records that it e-mailed an operator (sysoperators.last_email_date /
// last_email_time, the yyyymmdd / hhmmss ints sp_help_operator shows), once the SMTP server took
// the mail. SQL Server's agent writes these columns itself; msxd's agent is a client of its node
// and has only procedures. The date and time are the agent's, as those of its job history.
// sysadmin only (229), as the agent's other procedures; an unknown operator changes nothing.
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { INT } from '../job-support/param-types';
import { execSql, ilit } from '../shared/index';

export const spMsxdAgentOperatorEmailed: ProcedureDefinition = {
  name: 'sp_msxd_agent_operator_emailed',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@operator_id', type: INT },
    { name: '@last_email_date', type: INT },
    { name: '@last_email_time', type: INT },
  ],
  async run(ctx, args) {
    const ok = await execSql(ctx, `UPDATE msdb.dbo.sysoperators SET last_email_date = ${ilit(args.value('@last_email_date'))},
  last_email_time = ${ilit(args.value('@last_email_time'))} WHERE id = ${ilit(args.value('@operator_id'))};`);
    return ok ? 0 : 1;
  },
};
