// msxd-only: the agent records that it notified an operator, once the SMTP server took the mail:
// sysoperators.last_email_date / last_email_time for an e-mail, last_pager_date /
// last_pager_time for a page (a pager notification is an e-mail to pager_address), the
// yyyymmdd / hhmmss ints sp_help_operator shows. A pair left NULL is not changed. SQL Server's
// agent writes these columns itself; msxd's agent is a client of its node and has only
// procedures. The date and time are the agent's, as those of its job history.
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
    { name: '@last_email_date', type: INT, default: null },
    { name: '@last_email_time', type: INT, default: null },
    { name: '@last_pager_date', type: INT, default: null },
    { name: '@last_pager_time', type: INT, default: null },
  ],
  async run(ctx, args) {
    const sets: string[] = [];
    for (const col of ['last_email_date', 'last_email_time', 'last_pager_date', 'last_pager_time']) {
      const v = args.value(`@${col}`);
      if (v !== null) sets.push(`${col} = ${ilit(v)}`);
    }
    if (sets.length === 0) return 0;
    const ok = await execSql(ctx, `UPDATE msdb.dbo.sysoperators SET ${sets.join(', ')} WHERE id = ${ilit(args.value('@operator_id'))};`);
    return ok ? 0 : 1;
  },
};
