// uniqueidentifier text: 36 characters 8-4-4-4-12, optionally in braces (CAST accepts both);
// values.ts keeps the canonical upper-case form. The binary form stores the first three groups
// little-endian (what CAST(guid AS binary(16)) shows).

const GUID = /^\s*\{?([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\}?/i;

/** Canonical form, or undefined. SQL Server ignores characters after the 36th (or 38th). */
export function parseGuid(text: string): string | undefined {
  const m = GUID.exec(text);
  if (!m) return undefined;
  if (text.trimStart().startsWith('{') !== m[0].trimEnd().endsWith('}')) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}-${m[4]}-${m[5]}`.toUpperCase();
}

export function guidToBuffer(guid: string): Buffer {
  const hex = guid.replace(/-/g, '');
  const b = Buffer.from(hex, 'hex');
  const out = Buffer.from(b);
  out[0] = b[3] ?? 0; out[1] = b[2] ?? 0; out[2] = b[1] ?? 0; out[3] = b[0] ?? 0;
  out[4] = b[5] ?? 0; out[5] = b[4] ?? 0;
  out[6] = b[7] ?? 0; out[7] = b[6] ?? 0;
  return out;
}

export function guidFromBuffer(buf: Buffer): string {
  const b = Buffer.alloc(16);
  buf.copy(b, 0, 0, Math.min(16, buf.length));
  const swapped = Buffer.from([b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], ...b.subarray(8)].map((x) => x ?? 0));
  const h = swapped.toString('hex').toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A random version-4 GUID from a [0,1) source. */
export function randomGuid(random: () => number): string {
  const bytes = Buffer.alloc(16);
  for (let i = 0; i < 16; i++) bytes[i] = Math.floor(random() * 256) & 0xff;
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const h = bytes.toString('hex').toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
