// The job-completion e-mail, laid out as SQL Server Agent's ("SQL Server Job System: ...").
import { RUN_STATUS, type RunStatus } from '../../codes/job-codes';

export interface JobMailFacts {
  readonly jobName: string;
  readonly serverName: string;
  readonly status: RunStatus;
  readonly startedAt: number;
  readonly durationSeconds: number;
  readonly message: string;
}

export interface MailContent {
  readonly subject: string;
  readonly text: string;
}

export function jobCompletionMail(f: JobMailFacts): MailContent {
  const d = new Date(f.startedAt);
  const date = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
  const h24 = d.getUTCHours();
  const h12 = h24 % 12 === 0 ? 12 : h24 % 12;
  const p = (n: number): string => String(n).padStart(2, '0');
  const time = `${h12}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${h24 < 12 ? 'AM' : 'PM'}`;
  const hours = Math.floor(f.durationSeconds / 3600);
  const minutes = Math.floor(f.durationSeconds / 60) % 60;
  const seconds = f.durationSeconds % 60;
  return {
    subject: `SQL Server Job System: '${f.jobName}' completed on \\\\${f.serverName}.`,
    text: [
      `JOB RUN:\t'${f.jobName}' was run on ${date} at ${time}`,
      `DURATION:\t${hours} hours, ${minutes} minutes, ${seconds} seconds`,
      `STATUS: \t${statusWord(f.status)}`,
      `MESSAGES:\t${f.message}`,
    ].join('\r\n'),
  };
}

function statusWord(s: RunStatus): string {
  switch (s) {
    case RUN_STATUS.SUCCEEDED: return 'Succeeded';
    case RUN_STATUS.FAILED: return 'Failed';
    case RUN_STATUS.RETRY: return 'Retry';
    case RUN_STATUS.CANCELED: return 'Canceled';
    case RUN_STATUS.IN_PROGRESS: return 'In progress';
    default: {
      const never: never = s;
      return String(never);
    }
  }
}
