// The IPC messages between sim-workers.ts (parent) and sim-worker.ts (child).
import type { MsxEncryptOption } from '../../src/agent/msx/msx-types';
import type { TargetSimulatorOptions } from './target-simulator';

export type WorkerRequest = { readonly id: number } & (
  | { readonly kind: 'init'; readonly options: TargetSimulatorOptions }
  | { readonly kind: 'start'; readonly spreadMs: number }
  | { readonly kind: 'setEncryptOption'; readonly option: MsxEncryptOption }
  | { readonly kind: 'setPollInterval'; readonly seconds: number }
  | { readonly kind: 'takeStats' }
  | { readonly kind: 'stop' }
);

/** a request without its id (the parent numbers them) */
export type WorkerCommand = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string };
