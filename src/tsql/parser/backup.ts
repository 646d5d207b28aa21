// BACKUP and RESTORE ("BACKUP (Transact-SQL)", "RESTORE Statements (Transact-SQL)"):
//   BACKUP { DATABASE | LOG } { name | @var } TO <device> [, ...] [WITH <option> [, ...]]
//   RESTORE { DATABASE | LOG } { name | @var } [FROM <device> [, ...]] [WITH <option> [, ...]]
//   RESTORE { HEADERONLY | FILELISTONLY | VERIFYONLY | LABELONLY } FROM <device> [, ...] [WITH ...]
//   <device> ::= { DISK | TAPE | URL } = { 'path' | @var } | logical_device_name | @var
//   <option> ::= word | word = value | STATS [= n] | MOVE 'logical' TO 'physical' | word ( ... )
// Which options mean something is the engine's business; the grammar accepts the documented shapes.
import type { BackupDevice, BackupNameRef, BackupOption, BackupOptionValue, BackupStatement, RestoreStatement } from '../ast';
import { TokenType } from '../lexer';
import type { Parser } from './parser';

const DEVICE_TYPES = new Set(['DISK', 'TAPE', 'URL']);
const RESTORE_INFO = new Set(['HEADERONLY', 'FILELISTONLY', 'VERIFYONLY', 'LABELONLY']);

export function parseBackup(p: Parser): BackupStatement {
  const line = p.expect('BACKUP').line;
  const target = p.accept('LOG') ? 'LOG' : (p.expect('DATABASE'), 'DATABASE');
  const database = parseNameRef(p);
  p.expect('TO');
  const devices = parseDevices(p);
  const options = p.accept('WITH') ? parseBackupOptions(p) : [];
  return { kind: 'backup', line, target, database, devices, options };
}

export function parseRestore(p: Parser): RestoreStatement {
  const line = p.expect('RESTORE').line;
  const t = p.tok;
  if (t.type !== TokenType.Word) throw p.error();
  if (RESTORE_INFO.has(t.upper)) {
    p.next();
    p.expect('FROM');
    const devices = parseDevices(p);
    const options = p.accept('WITH') ? parseBackupOptions(p) : [];
    return { kind: 'restore', line, action: t.upper as RestoreStatement['action'], devices, options };
  }
  const action = p.accept('LOG') ? 'LOG' : (p.expect('DATABASE'), 'DATABASE');
  const database = parseNameRef(p);
  const devices = p.accept('FROM') ? parseDevices(p) : [];
  const options = p.accept('WITH') ? parseBackupOptions(p) : [];
  return { kind: 'restore', line, action, database, devices, options };
}

function parseNameRef(p: Parser): BackupNameRef {
  if (p.tok.type === TokenType.Variable) return { kind: 'variable', name: p.next().value };
  return { kind: 'name', name: p.identifier() };
}

function parseDevices(p: Parser): BackupDevice[] {
  const out: BackupDevice[] = [];
  do out.push(parseDevice(p));
  while (p.accept(','));
  return out;
}

function parseDevice(p: Parser): BackupDevice {
  const t = p.tok;
  if (t.type === TokenType.Word && DEVICE_TYPES.has(t.upper) && p.isAt(1, '=')) {
    p.pos += 2;
    const v = p.tok;
    if (v.type === TokenType.String) {
      p.next();
      return { type: t.upper as BackupDevice['type'], path: { kind: 'string', value: v.value } };
    }
    if (v.type === TokenType.Variable) {
      p.next();
      return { type: t.upper as BackupDevice['type'], path: { kind: 'variable', name: v.value } };
    }
    throw p.error();
  }
  return { type: 'LOGICAL', path: parseNameRef(p) };
}

function parseBackupOptions(p: Parser): BackupOption[] {
  const out: BackupOption[] = [];
  do out.push(parseBackupOption(p));
  while (p.accept(','));
  return out;
}

function parseBackupOption(p: Parser): BackupOption {
  const t = p.tok;
  if (t.type !== TokenType.Word) throw p.error();
  p.next();
  const name = t.upper;
  if (name === 'MOVE') {
    const value = parseValue(p);
    p.expect('TO');
    return { name, value, to: parseValue(p) };
  }
  // ENCRYPTION (ALGORITHM = ..., SERVER CERTIFICATE = ...), COMPRESSION (ALGORITHM = ...): kept as text
  if (p.accept('(')) return { name, list: p.balancedText() };
  if (!p.accept('=')) return { name };
  return { name, value: parseValue(p) };
}

function parseValue(p: Parser): BackupOptionValue {
  const t = p.tok;
  switch (t.type) {
    case TokenType.String: p.next(); return { kind: 'string', value: t.value };
    case TokenType.Integer: p.next(); return { kind: 'number', value: Number(t.value) };
    case TokenType.Variable: p.next(); return { kind: 'variable', name: t.value };
    // a bare word value (EXPIREDATE, ALGORITHM names ...) or a quoted name
    case TokenType.Word: case TokenType.QuotedIdent: p.next(); return { kind: 'string', value: t.value };
    default: throw p.error();
  }
}
