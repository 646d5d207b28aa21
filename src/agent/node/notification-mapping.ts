// sp_sqlagent_notify's (@op_type, @action_type) pairs -> what the agent does about them.
// J: job (R run, S start, C stop/cancel, I/U/D definition changed); S: schedule (I/U/D);
// O: operator; A: alert (I/U/D: reload the alerts); P: poll the MSX. Registry (G), dump (D),
// log (L), WMI (T) and mail profile (M) requests have no effect on this agent yet, except msxd's
// (M, Q): sp_send_dbmail queued an item, which wakes Database Mail's sender (notify/dbmail-queue.ts).
import type { AgentNotification } from '../node-api';
import type { NotificationRow } from '../node-client';

export function toNotification(row: NotificationRow): AgentNotification | null {
  const op = row.opType.toUpperCase();
  const action = (row.actionType ?? '').toUpperCase();
  switch (op) {
    case 'J':
      if ((action === 'R' || action === 'S') && row.jobId !== null) {
        return { kind: 'start-job', jobId: row.jobId, stepName: row.stepName, requestedBy: row.requestedBy };
      }
      if (action === 'C' && row.jobId !== null) return { kind: 'stop-job', jobId: row.jobId, requestedBy: row.requestedBy };
      return { kind: 'refresh-jobs' };
    case 'S':
      return { kind: 'refresh-jobs' };
    case 'O':
      return { kind: 'refresh-operators' };
    case 'A':
      return { kind: 'refresh-alerts' };
    case 'P':
      return { kind: 'poll-msx' };
    case 'M':
      return action === 'Q' ? { kind: 'mail-queued' } : null;
    default:
      return null;
  }
}
