// Just enough MIME (RFC 2045/2046) to read what nodemailer sent to the SMTP sink: the parts of a
// multipart message with their file names and decoded bodies.
export interface MimePart {
  readonly headers: string;
  readonly filename: string | null;
  readonly content: Buffer;
}

function unfold(headers: string): string {
  return headers.replace(/\r\n[ \t]+/g, ' ');
}

function decode(body: string, headers: string): Buffer {
  const encoding = /^Content-Transfer-Encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (encoding === 'quoted-printable') {
    const soft = body.replace(/=\r\n/g, '');
    return Buffer.from(soft.replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
  }
  return Buffer.from(body, 'utf8');
}

/** the leaf parts of a message (the message itself when it is not multipart) */
export function mimeParts(data: string): MimePart[] {
  const split = data.indexOf('\r\n\r\n');
  const headers = unfold(data.slice(0, split));
  const body = data.slice(split + 4);
  const boundary = /^Content-Type:\s*multipart\/[^;]+;.*boundary="?([^";\r\n]+)"?/im.exec(headers)?.[1];
  if (boundary === undefined) {
    const filename = /filename="?([^";\r\n]+)"?/i.exec(headers)?.[1] ?? null;
    return [{ headers, filename, content: decode(body, headers) }];
  }
  const pieces = body.split(`--${boundary}`).slice(1);
  return pieces.filter((p) => !p.startsWith('--')).flatMap((p) => mimeParts(p.replace(/^\r\n/, '').replace(/\r\n$/, '')));
}
