// SID_BINARY('S-1-5-...') and SID_STRING(0x...): a Windows security identifier between its string
// form and the binary form sys.server_principals.sid holds (revision byte, sub-authority count,
// 48-bit identifier authority big-endian, then each 32-bit sub-authority little-endian). Text that
// is not a SID (an empty string included) gives NULL, as in SQL Server. SMO reads the Agent's
// domain group with SUSER_SNAME(SID_BINARY(...)).
// https://learn.microsoft.com/sql/t-sql/functions/sid-binary-transact-sql
import { argAt, argString, fn, type BuiltinFunction } from './function-types';

const SID = { kind: 'varbinary', length: 85 } as const;
const SID_TEXT = { kind: 'nvarchar', length: 256 } as const;
const MAX_SUB_AUTHORITIES = 15;
const SID_PATTERN = /^S-(\d{1,3})-(\d{1,15})((?:-\d{1,10})*)$/i;

export function sidFromString(text: string): Buffer | null {
  const m = SID_PATTERN.exec(text.trim());
  if (!m) return null;
  const revision = Number(m[1]);
  const authority = BigInt(m[2]!);
  const subs = m[3] === '' ? [] : m[3]!.slice(1).split('-').map(Number);
  if (revision > 255 || authority >= 1n << 48n || subs.length > MAX_SUB_AUTHORITIES || subs.some((s) => s > 0xffffffff)) return null;
  const out = Buffer.alloc(8 + 4 * subs.length);
  out[0] = revision;
  out[1] = subs.length;
  out.writeUIntBE(Number(authority), 2, 6);
  subs.forEach((s, i) => out.writeUInt32LE(s, 8 + 4 * i));
  return out;
}

export function sidToString(sid: Buffer): string | null {
  if (sid.length < 8 || sid.length !== 8 + 4 * sid[1]!) return null;
  const subs = Array.from({ length: sid[1]! }, (_, i) => sid.readUInt32LE(8 + 4 * i));
  return ['S', sid[0], sid.readUIntBE(2, 6), ...subs].join('-');
}

export const sidFunctions: readonly BuiltinFunction[] = [
  fn('SID_BINARY', 1, 1, (args) => {
    const text = argString(args, 0);
    return { type: SID, value: text === undefined ? null : sidFromString(text) };
  }, SID),
  fn('SID_STRING', 1, 1, (args) => {
    const v = argAt(args, 0).value;
    return { type: SID_TEXT, value: Buffer.isBuffer(v) ? sidToString(v) : null };
  }, SID_TEXT),
];
