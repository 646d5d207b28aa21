// sysmail_help_queue_sp (sysmail_help_queue_sp (Transact-SQL)); as SQL Server's body: @queue_type
// trimmed, '' = NULL, not mail/status → 14266; one row per queue (mail, then status) of
// queue_type nvarchar(6), length int, state nvarchar(64), last_empty_rowset_time datetime,
// last_activated_time datetime. msxd has no Service Broker queues: the mail queue's length is the
// number of unsent items (what ExternalMailQueue holds until Database Mail's program takes it),
// the status queue is always empty (the agent records outcomes at once), state is INACTIVE (a
// sys.dm_broker_queue_monitors state; no queue monitor runs) and both times are NULL. SQL
// Server returns no row for a queue whose monitor does not exist. sysadmin only (229).
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { nvarchar } from '../job-support/param-types';
import { raise } from '../shared/index';
import { SENT_STATUS } from './sp_msxd_dbmail_mark';

const QUEUE_TYPES = ['mail', 'status'] as const;
type QueueType = (typeof QUEUE_TYPES)[number];

function lengthOf(q: QueueType): string {
  switch (q) {
    case 'mail': return `(SELECT COUNT(*) FROM msdb.dbo.sysmail_mailitems WHERE sent_status = ${SENT_STATUS.unsent})`;
    case 'status': return '0';
    default: { const never: never = q; return never; }
  }
}

export const sysmailHelpQueueSp: ProcedureDefinition = {
  name: 'sysmail_help_queue_sp',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [{ name: '@queue_type', type: nvarchar(6), default: null }],
  async run(ctx, args) {
    const raw = args.value('@queue_type');
    const type = raw === null ? null : String(raw).trim().toLowerCase() || null;
    if (type !== null && !(QUEUE_TYPES as readonly string[]).includes(type)) return raise(ctx, 14266, '@queue_type', 'mail, status');
    const queues = QUEUE_TYPES.filter((q) => type === null || q === type);
    const rows = queues.map((q) => `INSERT INTO @temp VALUES (N'${q}', ${lengthOf(q)}, N'INACTIVE', NULL, NULL);`);
    await ctx.executeSql(`SET NOCOUNT ON;
DECLARE @temp TABLE (queue_type nvarchar(6), length int NOT NULL, state nvarchar(64), last_empty_rowset_time datetime, last_activated_time datetime);
${rows.join('\n')}
SELECT * FROM @temp;`);
    return 0;
  },
};
