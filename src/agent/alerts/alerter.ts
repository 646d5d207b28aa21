// The alert engine of the agent (SQL Server Agent's "alerter"): at each poll it reads the errors
// the node logged since the last one (sp_msxd_agent_logged_errors) and, for every enabled event
// alert one matches, records the occurrence and — unless the alert responded less than
// delay_between_responses seconds ago — responds: starts the alert's job (run_requested_source 2,
// "The Job was invoked by Alert <id> (<name>)") and e-mails the operators notified by e-mail.
// The occurrence (and response) reach sysalerts through sp_msxd_agent_alert_fired.
// https://learn.microsoft.com/sql/ssms/agent/alerts
//
// Performance-condition alerts: every `performanceSampleMs` (default 20 s) while one is enabled,
// the counters are read (msdb.dbo.sysalerts_performance_counters_view) and each alert whose
// condition holds occurs (performance-sampler.ts); the occurrence and the response take the same
// path as an error's.
//
// Without an enabled event alert the node is not asked for its logged errors, nor for its
// counters without a performance alert, so an agent without alerts pays nothing for this. When the
// first event alert appears the agent starts from the newest logged error: errors logged while it
// had no alert are not replayed.
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { MailSetup } from '../job-execution';
import { runDate, runTime } from '../history/encodings';
import { sendToOperators } from '../notify/mail-sender';
import { reachable, type NotifyMethod, type OperatorRow } from '../notify/notify-decision';
import { occurrenceMail } from './alert-mail';
import { alertMatches, mayRespond } from './alert-match';
import type { AlertDefinition, AlertOccurrence, CounterSample, LoggedEvent } from './alert-types';
import { PerformanceSampler } from './performance-sampler';

export interface AlertPorts {
  loadAlerts(): Promise<AlertDefinition[]>;
  /** errors logged after `afterId` (at most 100), and the newest id logged so far */
  loggedErrors(afterId: number, maxRows?: number): Promise<{ events: LoggedEvent[]; newestId: number }>;
  /** AlertReplaceRuntimeTokens (sp_get_sqlagent_properties replace_alert_tokens_enabled); off when not offered */
  replaceAlertTokens?(): Promise<boolean>;
  alertFired(alertId: number, occurrence: { date: number; time: number }, response: { date: number; time: number } | null): Promise<void>;
  /** the node's performance counters (absent: performance-condition alerts never fire) */
  sampleCounters?(): Promise<CounterSample[]>;
}

export interface AlerterDeps {
  readonly ports: AlertPorts;
  readonly clock: Clock;
  readonly log: Logger;
  readonly serverName: string;
  readonly operators: () => ReadonlyMap<number, OperatorRow>;
  readonly mail: MailSetup | null;
  /** starts the alert's job as the alerter (sp_start_job semantics; a running job is not started twice) */
  readonly startJob: (jobId: string, alert: AlertDefinition, occurrence: AlertOccurrence) => Promise<void>;
  /** an alert responded (tests wait for it) */
  readonly onResponse?: (alert: AlertDefinition, occurrence: AlertOccurrence) => void;
  /** between two samples of the performance counters (default 20 s, as SQL Server Agent) */
  readonly performanceSampleMs?: number | undefined;
}

/** logged errors fetched per call (the procedure's own cap) */
const PAGE = 100;

export class Alerter {
  private alerts: AlertDefinition[] = [];
  private readonly lastResponse = new Map<number, number>();
  private lastLogId = 0;
  private readonly sampler: PerformanceSampler;

