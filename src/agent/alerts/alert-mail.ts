// The alert e-mail, laid out as SQL Server Agent's ("SQL Server Alert System: '<alert>' occurred
// on \\<server>"): DATE/TIME, DESCRIPTION (what occurred, only when the alert's
// include_event_description has the e-mail bit, the pager bit for a page), COMMENT (the alert's notification_message, or
// "(None)") and JOB RUN (the alert's job, or "(None)"), separated by blank lines. The
// description of a logged error is msxd's rendering, "Error: <n> Severity: <s> State: <st> <text>";
// that of a performance condition follows SQL Server Agent's sentence as seen in its mails
// ("The SQL Server performance counter '<counter>' (instance '<instance>') of object '<object>' is
// now above the threshold of 5.00 (the current value is 6.00)."; 'N/A' without an instance),
// not found in Microsoft's documentation.
import type { PerformanceComparator } from '../../codes/performance-condition';
import type { MailContent } from '../notify/job-mail';
import type { NotifyMethod } from '../notify/notify-decision';
import type { AlertDefinition, AlertOccurrence, LoggedEvent, PerformanceEvent } from './alert-types';

/** the bits of include_event_description / notification_method: a page is an e-mail to pager_address */
const METHOD_BIT = { email: 1, pager: 2 } as const;

const RELATION: Readonly<Record<PerformanceComparator, string>> = { '>': 'above', '<': 'below', '=': 'equal to' };

/** `method`: the page (an e-mail to pager_address) includes the description when bit 2 is set. */
export function alertMail(alert: AlertDefinition, e: LoggedEvent, serverName: string, method: NotifyMethod = 'email'): MailContent {
  return occurrenceMail(alert, { kind: 'error', event: e }, serverName, method);
}

export function occurrenceMail(alert: AlertDefinition, o: AlertOccurrence, serverName: string, method: NotifyMethod = 'email'): MailContent {
  const at = o.kind === 'error' ? { date: o.event.loggedDate, time: o.event.loggedTime } : o.event;
  const lines = [`DATE/TIME:\t${dateTime(at.date, at.time)}`];
  if ((alert.includeEventDescription & METHOD_BIT[method]) !== 0) lines.push(`DESCRIPTION:\t${description(o)}`);
  lines.push(`COMMENT:\t${alert.notificationMessage ?? '(None)'}`, `JOB RUN:\t${alert.jobName ?? '(None)'}`);
  return {
    subject: `SQL Server Alert System: '${alert.name}' occurred on \\\\${serverName}`,
    text: lines.join('\r\n\r\n'),
  };
}

function description(o: AlertOccurrence): string {
  switch (o.kind) {
    case 'error': return `Error: ${o.event.messageId} Severity: ${o.event.severity} State: ${o.event.state} ${o.event.message}`;
    case 'performance': return performanceDescription(o.event);
    default: {
      const unreachable: never = o;
      throw new Error(`unknown occurrence ${String(unreachable)}`);
    }
  }
}

export function performanceDescription(e: PerformanceEvent): string {
  const c = e.condition;
  const instance = c.instanceName === '' ? 'N/A' : c.instanceName;
  return `The SQL Server performance counter '${c.counterName}' (instance '${instance}') of object '${c.objectName}' is now `
    + `${RELATION[c.comparator]} the threshold of ${c.threshold.toFixed(2)} (the current value is ${e.observed.toFixed(2)}).`;
}

/** 20261202 / 33015 → "12/2/2026 3:30:15 AM" */
function dateTime(date: number, time: number): string {
  const y = Math.floor(date / 10000);
  const m = Math.floor(date / 100) % 100;
  const d = date % 100;
  const h24 = Math.floor(time / 10000);
  const h12 = h24 % 12 === 0 ? 12 : h24 % 12;
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${m}/${d}/${y} ${h12}:${p(Math.floor(time / 100) % 100)}:${p(time % 100)} ${h24 < 12 ? 'AM' : 'PM'}`;
}
