// Whether a logged error is an occurrence of an alert, as SQL Server Agent decides it
// (sp_add_alert (Transact-SQL)): the message id, or the severity, is the alert's; when the alert
// names a database the error happened there; when it has a keyword the error's text contains
// it (case-insensitive here, as a LIKE '%keyword%' over the default collation would be).
// Disabled alerts and performance-condition / WMI alerts never match.
import type { AlertDefinition, LoggedEvent } from './alert-types';

export function alertMatches(alert: AlertDefinition, e: LoggedEvent): boolean {
  if (!alert.enabled || !alert.isEventAlert) return false;
  if (alert.messageId !== 0 ? e.messageId !== alert.messageId : e.severity !== alert.severity) return false;
  if (alert.databaseName !== null && alert.databaseName.toLowerCase() !== e.databaseName.toLowerCase()) return false;
  if (alert.eventDescriptionKeyword !== null && !e.message.toLowerCase().includes(alert.eventDescriptionKeyword.toLowerCase())) return false;
  return true;
}

/**
 * delay_between_responses: after a response the alert stays quiet (occurrences are still
 * counted) for that many seconds.
 */
export function mayRespond(alert: AlertDefinition, lastResponseMs: number, nowMs: number): boolean {
  return lastResponseMs === 0 || nowMs - lastResponseMs >= alert.delayBetweenResponses * 1000;
}
