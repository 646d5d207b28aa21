// T-SQL syntax tree: BACKUP and RESTORE ("BACKUP (Transact-SQL)", "RESTORE Statements
// (Transact-SQL)"). Conventions are in ../ast.ts.

/** A database name as written, or a variable holding it (BACKUP DATABASE @db ...). */
export type BackupNameRef =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'variable'; readonly name: string };

/** `DISK = 'path' | @var` (also TAPE/URL, and a logical backup device name: the engine refuses those). */
export interface BackupDevice {
  readonly type: 'DISK' | 'TAPE' | 'URL' | 'LOGICAL';
  readonly path: BackupNameRef | { readonly kind: 'string'; readonly value: string };
}

/** An option value: a literal, a variable or a bare word (for options whose value is a name). */
export type BackupOptionValue =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'variable'; readonly name: string };

/** One `WITH` option: upper-cased name, with its value when it has one (STATS = 10, NAME = 'x'). */
export interface BackupOption {
  readonly name: string;
  readonly value?: BackupOptionValue;
  /** MOVE 'logical' TO 'physical' (the second value) */
  readonly to?: BackupOptionValue;
  /** ENCRYPTION (ALGORITHM = ..., ...), COMPRESSION (ALGORITHM = ...): the parenthesised text */
  readonly list?: string;
}

/** BACKUP { DATABASE | LOG } db TO DISK = ... [, DISK = ...] [WITH option [, ...]] */
export interface BackupStatement {
  readonly kind: 'backup';
  readonly line: number;
  readonly target: 'DATABASE' | 'LOG';
  readonly database: BackupNameRef;
  readonly devices: readonly BackupDevice[];
  readonly options: readonly BackupOption[];
}

/** RESTORE DATABASE | LOG name FROM ..., and the informational RESTORE HEADERONLY/FILELISTONLY/VERIFYONLY/LABELONLY */
export interface RestoreStatement {
  readonly kind: 'restore';
  readonly line: number;
  readonly action: 'DATABASE' | 'LOG' | 'HEADERONLY' | 'FILELISTONLY' | 'VERIFYONLY' | 'LABELONLY';
  /** DATABASE/LOG only */
  readonly database?: BackupNameRef;
  /** empty for `RESTORE DATABASE x WITH RECOVERY` (recovery only, no FROM) */
  readonly devices: readonly BackupDevice[];
  readonly options: readonly BackupOption[];
}
