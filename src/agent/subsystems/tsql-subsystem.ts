// TSQL: the step's command sent as one batch to the node, in the step's database, over the
// agent's own TDS connection. The history text lists the server's messages the way SQL Server
// Agent does ("text [SQLSTATE 01000] (Message n)", errors as "(Error n)").
//
// Like SQL Server, a sysadmin-owned job's batch runs as the agent's own login and any other
// owner's batch runs impersonated (EXECUTE AS LOGIN = owner WITH NO REVERT). Where the node
// cannot impersonate, that step fails: it never runs with the agent's rights instead.
import type { StepContext, StepResult, Subsystem } from './subsystem';

export interface TsqlMessage {
  readonly number: number;
  readonly state: number;
  readonly severity: number;
  readonly message: string;
}

export interface TsqlBatchOutcome {
  readonly messages: readonly TsqlMessage[];
  /** The first error with severity > 10 that ended the batch, if any. */
  readonly error: TsqlMessage | null;
}

/** Runs one batch on the node; implemented over mssql by node/tsql-executor.ts. */
export interface TsqlExecutor {
  readonly executedAs: string;
  /** `asLogin`: impersonate this login for the batch (null: the agent's own login). */
  runBatch(database: string | null, command: string, signal: AbortSignal, asLogin: string | null): Promise<TsqlBatchOutcome>;
}

export class TsqlSubsystem implements Subsystem {
  readonly name = 'TSQL';

  constructor(private readonly executor: TsqlExecutor) {}

  async run(ctx: StepContext): Promise<StepResult> {
    const asLogin = ctx.ownerIsSysadmin ? null : ctx.job.ownerLoginName;
    const outcome = await this.executor.runBatch(ctx.step.databaseName, ctx.step.command, ctx.signal, asLogin);
    const lines = outcome.messages.map(formatMessage);
    const body = lines.join('  ');
    const error = outcome.error;
    return {
      succeeded: error === null,
      message: `Executed as user: ${asLogin ?? this.executor.executedAs}.${body === '' ? '' : ` ${body}.`}`,
      sqlMessageId: error?.number ?? 0,
      sqlSeverity: error?.severity ?? 0,
      output: lines.join('\n'),
    };
  }
}

export function formatMessage(m: TsqlMessage): string {
  return m.severity > 10
    ? `${m.message} [SQLSTATE 42000] (Error ${m.number})`
    : `${m.message} [SQLSTATE 01000] (Message ${m.number})`;
}
