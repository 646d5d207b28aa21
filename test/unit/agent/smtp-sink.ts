// A tiny SMTP sink for tests: loopback, port 0, bounded, just enough of RFC 5321 for nodemailer.
// With `{ auth: true }` it offers AUTH PLAIN and LOGIN (RFC 4954) and records the credentials a
// client sent (the test that the SMTP password kept as a credential reaches the mail server).
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';

export interface ReceivedMail {
  /** what AUTH carried, null without AUTH */
  readonly user: string | null;
  readonly password: string | null;
  readonly from: string;
  readonly to: string[];
  readonly data: string;
}

const MAX_BYTES = 256 * 1024;
const b64 = (s: string): string => Buffer.from(s, 'base64').toString('utf8');

export class SmtpSink {
  readonly mails: ReceivedMail[] = [];
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly options: { readonly auth?: boolean } = {}) {}

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
    const auth = this.options.auth === true;
    let buffer = '';
    let size = 0;
    let state: 'command' | 'data' | 'login-user' | 'login-password' = 'command';
    let user: string | null = null;
    let password: string | null = null;
    let from = '';
    let to: string[] = [];
    const reply = (line: string): void => { socket.write(`${line}\r\n`); };
    reply('220 sink ESMTP');
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      size += chunk.length;
      if (size > MAX_BYTES) { socket.destroy(); return; }
      buffer += chunk;
      for (;;) {
        if (state === 'data') {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          this.mails.push({ user, password, from, to, data: buffer.slice(0, end) });
          buffer = buffer.slice(end + 5);
          state = 'command';
          reply('250 OK queued');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        if (state === 'login-user') { user = b64(line); state = 'login-password'; reply('334 UGFzc3dvcmQ6'); continue; }
        if (state === 'login-password') { password = b64(line); state = 'command'; reply('235 accepted'); continue; }
        const [verb = '', ...rest] = line.split(' ');
        switch (verb.toUpperCase()) {
          case 'EHLO': if (auth) { reply('250-sink'); reply('250 AUTH PLAIN LOGIN'); } else reply('250 sink'); break;
          case 'HELO': reply('250 sink'); break;
          case 'AUTH': {
            if (!auth) reply('502 not implemented');
            else if (rest[0]?.toUpperCase() === 'PLAIN' && rest[1]) {
              const [, u = '', p = ''] = b64(rest[1]).split('\u0000');
              user = u; password = p; reply('235 accepted');
            } else if (rest[0]?.toUpperCase() === 'LOGIN') { state = 'login-user'; reply('334 VXNlcm5hbWU6'); } else reply('504 unsupported');
            break;
          }
          case 'MAIL': from = line.slice(10).trim(); to = []; reply('250 OK'); break;
          case 'RCPT': to.push(line.slice(8).trim()); reply('250 OK'); break;
          case 'DATA': state = 'data'; reply('354 go ahead'); break;
          case 'QUIT': reply('221 bye'); socket.end(); return;
          case 'RSET': case 'NOOP': reply('250 OK'); break;
          default: reply('502 not implemented');
        }
      }
    });
  }
}
