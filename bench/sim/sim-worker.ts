// A child process holding a share of the simulated targets (sim-workers.ts forks it): one
// TargetSimulator driven over IPC, so that the targets' own CPU (TLS handshakes, certificate
// validation, mssql) is spread over processes and the master, not one saturated simulator
// process, is what a window measures. Requests carry an id; each is answered once, result or error.
import { TargetSimulator, type TargetSimulatorOptions } from './target-simulator';
import type { WorkerReply, WorkerRequest } from './sim-worker-protocol';

let sim: TargetSimulator | undefined;

async function handle(r: WorkerRequest): Promise<unknown> {
  switch (r.kind) {
    case 'init':
      sim = new TargetSimulator(r.options as TargetSimulatorOptions);
      return sim.count;
    case 'start':
      need().start(r.spreadMs);
      return null;
    case 'setEncryptOption':
      need().setEncryptOption(r.option);
      return null;
    case 'setPollInterval':
      need().setPollInterval(r.seconds);
      return null;
    case 'takeStats':
      return need().takeStats();
    case 'stop':
      await sim?.stop();
      return null;
    default: {
      const never: never = r;
      throw new Error(`unknown request ${JSON.stringify(never)}`);
    }
  }
}

function need(): TargetSimulator {
  if (!sim) throw new Error('simulator worker: init first');
  return sim;
}

function reply(message: WorkerReply): void {
  process.send?.(message);
}

process.on('message', (message: WorkerRequest) => {
  handle(message).then(
    (result) => reply({ id: message.id, ok: true, result }),
    (e: unknown) => reply({ id: message.id, ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
});
// the parent went away (ended or crashed): nothing left to simulate for
process.on('disconnect', () => process.exit(0));
