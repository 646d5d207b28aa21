// One node per test file: started in `before`, stopped (SIGTERM) in `after`. Tests call the
// returned getter, which throws if the node failed to start so the failure names the cause.
import { after, before } from 'node:test';
import { startNode, type NodeHandle, type StartNodeOptions } from './start-node';

export function nodeForFile(options: StartNodeOptions = {}): () => NodeHandle {
  let node: NodeHandle | undefined;
  let startError: unknown;
  before(async () => {
    try {
      node = await startNode(options);
    } catch (err) {
      startError = err;
    }
  });
  after(async () => {
    await node?.stop();
  });
  return () => {
    if (node === undefined) throw startError instanceof Error ? startError : new Error('node not started');
    return node;
  };
}
