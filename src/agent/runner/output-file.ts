// output_file_name of a step: the step's output is written there, appended when flags & 2,
// otherwise the file is replaced. A write failure never changes the step's outcome; SQL Server
// Agent reports it as a warning in the step's history message.
import { appendFile, writeFile } from 'node:fs/promises';
import { STEP_FLAG } from '../../codes/job-codes';
import type { JobStepDefinition } from './job-definition';

export type OutputWriter = (path: string, text: string, append: boolean) => Promise<void>;

export const fileOutputWriter: OutputWriter = async (path, text, append) => {
  if (append) await appendFile(path, text, 'utf8');
  else await writeFile(path, text, 'utf8');
};

/** Writes the step's output if it has an output file; returns a warning text or ''. */
export async function writeStepOutput(step: JobStepDefinition, output: string, writer: OutputWriter): Promise<string> {
  if (step.outputFileName === null || step.outputFileName === '') return '';
  const append = (step.flags & STEP_FLAG.APPEND_OUTPUT_FILE) !== 0;
  const text = output === '' || output.endsWith('\n') ? output : `${output}\n`;
  try {
    await writer(step.outputFileName, text, append);
    return '';
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return `Warning: cannot write logfile [${step.outputFileName}].  Error: ${reason}`;
  }
}