  constructor(private readonly deps: AlerterDeps) {
    this.sampler = new PerformanceSampler(deps.performanceSampleMs);
  }

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
    const performanceBefore = PerformanceSampler.watched(this.alerts).length;
    this.alerts = await this.deps.ports.loadAlerts();
    const now = this.watchedCount();
    const performance = PerformanceSampler.watched(this.alerts).length;
    if (before === 0 && now > 0) this.lastLogId = (await this.deps.ports.loggedErrors(0, 0)).newestId;
    if (now !== before) this.deps.log.info({ alerts: now }, `agent: watching ${now} alert(s)`);
    if (performance !== performanceBefore) {
      this.deps.log.info({ alerts: performance }, `agent: watching ${performance} performance condition alert(s)`);
    }
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
    if (this.watchedCount() > 0) await this.pollLoggedErrors();
    await this.samplePerformance();
  }

  private async pollLoggedErrors(): Promise<void> {
    for (;;) {
      const { events } = await this.deps.ports.loggedErrors(this.lastLogId);
      for (const e of events) {
        this.lastLogId = Math.max(this.lastLogId, e.logId);
        for (const alert of this.alerts) {
          if (alertMatches(alert, e)) await this.occurred(alert, { kind: 'error', event: e });
        }
      }
      if (events.length < PAGE) return;
    }
  }

  private async samplePerformance(): Promise<void> {
    const sample = this.deps.ports.sampleCounters?.bind(this.deps.ports);
    if (sample === undefined || PerformanceSampler.watched(this.alerts).length === 0) { this.sampler.reset(); return; }
    const now = this.deps.clock.now();
    if (!this.sampler.take(now)) return;
    let samples: CounterSample[];
    try {
      samples = await sample();
    } catch (e) {
      // a failed read costs this sample only; jobs and event alerts go on (the next one retries)
      this.deps.log.warn({ err: e instanceof Error ? e.message : String(e) }, 'agent: could not read the performance counters');
      return;
    }
    for (const { alert, event } of this.sampler.evaluate(this.alerts, samples, now)) {
      await this.occurred(alert, { kind: 'performance', event });
    }
  }

  private async occurred(alert: AlertDefinition, o: AlertOccurrence): Promise<void> {
    const now = this.deps.clock.now();
    const occurrence = o.kind === 'error' ? { date: o.event.loggedDate, time: o.event.loggedTime } : { date: o.event.date, time: o.event.time };
    const about = o.kind === 'error' ? { logId: o.event.logId, messageId: o.event.messageId } : { observed: o.event.observed };
    if (!mayRespond(alert, this.lastResponse.get(alert.id) ?? 0, now)) {
      this.deps.log.info({ alertId: alert.id, ...about }, `agent: alert '${alert.name}' occurred within its delay between responses`);
      await this.deps.ports.alertFired(alert.id, occurrence, null);
      return;
    }
    this.lastResponse.set(alert.id, now);
    this.deps.log.info({ alertId: alert.id, ...about }, `agent: alert '${alert.name}' fired`);
    await this.deps.ports.alertFired(alert.id, occurrence, { date: runDate(now), time: runTime(now) });
    if (alert.jobId !== null) await this.deps.startJob(alert.jobId, alert, o);
    await this.notify(alert, o, 'email', alert.emailOperatorIds);
    await this.notify(alert, o, 'pager', alert.pagerOperatorIds ?? []);
    this.deps.onResponse?.(alert, o);
  }

  /** e-mail, or page (an e-mail to pager_address) the operators on duty now */
  private async notify(alert: AlertDefinition, o: AlertOccurrence, method: NotifyMethod, ids: readonly number[]): Promise<void> {
    const ops = this.deps.operators();
    const now = this.deps.clock.now();
    const recipients = ids.map((id) => ops.get(id)).filter((o): o is OperatorRow => reachable(o, method, now));
    if (recipients.length === 0) return;
    if (this.deps.mail === null) {
      this.deps.log.warn({ alertId: alert.id }, 'agent: alert notification not sent: no SMTP server is configured for this node');
      return;
    }
    const mail = occurrenceMail(alert, o, this.deps.serverName, method);
    const how = method === 'pager' ? ' by pager' : '';
    for (const s of await sendToOperators(this.deps.mail.transport, this.deps.mail.from, recipients, mail, method)) {
      if (s.sent) this.deps.log.info({ alertId: alert.id, operator: s.operator.name }, `agent: notified operator '${s.operator.name}' of alert '${alert.name}'${how}`);
      else this.deps.log.error({ alertId: alert.id, operator: s.operator.name, error: s.error }, `agent: could not ${method === 'pager' ? 'page' : 'e-mail'} operator '${s.operator.name}'`);
    }
  }
}
