// PowerShell steps run through `pwsh` when it is installed; without it the step fails the way
// SQL Server Agent fails a step whose subsystem did not load.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { runProcess } from './child-process';
import { DEFAULT_MAX_OUTPUT_BYTES, processStepResult, proxyRequired, type ProcessSubsystemOptions } from './cmdexec-subsystem';
import type { StepContext, StepResult, Subsystem } from './subsystem';
import { unableToStart } from './unsupported-subsystem';

export function findOnPath(program: string, pathVariable = process.env['PATH'] ?? ''): string | null {
  for (const dir of pathVariable.split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

export class PowerShellSubsystem implements Subsystem {
  readonly name = 'PowerShell';

  constructor(private readonly pwsh: string | null = findOnPath('pwsh'), private readonly options: ProcessSubsystemOptions = {}) {}

  async run(ctx: StepContext): Promise<StepResult> {
    if (!ctx.ownerIsSysadmin) return proxyRequired(this.name);
    if (this.pwsh === null) return unableToStart(ctx.step, 'The PowerShell subsystem failed to load: pwsh was not found on the PATH');
    const outcome = await runProcess({
      file: this.pwsh, args: ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', ctx.step.command], signal: ctx.signal,
      maxOutputBytes: this.options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES,
    });
    return processStepResult(ctx, outcome, 0);
  }
}
