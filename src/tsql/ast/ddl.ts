// T-SQL syntax tree: ddl: tables, indexes, views, routines. Conventions are in ../ast.ts.
import type { ObjectName, TypeRef } from './names';
import type { Expr } from './expressions';
import type { Query } from './queries';
import type { OptionSetting } from './variables';
import type { Statement } from './statement';

export interface IdentitySpec {
  readonly seed: number;
  readonly increment: number;
}

export interface ColumnDef {
  readonly name: string;
  /** absent for computed columns */
  readonly type?: TypeRef;
  /** c AS expr [PERSISTED] */
  readonly computed?: { readonly expr: Expr; readonly persisted: boolean };
  /** undefined = not written (ANSI_NULL_DFLT rules apply) */
  readonly nullable?: boolean;
  readonly identity?: IdentitySpec;
  readonly default?: { readonly name?: string; readonly expr: Expr };
  readonly collation?: string;
  readonly rowguidcol: boolean;
  readonly sparse: boolean;
  readonly constraints: readonly ColumnConstraint[];
}

export type ReferentialAction = 'NO ACTION' | 'CASCADE' | 'SET NULL' | 'SET DEFAULT';

export interface ForeignKeyReference {
  readonly table: ObjectName;
  readonly columns: readonly string[];
  readonly onDelete?: ReferentialAction;
  readonly onUpdate?: ReferentialAction;
}

export type ColumnConstraint =
  | { readonly kind: 'primaryKey' | 'unique'; readonly name?: string; readonly clustered?: boolean }
  | { readonly kind: 'check'; readonly name?: string; readonly expr: Expr }
  | { readonly kind: 'foreignKey'; readonly name?: string; readonly references: ForeignKeyReference };

export interface IndexColumn {
  readonly name: string;
  readonly desc: boolean;
}

export type TableConstraint =
  | { readonly kind: 'primaryKey' | 'unique'; readonly name?: string; readonly clustered?: boolean; readonly columns: readonly IndexColumn[] }
  | { readonly kind: 'check'; readonly name?: string; readonly expr: Expr }
  | { readonly kind: 'foreignKey'; readonly name?: string; readonly columns: readonly string[]; readonly references: ForeignKeyReference }
  /** ALTER TABLE t ADD [CONSTRAINT n] DEFAULT expr FOR col */
  | { readonly kind: 'default'; readonly name?: string; readonly expr: Expr; readonly column: string };

/** Inline INDEX definitions inside CREATE TABLE / DECLARE @t TABLE. */
export interface InlineIndex {
  readonly name: string;
  readonly unique: boolean;
  readonly clustered?: boolean;
  readonly columns: readonly IndexColumn[];
}

export interface TableDefinition {
  readonly columns: readonly ColumnDef[];
  readonly constraints: readonly TableConstraint[];
  readonly indexes: readonly InlineIndex[];
}

export interface CreateTableStatement {
  readonly kind: 'createTable';
  readonly line: number;
  readonly name: ObjectName;
  readonly definition: TableDefinition;
  /** ON [PRIMARY]: accepted, meaningless here */
  readonly filegroup?: string;
}

export type AlterTableAction =
  | { readonly kind: 'add'; readonly columns: readonly ColumnDef[]; readonly constraints: readonly TableConstraint[] }
  | { readonly kind: 'drop'; readonly items: readonly { readonly kind: 'column' | 'constraint'; readonly name: string; readonly ifExists: boolean }[] }
  | { readonly kind: 'alterColumn'; readonly column: ColumnDef }
  /** [WITH CHECK|NOCHECK] CHECK|NOCHECK CONSTRAINT ALL|names */
  | { readonly kind: 'checkConstraints'; readonly enable: boolean; readonly names: readonly string[] | 'all' };

export interface AlterTableStatement {
  readonly kind: 'alterTable';
  readonly line: number;
  readonly name: ObjectName;
  /** WITH CHECK / WITH NOCHECK before ADD or CHECK CONSTRAINT */
  readonly withCheck?: boolean;
  readonly action: AlterTableAction;
}

export interface CreateIndexStatement {
  readonly kind: 'createIndex';
  readonly line: number;
  readonly unique: boolean;
  readonly clustered?: boolean;
  readonly name: string;
  readonly table: ObjectName;
  readonly columns: readonly IndexColumn[];
  readonly include: readonly string[];
  readonly where?: Expr;
  readonly options: readonly OptionSetting[];
}

export interface DropIndexStatement {
  readonly kind: 'dropIndex';
  readonly line: number;
  readonly ifExists: boolean;
  /** DROP INDEX ix ON t and the old DROP INDEX t.ix both end up as (table, index) */
  readonly indexes: readonly { readonly table: ObjectName; readonly name: string }[];
}

/** create = CREATE, alter = ALTER, createOrAlter = CREATE OR ALTER */
export type CreateMode = 'create' | 'alter' | 'createOrAlter';

export interface ViewStatement {
  readonly kind: 'createView';
  readonly line: number;
  readonly mode: CreateMode;
  readonly name: ObjectName;
  readonly columns: readonly string[];
  /** WITH SCHEMABINDING, ENCRYPTION, VIEW_METADATA (upper-cased) */
  readonly options: readonly string[];
  readonly query: Query;
  readonly checkOption: boolean;
  /** the statement's source text from CREATE/ALTER to its end (sys.sql_modules.definition) */
  readonly sourceText: string;
}

export interface RoutineParam {
  readonly name: string;
  readonly type: TypeRef;
  readonly default?: Expr;
  readonly output: boolean;
  readonly readonly: boolean;
  readonly varying: boolean;
}

export interface ProcedureStatement {
  readonly kind: 'createProcedure';
  readonly line: number;
  readonly mode: CreateMode;
  readonly name: ObjectName;
  readonly params: readonly RoutineParam[];
  /** WITH RECOMPILE, ENCRYPTION, EXECUTE AS ... (upper-cased text) */
  readonly options: readonly string[];
  /** the rest of the batch after AS */
  readonly body: readonly Statement[];
  readonly sourceText: string;
}

export type FunctionReturns =
  | { readonly kind: 'scalar'; readonly type: TypeRef; readonly body: readonly Statement[] }
  | { readonly kind: 'inlineTable'; readonly query: Query }
  | { readonly kind: 'multiStatementTable'; readonly variable: string; readonly definition: TableDefinition; readonly body: readonly Statement[] };

export interface FunctionStatement {
  readonly kind: 'createFunction';
  readonly line: number;
  readonly mode: CreateMode;
  readonly name: ObjectName;
  readonly params: readonly RoutineParam[];
  readonly options: readonly string[];
  readonly returns: FunctionReturns;
  readonly sourceText: string;
}

export type DropObjectType =
  | 'TABLE' | 'VIEW' | 'PROCEDURE' | 'FUNCTION' | 'DATABASE' | 'LOGIN' | 'USER' | 'ROLE'
  | 'SERVER ROLE' | 'SCHEMA' | 'TRIGGER' | 'TYPE' | 'SYNONYM' | 'SEQUENCE' | 'CREDENTIAL';

export interface DropStatement {
  readonly kind: 'drop';
  readonly line: number;
  readonly objectType: DropObjectType;
  readonly ifExists: boolean;
  readonly names: readonly ObjectName[];
}
