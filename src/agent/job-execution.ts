// One job run as the agent performs it around the pure runner: sysjobactivity bookkeeping on the
// node, each history row written as it happens, the outcome e-mailed, then the outcome row
// (which names the operator e-mailed). Node write failures are logged and reported through
// `onError`; they never stop the job.
import type { Logger } from 'pino';
import type { Clock } from './clock';
import type { AgentNode } from './node-api';
import { runJob, type JobRunResult } from './runner/job-runner';
import type { JobDefinition } from './runner/job-definition';
import type { OutputWriter } from './runner/output-file';
import { stepLogMode, stepLogText } from './runner/step-log';
import type { RunningJob } from './running-jobs';
import type { SubsystemTable } from './subsystems/subsystem';
import type { TokenFacts } from './runner/token-context';
import { emailRecipients, levelMatches, pageRecipients, type NotifyMethod, type OperatorRow } from './notify/notify-decision';
import { jobCompletionMail, type MailContent } from './notify/job-mail';
import { jobOutcomeEvent } from './notify/job-event-log';
import { sendToOperators, type MailTransport } from './notify/mail-sender';
import { durationSeconds } from './history/encodings';

export interface MailSetup {
  readonly transport: MailTransport;
  readonly from: string;
}

export interface ExecutionDeps {
  readonly node: AgentNode;
  readonly sessionId: number;
  readonly serverName: string;
  readonly subsystems: SubsystemTable;
  readonly clock: Clock;
  readonly log: Logger;
  readonly operators: () => ReadonlyMap<number, OperatorRow>;
  readonly mail: MailSetup | null;
  readonly writeOutput?: OutputWriter;
  /** the node's values of the job-step tokens (SRVR, INST, MACH, ...) */
  readonly tokens?: TokenFacts;
  readonly onError: (e: unknown) => void;
}

export async function executeJob(deps: ExecutionDeps, job: JobDefinition, running: RunningJob): Promise<JobRunResult> {
  const { node, sessionId } = deps;
  const guard = async (what: string, work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (e) {
      deps.log.error({ err: e, jobId: job.jobId }, `agent: ${what} failed`);
      deps.onError(e);
    }
  };
  // Issued together: the node client writes in call order (one group commit on one connection),
  // so the start lands after the request without a second wait on the node's disk.
  let ownerIsSysadmin = false;
  const source = running.request.source;
  await Promise.all([
    ...(node.runBegun
      ? [guard('job activity (started)', () => node.runBegun?.(sessionId, job.jobId, source, running.startedAt) ?? Promise.resolve())]
      : [guard('job activity (requested)', () => node.jobRequested(sessionId, job.jobId, source)),
        guard('job activity (started)', () => node.jobStarted(sessionId, job.jobId, running.startedAt))]),
    guard('owner rights lookup', async () => { ownerIsSysadmin = await node.ownerIsSysadmin(job); }),
  ]);
  const startStepId = stepIdByName(job, running.request.stepName ?? null);
  const result = await runJob(job, {
    subsystems: deps.subsystems,
    clock: deps.clock,
    signal: running.controller.signal,
    invokedBy: running.request.invokedBy,
    ownerIsSysadmin,
    ...(deps.tokens ? { tokens: { ...deps.tokens, replaceAlertTokens: running.request.alert?.replaceTokens ?? false } } : {}),
    alertTokens: running.request.alert?.values ?? null,
    stoppedBy: () => running.stoppedBy ?? 'SQLServerAgent',
    ...(startStepId !== undefined ? { startStepId } : {}),
    ...(deps.writeOutput ? { writeOutput: deps.writeOutput } : {}),
    onStepStart: (step) => { running.currentStepId = step.stepId; },
    onStepOutput: async (step, output) => {
      const mode = stepLogMode(step);
      if (mode === 'none' || !node.stepLogWritten) return;
      await guard('step log', () => node.stepLogWritten?.(job.jobId, step.stepId, stepLogText(output), mode === 'append') ?? Promise.resolve());
    },
    onRecord: async (record) => {
      if (record.stepId !== 0) await guard('step history', () => node.stepCompleted(sessionId, record));
    },
  });
  const { emailed, paged } = await notify(deps, job, result);
  // issued together: the event-log entry and the outcome go in call order in one group commit
  const eventLogged = levelMatches(job.notifyLevelEventlog ?? 0, result.outcome.runStatus) && node.eventLogged
    ? guard('event log entry', () => node.eventLogged?.(jobOutcomeEvent({
      jobId: job.jobId, jobName: job.name, status: result.outcome.runStatus, startedAt: result.startedAt, message: result.outcome.message,
    })) ?? Promise.resolve())
    : Promise.resolve();
  await Promise.all([eventLogged, guard('job outcome history', () => node.jobCompleted(sessionId, result.outcome, emailed, paged))]);
  if (levelMatches(job.deleteLevel, result.outcome.runStatus)) {
    deps.log.info({ jobId: job.jobId }, `agent: deleting job '${job.name}' (delete_level ${job.deleteLevel})`);
    await guard('automatic job deletion', () => node.deleteJob(job.jobId));
  }
  return result;
}

function stepIdByName(job: JobDefinition, stepName: string | null): number | undefined {
  if (stepName === null) return undefined;
  return job.steps.find((s) => s.stepName.toLowerCase() === stepName.toLowerCase())?.stepId;
}

/**
 * Sends the outcome mail (notify_level_email) and the page (notify_level_page: an e-mail to the
 * operator's pager_address while the operator is on duty); returns sysjobhistory's
 * operator_id_emailed and operator_id_paged (0 when none). Net send (notify_level_netsend) is
 * never sent: deprecated in SQL Server, and the Windows Messenger service it used is gone.
 */
async function notify(deps: ExecutionDeps, job: JobDefinition, result: JobRunResult): Promise<{ emailed: number; paged: number }> {
  const status = result.outcome.runStatus;
  const emailTo = emailRecipients(job, status, deps.operators());
  const pageTo = pageRecipients(job, status, deps.operators(), deps.clock.now());
  if (emailTo.length === 0 && pageTo.length === 0) return { emailed: 0, paged: 0 };
  if (deps.mail === null) {
    deps.log.warn({ jobId: job.jobId }, 'agent: job notification not sent: no SMTP server is configured for this node');
    return { emailed: 0, paged: 0 };
  }
  const mail = jobCompletionMail({
    jobName: job.name, serverName: deps.serverName, status, startedAt: result.startedAt,
    durationSeconds: durationSeconds(result.outcome.runDuration), message: result.outcome.message,
  });
  return {
    emailed: await sendNotice(deps, job, emailTo, mail, 'email'),
    paged: await sendNotice(deps, job, pageTo, mail, 'pager'),
  };
}

async function sendNotice(deps: ExecutionDeps, job: JobDefinition, to: readonly OperatorRow[], mail: MailContent, method: NotifyMethod): Promise<number> {
  if (to.length === 0 || deps.mail === null) return 0;
  const verb = method === 'pager' ? 'page' : 'e-mail';
  let notified = 0;
  for (const s of await sendToOperators(deps.mail.transport, deps.mail.from, to, mail, method)) {
    if (s.sent) {
      notified = s.operator.id;
      deps.log.info({ jobId: job.jobId, operator: s.operator.name, method }, `agent: notified operator '${s.operator.name}' of job '${job.name}'${method === 'pager' ? ' by pager' : ''}`);
    } else {
      deps.log.error({ jobId: job.jobId, operator: s.operator.name, error: s.error }, `agent: could not ${verb} operator '${s.operator.name}'`);
    }
  }
  return notified;
}
