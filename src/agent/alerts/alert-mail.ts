// The alert e-mail, laid out as SQL Server Agent's ("SQL Server Alert System: '<alert>' occurred
// on \\<server>"): DATE/TIME, DESCRIPTION (the error, only when the alert's
// include_event_description has the e-mail bit), COMMENT (the alert's notification_message, or
// "(None)") and JOB RUN (the alert's job, or "(None)"), separated by blank lines. The
// description is msxd's rendering of the logged error: "Error: <n> Severity: <s> State: <st>
// <text>".
import type { MailContent } from '../notify/job-mail';
import type { AlertDefinition, LoggedEvent } from './alert-types';

/** the e-mail bit of include_event_description / notification_method */
const EMAIL_BIT = 1;

export function alertMail(alert: AlertDefinition, e: LoggedEvent, serverName: string): MailContent {
  const lines = [`DATE/TIME:\t${dateTime(e.loggedDate, e.loggedTime)}`];
  if ((alert.includeEventDescription & EMAIL_BIT) !== 0) {
    lines.push(`DESCRIPTION:\tError: ${e.messageId} Severity: ${e.severity} State: ${e.state} ${e.message}`);
  }
  lines.push(`COMMENT:\t${alert.notificationMessage ?? '(None)'}`, `JOB RUN:\t${alert.jobName ?? '(None)'}`);
  return {
    subject: `SQL Server Alert System: '${alert.name}' occurred on \\\\${serverName}`,
    text: lines.join('\r\n\r\n'),
  };
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
