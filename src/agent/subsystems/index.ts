// The subsystem table an agent runs steps with.
import { CmdExecSubsystem, type ProcessSubsystemOptions } from './cmdexec-subsystem';
import { PowerShellSubsystem } from './powershell-subsystem';
import type { Subsystem, SubsystemTable } from './subsystem';
import { TsqlSubsystem, type TsqlExecutor } from './tsql-subsystem';
import { UNAVAILABLE_SUBSYSTEMS, UnavailableSubsystem } from './unsupported-subsystem';

export function defaultSubsystems(tsql: TsqlExecutor, processOptions: ProcessSubsystemOptions = {}): SubsystemTable {
  const list: Subsystem[] = [
    new TsqlSubsystem(tsql),
    new CmdExecSubsystem(processOptions),
    new PowerShellSubsystem(undefined, processOptions),
    ...UNAVAILABLE_SUBSYSTEMS.map((n) => new UnavailableSubsystem(n, `The ${n} subsystem is not available on this platform`)),
  ];
  return new Map(list.map((s) => [s.name.toUpperCase(), s]));
}

export type { Subsystem, SubsystemTable, StepContext, StepResult } from './subsystem';
