// The alert engine of the agent (SQL Server Agent's "alerter"): at each poll it reads the errors
// the node logged since the last one (sp_msxd_agent_logged_errors) and, for every enabled event
// alert one matches, records the occurrence and — unless the alert responded less than
// delay_between_responses seconds ago — responds: starts the alert's job (run_requested_source 2,
// "The Job was invoked by Alert <id> (<name>)") and e-mails the operators notified by e-mail.
// The occurrence (and response) reach sysalerts through sp_msxd_agent_alert_fired.
// https://learn.microsoft.com/sql/ssms/agent/alerts
//
// Without an enabled event alert the node is not asked at all, so an agent without alerts pays
// nothing for this. When the first alert appears the agent starts from the newest logged error:
// errors logged while it had no alert are not replayed.
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { MailSetup } from '../job-execution';
import { runDate, runTime } from '../history/encodings';
import { sendToOperators } from '../notify/mail-sender';
import type { OperatorRow } from '../notify/notify-decision';
import { alertMail } from './alert-mail';
import { alertMatches, mayRespond } from './alert-match';
import type { AlertDefinition, LoggedEvent } from './alert-types';

export interface AlertPorts {
  loadAlerts(): Promise<AlertDefinition[]>;
  /** errors logged after `afterId` (at most 100), and the newest id logged so far */
  loggedErrors(afterId: number, maxRows?: number): Promise<{ events: LoggedEvent[]; newestId: number }>;
  /** AlertReplaceRuntimeTokens (sp_get_sqlagent_properties replace_alert_tokens_enabled); off when not offered */
  replaceAlertTokens?(): Promise<boolean>;
  alertFired(alertId: number, occurrence: { date: number; time: number }, response: { date: number; time: number } | null): Promise<void>;
}

export interface AlerterDeps {
  readonly ports: AlertPorts;
  readonly clock: Clock;
  readonly log: Logger;
  readonly serverName: string;
  readonly operators: () => ReadonlyMap<number, OperatorRow>;
  readonly mail: MailSetup | null;
  /** starts the alert's job as the alerter (sp_start_job semantics; a running job is not started twice) */
  readonly startJob: (jobId: string, alert: AlertDefinition, event: LoggedEvent) => Promise<void>;
  /** an alert responded (tests wait for it) */
  readonly onResponse?: (alert: AlertDefinition, event: LoggedEvent) => void;
}

/** logged errors fetched per call (the procedure's own cap) */
const PAGE = 100;

export class Alerter {
  private alerts: AlertDefinition[] = [];
  private readonly lastResponse = new Map<number, number>();
  private lastLogId = 0;

  constructor(private readonly deps: AlerterDeps) {}

  /** Whether the Agent replaces alert tokens in the jobs alerts start (off when the node cannot say). */
  async replaceAlertTokens(): Promise<boolean> {
    try {
      return (await this.deps.ports.replaceAlertTokens?.()) ?? false;
    } catch (e) {
      this.deps.log.warn({ err: e }, 'agent: could not read AlertReplaceRuntimeTokens; alert tokens are not replaced');
      return false;
    }
  }

  async reload(): Promise<void> {
    const before = this.watchedCount();
    this.alerts = await this.deps.ports.loadAlerts();
    const now = this.watchedCount();
    if (before === 0 && now > 0) this.lastLogId = (await this.deps.ports.loggedErrors(0, 0)).newestId;
    if (now !== before) this.deps.log.info({ alerts: now }, `agent: watching ${now} alert(s)`);
    for (const a of this.alerts) {
      const known = this.lastResponse.get(a.id) ?? 0;
      this.lastResponse.set(a.id, Math.max(known, a.lastResponseMs));
    }
  }

  /** the enabled event alerts (the ones that can fire) */
  private watchedCount(): number {
    return this.alerts.filter((a) => a.enabled && a.isEventAlert).length;
  }

  async poll(): Promise<void> {
    if (this.watchedCount() === 0) return;
    for (;;) {
      const { events } = await this.deps.ports.loggedErrors(this.lastLogId);
      for (const e of events) {
        this.lastLogId = Math.max(this.lastLogId, e.logId);
        for (const alert of this.alerts) {
          if (alertMatches(alert, e)) await this.occurred(alert, e);
        }
      }
      if (events.length < PAGE) return;
    }
  }

  private async occurred(alert: AlertDefinition, e: LoggedEvent): Promise<void> {
    const now = this.deps.clock.now();
    const occurrence = { date: e.loggedDate, time: e.loggedTime };
    if (!mayRespond(alert, this.lastResponse.get(alert.id) ?? 0, now)) {
      this.deps.log.info({ alertId: alert.id, logId: e.logId }, `agent: alert '${alert.name}' occurred within its delay between responses`);
      await this.deps.ports.alertFired(alert.id, occurrence, null);
      return;
    }
    this.lastResponse.set(alert.id, now);
    this.deps.log.info({ alertId: alert.id, logId: e.logId, messageId: e.messageId }, `agent: alert '${alert.name}' fired`);
    await this.deps.ports.alertFired(alert.id, occurrence, { date: runDate(now), time: runTime(now) });
    if (alert.jobId !== null) await this.deps.startJob(alert.jobId, alert, e);
    await this.email(alert, e);
    this.deps.onResponse?.(alert, e);
  }

  private async email(alert: AlertDefinition, e: LoggedEvent): Promise<void> {
    const ops = this.deps.operators();
    const recipients = alert.emailOperatorIds.map((id) => ops.get(id))
      .filter((o): o is OperatorRow => o !== undefined && o.enabled && (o.emailAddress ?? '').trim() !== '');
    if (recipients.length === 0) return;
    if (this.deps.mail === null) {
      this.deps.log.warn({ alertId: alert.id }, 'agent: alert notification not sent: no SMTP server is configured for this node');
      return;
    }
    for (const s of await sendToOperators(this.deps.mail.transport, this.deps.mail.from, recipients, alertMail(alert, e, this.deps.serverName))) {
      if (s.sent) this.deps.log.info({ alertId: alert.id, operator: s.operator.name }, `agent: notified operator '${s.operator.name}' of alert '${alert.name}'`);
      else this.deps.log.error({ alertId: alert.id, operator: s.operator.name, error: s.error }, `agent: could not e-mail operator '${s.operator.name}'`);
    }
  }
}
