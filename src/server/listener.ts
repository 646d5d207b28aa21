// The TCP accept loop: one TdsSession (with a fresh handler) per connection, on host:port (port 0
// picks a free one). close() stops accepting, ends every open session and waits for them.
import { createServer, type Server, type Socket } from 'node:net';
import type { Logger } from 'pino';
import type { TdsHandler } from '../tds/transport/handler';
import { TdsSession, type SessionOptions } from '../tds/transport/session';
import { adoptAcceptedSocket } from '../tds/transport/socket-reader';

/** What a handler may do to its own connection. */
export interface ConnectionControl {
  /** ends the connection after what was written has been sent (KILL) */
  end(): void;
}

export interface ListenerOptions {
  readonly host: string;
  readonly port: number;
  readonly session: SessionOptions;
  readonly createHandler: (connection: ConnectionControl) => TdsHandler;
  readonly logger: Logger;
}

export class TdsListener {
  private readonly sessions = new Set<TdsSession>();
  private nextId = 1;
  private closing: Promise<void> | undefined;

  private constructor(private readonly server: Server, private readonly options: ListenerOptions) {}

  static listen(options: ListenerOptions): Promise<TdsListener> {
    // paused: nothing is read before adoptAcceptedSocket moves the socket onto a reused buffer
    const server = createServer({ noDelay: true, pauseOnConnect: true });
    const listener = new TdsListener(server, options);
    server.on('connection', (socket) => listener.accept(socket));
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host: options.host, port: options.port }, () => {
        server.off('error', reject);
        server.on('error', (e) => options.logger.error({ err: e.message }, 'listener error'));
        resolve(listener);
      });
    });
  }

  address(): { host: string; port: number } {
    const a = this.server.address();
    if (a === null || typeof a === 'string') throw new Error('listener is not bound to a TCP port');
    return { host: a.address, port: a.port };
  }

  get connectionCount(): number {
    return this.sessions.size;
  }

  private accept(accepted: Socket): void {
    if (this.closing) {
      accepted.destroy();
      return;
    }
    const socket = adoptAcceptedSocket(accepted);
    // the handler is created before its session: the control reaches the session through `ref`
    const ref: { session?: TdsSession } = {};
    const handler = this.options.createHandler({ end: () => void ref.session?.end() });
    const session = new TdsSession(this.nextId++, socket, handler, this.options.session);
    ref.session = session;
    this.sessions.add(session);
    void session.closed.then(() => this.sessions.delete(session));
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      const stopped = new Promise<void>((resolve) => this.server.close(() => resolve()));
      await Promise.all([...this.sessions].map((s) => s.close()));
      await stopped;
    })();
    return this.closing;
  }
}
