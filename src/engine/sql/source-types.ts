// What a FROM name resolves to: SQLite FROM text plus typed columns. Every producer of table
// sources (catalogue tables, views, system views, temp tables, table variables, CTEs, derived
// tables) answers with this shape, so the translator has one way to bind column names.
import type { ColumnInfo } from '../../store/catalog';
import type { SqlType } from '../../types/sql-type';

export interface SourceColumn {
  readonly name: string;
  readonly type: SqlType;
  readonly nullable: boolean;
  /** IDENTITY column (COLMETADATA fIdentity) */
  readonly identity?: boolean;
  /** its seed and increment (SELECT INTO copies the IDENTITY property) */
  readonly identitySpec?: IdentitySpec;
}

export interface IdentitySpec {
  readonly seed: bigint;
  readonly increment: bigint;
}

export type SourceKind = 'table' | 'view' | 'systemView' | 'temp' | 'tableVariable' | 'cte' | 'derived';

export interface ResolvedSource {
  readonly kind: SourceKind;
  /** SQLite text usable after FROM: a quoted table name or a parenthesised SELECT */
  readonly from: string;
  readonly columns: readonly SourceColumn[];
  /** a writable table: what INSERT/UPDATE/DELETE need (absent for views and system views) */
  readonly target?: WritableTable;
  /** for messages: 'dbo.t', '#t', '@t' */
  readonly displayName: string;
  /** the permission record of a table/view read: columns bound to it are added (SELECT checks) */
  readonly read?: { readonly columns: Set<string> };
}

/** A table DML can write, with the catalogue facts constraints and defaults need. */
export interface WritableTable {
  /** quoted SQLite name, e.g. `"msdb"."dbo.sysjobs"` or `"temp"."dbo.#t"` */
  readonly sqliteName: string;
  readonly database: string;
  readonly schema: string;
  readonly name: string;
  /** catalogue object id; 0 for table variables */
  readonly objectId: number;
  readonly columns: readonly ColumnInfo[];
  /** the next IDENTITY value (under the statement's write lock) */
  nextIdentity(): bigint;
  /** CHECK constraints (T-SQL text of the expression) */
  readonly checks: readonly { readonly name: string; readonly definition: string }[];
  /** PRIMARY KEY / UNIQUE constraints, for 2627 / 2601 texts */
  readonly uniques: readonly { readonly name: string; readonly kind: 'PK' | 'UQ' | 'IX'; readonly columns: readonly string[] }[];
  /** FOREIGN KEYs this table holds (547 on INSERT/UPDATE) */
  readonly foreignKeys: readonly ForeignKeyInfo[];
  /** computed columns: T-SQL text of the expression, e.g. `([a]+[b])`; DML computes them */
  readonly computed?: readonly { readonly name: string; readonly definition: string }[];
  /** FOREIGN KEYs of other tables referencing this one (547 on DELETE/UPDATE of the key) */
  readonly referencedBy?: readonly ReferencingKey[];
}

export interface ReferencingKey {
  readonly name: string;
  /** quoted SQLite name and display name ('dbo.child') of the referencing table */
  readonly childSqliteName: string;
  readonly childDisplayName: string;
  readonly childColumns: readonly string[];
  readonly childTypes: readonly SqlType[];
  /** this table's key columns the child columns refer to, in the same order */
  readonly columns: readonly string[];
  readonly onDelete: string;
  readonly onUpdate: string;
}

export interface ForeignKeyInfo {
  readonly name: string;
  readonly columns: readonly string[];
  /** quoted SQLite name of the referenced table and its columns */
  readonly referencedSqliteName: string;
  readonly referencedDisplayName: string;
  readonly referencedColumns: readonly string[];
  readonly referencedTypes: readonly SqlType[];
}
