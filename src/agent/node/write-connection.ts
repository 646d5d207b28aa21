// The connection the agent's group commits go over (group-commit.ts): one tedious connection of
// its own, application name 'SQLAgent - Job Manager', so one batch is in flight at a time and a
// transaction left open by a batch-aborting error is closed on the connection that opened it.
// A broken connection is dropped and the next batch dials again.
import type { Connection } from 'tedious';
import { AGENT_APP_NAME, type NodeCredentials } from './credentials';
import { connect, exec } from './tsql-executor';

export class WriteConnection {
  private conn: Promise<Connection> | null = null;
  private closed = false;

  constructor(private readonly credentials: NodeCredentials) {}

  async send(text: string): Promise<void> {
    if (this.closed) throw new Error('agent: the node connection is closed');
    const conn = await this.connection();
    try {
      await exec(conn, text);
    } catch (e) {
      // a server error keeps the connection; a transport error drops it
      if ((e as { number?: number }).number === undefined) this.drop(conn);
      throw e;
    }
  }

  /** After a failed batch: keeps what committed cleanly, rolls back an uncommittable transaction. */
  async recover(): Promise<void> {
    if (this.conn === null || this.closed) return;
    const conn = await this.conn;
    await exec(conn, 'IF XACT_STATE() = 1 COMMIT TRANSACTION; IF XACT_STATE() = -1 ROLLBACK TRANSACTION;');
  }

  async close(): Promise<void> {
    this.closed = true;
    const pending = this.conn;
    this.conn = null;
    if (pending) (await pending.catch(() => null))?.close();
  }

  private connection(): Promise<Connection> {
    if (this.conn === null) {
      const dialing = connect(this.credentials, AGENT_APP_NAME.jobManager);
      this.conn = dialing;
      dialing.catch(() => { if (this.conn === dialing) this.conn = null; });
    }
    return this.conn;
  }

  private drop(conn: Connection): void {
    this.conn = null;
    conn.close();
  }
}
