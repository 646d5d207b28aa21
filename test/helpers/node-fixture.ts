// One node per test file: started in `before`, stopped (SIGTERM) in `after`. Tests call the
// returned getter, which throws if the node failed to start so the failure names the cause.
// Node 20 runs several root-level `before` hooks concurrently, so a file's own set-up must await
// `ready()` rather than rely on hook order.
import { after, before } from 'node:test';
import { startNode, type NodeHandle, type StartNodeOptions } from './start-node';

export interface NodeFixture {
  (): NodeHandle;
  /** resolves once the node listens (rejects if it could not start) */
  ready(): Promise<NodeHandle>;
}

export function nodeForFile(options: StartNodeOptions = {}): NodeFixture {
  let node: NodeHandle | undefined;
  let startError: unknown;
  let starting: Promise<NodeHandle> | undefined;
  const start = (): Promise<NodeHandle> => {
    starting ??= startNode(options).then(
      (n) => (node = n),
      (err: unknown) => {
        startError = err;
        throw err;
      },
    );
    return starting;
  };
  before(async () => {
    await start();
  });
  after(async () => {
    await node?.stop();
  });
  const get = (): NodeHandle => {
    if (node === undefined) throw startError instanceof Error ? startError : new Error('node not started yet');
    return node;
  };
  return Object.assign(get, { ready: start });
}
