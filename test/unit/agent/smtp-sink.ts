// A tiny SMTP sink for tests: loopback, port 0, bounded, just enough of RFC 5321 for nodemailer.
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ReceivedMail {
  readonly from: string;
  readonly to: string[];
  readonly data: string;
}

const MAX_BYTES = 256 * 1024;

export class SmtpSink {
  readonly mails: ReceivedMail[] = [];
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  async listen(): Promise<number> {
    this.server = createServer((socket) => this.session(socket));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private session(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    let buffer = '';
    let inData = false;
    let from = '';
    let to: string[] = [];
    let size = 0;
    const reply = (line: string): void => { socket.write(`${line}\r\n`); };
    reply('220 sink ESMTP');
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      size += chunk.length;
      if (size > MAX_BYTES) { socket.destroy(); return; }
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          this.mails.push({ from, to, data: buffer.slice(0, end) });
          buffer = buffer.slice(end + 5);
          inData = false;
          reply('250 OK queued');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250 sink');
        else if (verb === 'MAIL') { from = line.slice(10).trim(); to = []; reply('250 OK'); }
        else if (verb === 'RCPT') { to.push(line.slice(8).trim()); reply('250 OK'); }
        else if (verb === 'DATA') { inData = true; reply('354 go ahead'); }
        else if (verb === 'QUIT') { reply('221 bye'); socket.end(); return; }
        else if (verb === 'RSET' || verb === 'NOOP') reply('250 OK');
        else reply('502 not implemented');
      }
    });
  }
}
