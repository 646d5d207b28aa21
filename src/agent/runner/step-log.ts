// Step output kept in msdb (sysjobsteps.flags 8 = "log to table", 16 = "append to table";
// sp_add_jobstep (Transact-SQL)): after each attempt the agent hands the step's output to
// sp_write_sysjobstep_log, which replaces the step's sysjobstepslogs row or appends to it.
// The text is the one the output file gets, so a log and a file of the same step agree.
import { STEP_FLAG } from '../../codes/job-codes';
import type { JobStepDefinition } from './job-definition';

export type StepLogMode = 'none' | 'overwrite' | 'append';

export function stepLogMode(step: JobStepDefinition): StepLogMode {
  // sp_verify_jobstep refuses 8 and 16 together (14545); append wins should a row hold both.
  if ((step.flags & STEP_FLAG.LOG_TO_TABLE_APPEND) !== 0) return 'append';
  if ((step.flags & STEP_FLAG.LOG_TO_TABLE) !== 0) return 'overwrite';
  return 'none';
}

/** The log text of one attempt: the output, ending with a line break so appended runs stay apart. */
export function stepLogText(output: string): string {
  return output === '' || output.endsWith('\n') ? output : `${output}\n`;
}
