// At every start, before clients are served: builds or upgrades msdb from the numbered scripts in
// sql/ (src/msdb), each batch run by our own engine as sa in msdb, so msdb's tables, views and
// roles are ordinary catalogue objects. A failing batch stops the start: a node with half an
// msdb must not serve the Agent.
import type { EngineHandle, LoginInfo } from '../engine/api';
import type { ResultColumn, ResultSink } from '../engine/result-sink';
import type { SqlError } from '../errors/sql-error';
import { applyMsdbSchema } from '../msdb';
import type { NodeStore } from '../store';

/** The internal session: not a network client, so addresses and TDS facts are placeholders. Its
 *  SPID is below 51, where SQL Server keeps its own system sessions. */
const SETUP_LOGIN: LoginInfo = {
  spid: 10,
  loginName: 'sa',
  hostName: '',
  programName: 'msxd - msdb setup',
  clientInterfaceName: 'msxd',
  database: 'msdb',
  language: 'us_english',
  clientAddress: '',
  clientPort: 0,
  localAddress: '',
  localPort: 0,
  netTransport: 'Shared memory',
  encrypted: false,
  packetSize: 4096,
  tdsVersion: 0x74000004,
};

/** Keeps the first error of a batch; results of setup batches are not needed. */
class FirstErrorSink implements ResultSink {
  error: SqlError | undefined;
  columns(_c: readonly ResultColumn[]): void {}
  row(): void {}
  statementDone(): void {}
  message(msg: SqlError): void {
    if (msg.severity > 10) this.error ??= msg;
  }
  envChange(): void {}
  returnStatus(): void {}
  outputParam(): void {}
  procedureDone(): void {}
  drain(): void {}
}

/** Returns the numbers of the scripts applied by this start (empty when msdb was up to date). */
export async function setUpMsdb(engine: EngineHandle, store: NodeStore): Promise<number[]> {
  const session = engine.openSession(SETUP_LOGIN);
  const raw = store.openSession({ database: 'msdb' });
  try {
    return await applyMsdbSchema({
      session: raw,
      runBatch: async (text, script, batchIndex) => {
        const sink = new FirstErrorSink();
        await session.executeBatch(text, sink, new AbortController().signal);
        if (sink.error) {
          throw new Error(`msdb script ${script.name} batch ${batchIndex + 1}: Msg ${sink.error.number}, line ${sink.error.lineNumber}: ${sink.error.message}`);
        }
      },
    });
  } finally {
    raw.close();
    await session.close();
  }
}
