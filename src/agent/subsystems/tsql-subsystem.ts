// TSQL: the step's command sent as one batch to the node, in the step's database, over the
// agent's own TDS connection. The history text lists the server's messages the way SQL Server
// Agent does ("text [SQLSTATE 01000] (Message n)", errors as "(Error n)").
//
// Whom the batch runs as (sp_add_jobstep (Transact-SQL), @database_user_name): a sysadmin-owned
// job's step runs as the agent's own login, or as the step's database_user_name in the step's
// database when it has one (EXECUTE AS USER ... WITH NO REVERT); any other owner's step runs
// impersonated (EXECUTE AS LOGIN = owner WITH NO REVERT) and its database_user_name is ignored.
// Where the node cannot impersonate, that step fails: it never runs with the agent's rights instead.
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

/** Whom a step's batch runs as; null is the agent's own login. */
export type TsqlIdentity =
  | { readonly kind: 'login'; readonly name: string }
  | { readonly kind: 'user'; readonly name: string }
  | null;

/** Runs one batch on the node; implemented over mssql by node/tsql-executor.ts. */
export interface TsqlExecutor {
  readonly executedAs: string;
  /** `identity`: impersonate this login, or this user of `database`, for the batch. */
  runBatch(database: string | null, command: string, signal: AbortSignal, identity: TsqlIdentity): Promise<TsqlBatchOutcome>;
}

/** The identity SQL Server Agent gives a TSQL step (above). */
export function tsqlIdentity(ctx: Pick<StepContext, 'job' | 'step' | 'ownerIsSysadmin'>): TsqlIdentity {
  if (!ctx.ownerIsSysadmin) return { kind: 'login', name: ctx.job.ownerLoginName };
  const user = ctx.step.databaseUserName?.trim() ?? '';
  return user === '' ? null : { kind: 'user', name: user };
}

export class TsqlSubsystem implements Subsystem {
  readonly name = 'TSQL';

  constructor(private readonly executor: TsqlExecutor) {}

  async run(ctx: StepContext): Promise<StepResult> {
    const identity = tsqlIdentity(ctx);
    const outcome = await this.executor.runBatch(ctx.step.databaseName, ctx.step.command, ctx.signal, identity);
    const lines = outcome.messages.map(formatMessage);
    const body = lines.join('  ');
    const error = outcome.error;
    return {
      succeeded: error === null,
      message: `Executed as user: ${identity?.name ?? this.executor.executedAs}.${body === '' ? '' : ` ${body}.`}`,
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
