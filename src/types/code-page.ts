// Windows-1252, the code page of SQL_Latin1_General_CP1_CI_AS: what varchar can hold. Characters
// outside it become '?' when Unicode text is stored as varchar (SQL Server's best-fit mapping
// of e.g. 'ā' to 'a' is not modelled).

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Unicode code point -> cp1252 byte, for the 0x80-0x9F block. */
const TO_BYTE = new Map<number, number>([...CP1252_HIGH].map((ch, i) => [ch.codePointAt(0) ?? 0, 0x80 + i]));

export function isCp1252(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c < 0x80 || (c >= 0xa0 && c <= 0xff) || TO_BYTE.has(c);
}

export function toCp1252String(s: string): string {
  let out = '';
  for (const ch of s) out += isCp1252(ch) ? ch : '?';
  return out;
}

export function encodeCp1252(s: string): Buffer {
  const bytes: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) bytes.push(c);
    else bytes.push(TO_BYTE.get(c) ?? 0x3f);
  }
  return Buffer.from(bytes);
}

export function decodeCp1252(buf: Buffer): string {
  let out = '';
  for (const b of buf) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] ?? '?' : String.fromCharCode(b);
  return out;
}

/** The byte (cp1252) of a one-character string, for ASCII(); undefined if not representable. */
export function cp1252Byte(ch: string): number | undefined {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) return c;
  return TO_BYTE.get(c);
}

export function charFromCp1252Byte(b: number): string {
  return decodeCp1252(Buffer.from([b]));
}
