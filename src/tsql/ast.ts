// The T-SQL syntax tree: the single source of truth shared by the parser, the printer and the
// engine. Every node is a member of a discriminated union on `kind`; every statement and
// expression carries the 1-based `line` of its first token (SQL Server reports errors by line).
//
// Conventions:
// - Identifiers are stored unquoted ([a]]b] -> "a]b"), in the case the user wrote them; the engine
//   compares them case-insensitively. Variable names keep their '@' ('@x'), globals their '@@'
//   and are upper-cased ('@@ROWCOUNT').
// - Keyword-ish words (option names, hints, permission names) are upper-cased.
// - Literals keep their source text; types/literals.ts assigns their SQL type and value, so the
//   rules for "2147483648 is numeric(10,0)" live in one place.
// - Declared data types are resolved to SqlType by the parser (sysname -> nvarchar(128));
//   names it does not know become a UserTypeRef for the engine to resolve or reject.
// - Additions to this file are fine; renames are not (the engine codes against it).
import type { SqlType } from '../types/sql-type';

// ---------------------------------------------------------------------------------------------
// Names and types

/** One- to four-part object name: [server.][database.][schema.]name; `db..t` leaves schema out. */
export interface ObjectName {
  readonly server?: string;
  readonly database?: string;
  readonly schema?: string;
  readonly name: string;
}

/** A type name the parser does not map to a SqlType (alias/user types, hierarchyid, geometry...). */
export interface UserTypeRef {
  readonly kind: 'userType';
  readonly name: ObjectName;
  /** parenthesised arguments if any were written */
  readonly args: readonly (number | 'max')[];
}

export type TypeRef = SqlType | UserTypeRef;

// ---------------------------------------------------------------------------------------------
// Expressions

export type Expr =
  | Literal
  | NullLiteral
  | DefaultValue
  | VariableRef
  | GlobalVariableRef
  | ColumnRef
  | PseudoColumn
  | DatePartArg
  | UnaryExpr
  | BinaryExpr
  | CompareExpr
  | LogicalExpr
  | NotExpr
  | IsNullExpr
  | BetweenExpr
  | InListExpr
  | InSubqueryExpr
  | LikeExpr
  | ExistsExpr
  | QuantifiedCompareExpr
  | SubqueryExpr
  | CaseExpr
  | CastExpr
  | ConvertExpr
  | FunctionCall
  | NiladicFunction
  | NextValueFor
  | CollateExpr;

export type LiteralForm = 'integer' | 'decimal' | 'float' | 'money' | 'string' | 'binary';

/**
 * A constant as written. `text`: integer/decimal/float digits as written (no sign); money without
 * the '$' (may carry a sign: $-1); string already unescaped ('' -> '); binary hex digits without 0x.
 */
export interface Literal {
  readonly kind: 'literal';
  readonly line: number;
  readonly form: LiteralForm;
  readonly text: string;
  /** N'...' */
  readonly unicode: boolean;
}

export interface NullLiteral {
  readonly kind: 'null';
  readonly line: number;
}

/** The DEFAULT keyword where a value may be written: INSERT VALUES cells, EXEC arguments. */
export interface DefaultValue {
  readonly kind: 'default';
  readonly line: number;
}

export interface VariableRef {
  readonly kind: 'variable';
  readonly line: number;
  /** with '@', as written */
  readonly name: string;
}

export interface GlobalVariableRef {
  readonly kind: 'global';
  readonly line: number;
  /** upper-cased, with '@@': '@@ROWCOUNT' */
  readonly name: string;
}

export interface ColumnRef {
  readonly kind: 'column';
  readonly line: number;
  /** qualifying parts before the column name: [], ['t'], ['dbo','t'], ['db','dbo','t'] */
  readonly qualifier: readonly string[];
  readonly name: string;
}

/** $IDENTITY, $ROWGUID, $ACTION (MERGE OUTPUT) */
export interface PseudoColumn {
  readonly kind: 'pseudoColumn';
  readonly line: number;
  readonly qualifier: readonly string[];
  /** upper-cased, with '$' */
  readonly name: string;
}

/** The datepart argument of DATEADD/DATEDIFF/DATEDIFF_BIG/DATEPART/DATENAME/DATETRUNC/DATE_BUCKET. */
export interface DatePartArg {
  readonly kind: 'datePart';
  readonly line: number;
  /** as written, lower-cased: 'day', 'dd', 'd', 'month', ... (the engine maps abbreviations) */
  readonly name: string;
}

export type UnaryOp = '-' | '+' | '~';

export interface UnaryExpr {
  readonly kind: 'unary';
  readonly line: number;
  readonly op: UnaryOp;
  readonly operand: Expr;
}

export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '<<' | '>>';

export interface BinaryExpr {
  readonly kind: 'binary';
  readonly line: number;
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr;
}

/** '!=' is stored as '<>', '!<' as '>=', '!>' as '<=' (same semantics in SQL Server). */
export type CompareOp = '=' | '<>' | '<' | '>' | '<=' | '>=';

export interface CompareExpr {
  readonly kind: 'compare';
  readonly line: number;
  readonly op: CompareOp;
  readonly left: Expr;
  readonly right: Expr;
}

export interface LogicalExpr {
  readonly kind: 'logical';
  readonly line: number;
  readonly op: 'and' | 'or';
  readonly left: Expr;
  readonly right: Expr;
}

export interface NotExpr {
  readonly kind: 'not';
  readonly line: number;
  readonly operand: Expr;
}

export interface IsNullExpr {
  readonly kind: 'isNull';
  readonly line: number;
  readonly operand: Expr;
  readonly not: boolean;
}

export interface BetweenExpr {
  readonly kind: 'between';
  readonly line: number;
  readonly operand: Expr;
  readonly low: Expr;
  readonly high: Expr;
  readonly not: boolean;
}

export interface InListExpr {
  readonly kind: 'inList';
  readonly line: number;
  readonly operand: Expr;
  readonly list: readonly Expr[];
  readonly not: boolean;
}

export interface InSubqueryExpr {
  readonly kind: 'inSubquery';
  readonly line: number;
  readonly operand: Expr;
  readonly query: Query;
  readonly not: boolean;
}

export interface LikeExpr {
  readonly kind: 'like';
  readonly line: number;
  readonly operand: Expr;
  readonly pattern: Expr;
  readonly escape?: Expr;
  readonly not: boolean;
}

export interface ExistsExpr {
  readonly kind: 'exists';
  readonly line: number;
  readonly query: Query;
}

/** x > ALL (subquery), x = ANY/SOME (subquery) */
export interface QuantifiedCompareExpr {
  readonly kind: 'quantified';
  readonly line: number;
  readonly op: CompareOp;
  readonly quantifier: 'all' | 'any';
  readonly left: Expr;
  readonly query: Query;
}

export interface SubqueryExpr {
  readonly kind: 'subquery';
  readonly line: number;
  readonly query: Query;
}

export interface CaseWhen {
  readonly when: Expr;
  readonly then: Expr;
}

/** Simple CASE has `operand`; searched CASE does not. */
export interface CaseExpr {
  readonly kind: 'case';
  readonly line: number;
  readonly operand?: Expr;
  readonly whens: readonly CaseWhen[];
  readonly else?: Expr;
}

/** CAST / TRY_CAST */
export interface CastExpr {
  readonly kind: 'cast';
  readonly line: number;
  readonly operand: Expr;
  readonly type: TypeRef;
  readonly try: boolean;
}

/** CONVERT / TRY_CONVERT */
export interface ConvertExpr {
  readonly kind: 'convert';
  readonly line: number;
  readonly type: TypeRef;
  readonly operand: Expr;
  readonly style?: Expr;
  readonly try: boolean;
}

export interface FunctionCall {
  readonly kind: 'call';
  readonly line: number;
  /** built-ins have only `name`; user functions may be schema-qualified (dbo.fn) */
  readonly name: ObjectName;
  readonly args: readonly Expr[];
  /** COUNT(*) */
  readonly star: boolean;
  /** COUNT(DISTINCT x) */
  readonly distinct: boolean;
  /** STRING_AGG(...) WITHIN GROUP (ORDER BY ...) */
  readonly withinGroup?: readonly OrderItem[];
  readonly over?: OverClause;
}

/** Functions written without parentheses: CURRENT_TIMESTAMP, CURRENT_USER, SESSION_USER, SYSTEM_USER, USER. */
export interface NiladicFunction {
  readonly kind: 'niladic';
  readonly line: number;
  /** upper-cased */
  readonly name: string;
}

export interface NextValueFor {
  readonly kind: 'nextValueFor';
  readonly line: number;
  readonly sequence: ObjectName;
  readonly over?: OverClause;
}

export interface CollateExpr {
  readonly kind: 'collate';
  readonly line: number;
  readonly operand: Expr;
  readonly collation: string;
}

export interface OverClause {
  readonly partitionBy: readonly Expr[];
  readonly orderBy: readonly OrderItem[];
  readonly frame?: WindowFrame;
}

export interface WindowFrame {
  readonly unit: 'rows' | 'range';
  readonly start: FrameBound;
  /** present for BETWEEN start AND end */
  readonly end?: FrameBound;
}

export type FrameBound =
  | { readonly kind: 'unboundedPreceding' }
  | { readonly kind: 'unboundedFollowing' }
  | { readonly kind: 'currentRow' }
  | { readonly kind: 'preceding'; readonly offset: Expr }
  | { readonly kind: 'following'; readonly offset: Expr };

export interface OrderItem {
  readonly expr: Expr;
  readonly desc: boolean;
}

// ---------------------------------------------------------------------------------------------
// Queries

/** A full query expression: [WITH ctes] body [ORDER BY] [OFFSET/FETCH] [FOR ...] [OPTION (...)] */
export interface Query {
  readonly kind: 'query';
  readonly line: number;
  readonly with: readonly CommonTableExpr[];
  readonly body: QueryExpr;
  readonly orderBy: readonly OrderItem[];
  readonly offset?: Expr;
  readonly fetch?: Expr;
  readonly for?: ForClause;
  /** OPTION (...) query hints, each normalised to upper-case text: 'RECOMPILE', 'MAXDOP 1' */
  readonly hints: readonly string[];
}

/** A parenthesised Query may appear as a set-operation operand. */
export type QueryExpr = QuerySpec | SetOperation | Query;

export interface QuerySpec {
  readonly kind: 'querySpec';
  readonly line: number;
  readonly distinct: boolean;
  readonly top?: TopClause;
  readonly items: readonly SelectItem[];
  readonly into?: ObjectName;
  /** comma-separated sources; empty when there is no FROM */
  readonly from: readonly TableSource[];
  readonly where?: Expr;
  readonly groupBy: readonly Expr[];
  readonly having?: Expr;
}

export interface SetOperation {
  readonly kind: 'setOperation';
  readonly line: number;
  readonly op: 'union' | 'unionAll' | 'except' | 'intersect';
  readonly left: QueryExpr;
  readonly right: QueryExpr;
}

export interface CommonTableExpr {
  readonly name: string;
  readonly columns: readonly string[];
  readonly query: Query;
}

export interface TopClause {
  readonly count: Expr;
  readonly percent: boolean;
  readonly withTies: boolean;
}

export type ForClause =
  | { readonly kind: 'xml'; readonly mode: 'raw' | 'auto' | 'path' | 'explicit'; readonly element?: string; readonly options: readonly string[] }
  | { readonly kind: 'json'; readonly mode: 'auto' | 'path'; readonly options: readonly string[] }
  | { readonly kind: 'browse' };

export type SelectItem = StarItem | ExprItem | AssignItem;

/** `*` or `t.*` */
export interface StarItem {
  readonly kind: 'star';
  readonly line: number;
  readonly qualifier: readonly string[];
}

/** expr [AS] alias, alias = expr, 'alias' = expr */
export interface ExprItem {
  readonly kind: 'expr';
  readonly line: number;
  readonly expr: Expr;
  readonly alias?: string;
}

/** SELECT @v = expr (also @v += expr) */
export interface AssignItem {
  readonly kind: 'assign';
  readonly line: number;
  readonly variable: string;
  readonly op: AssignOp;
  readonly expr: Expr;
}

export type AssignOp = '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=';

export type TableSource =
  | NamedTable
  | TableVariableSource
  | DerivedTable
  | ValuesTable
  | TableFunctionSource
  | JoinedTable;

export interface NamedTable {
  readonly kind: 'table';
  readonly line: number;
  readonly name: ObjectName;
  readonly alias?: string;
  /** WITH (NOLOCK, INDEX(ix)) normalised to upper-case text per hint */
  readonly hints: readonly string[];
}

export interface TableVariableSource {
  readonly kind: 'tableVariable';
  readonly line: number;
  readonly name: string;
  readonly alias?: string;
}

export interface DerivedTable {
  readonly kind: 'derived';
  readonly line: number;
  readonly query: Query;
  readonly alias: string;
  readonly columns: readonly string[];
}

/** (VALUES (1, 'a'), (2, 'b')) AS v(n, s) */
export interface ValuesTable {
  readonly kind: 'values';
  readonly line: number;
  readonly rows: readonly (readonly Expr[])[];
  readonly alias: string;
  readonly columns: readonly string[];
}

/** dbo.fn(1) AS f, OPENJSON(@j), STRING_SPLIT(@s, ',') */
export interface TableFunctionSource {
  readonly kind: 'tableFunction';
  readonly line: number;
  readonly name: ObjectName;
  readonly args: readonly Expr[];
  readonly alias?: string;
  readonly columns: readonly string[];
}

export type JoinType = 'inner' | 'left' | 'right' | 'full' | 'cross' | 'crossApply' | 'outerApply';

export interface JoinedTable {
  readonly kind: 'join';
  readonly line: number;
  readonly joinType: JoinType;
  readonly left: TableSource;
  readonly right: TableSource;
  /** absent for CROSS JOIN and APPLY */
  readonly on?: Expr;
  /** INNER LOOP / HASH / MERGE / REMOTE join hint, upper-cased */
  readonly hint?: string;
}

// ---------------------------------------------------------------------------------------------
// Data modification

/** The table an INSERT/UPDATE/DELETE/MERGE writes: a (possibly aliased) name or a table variable. */
export type DmlTarget =
  | { readonly kind: 'table'; readonly name: ObjectName; readonly hints: readonly string[] }
  | { readonly kind: 'tableVariable'; readonly name: string };

export interface OutputClause {
  readonly items: readonly SelectItem[];
  readonly into?: { readonly target: DmlTarget; readonly columns: readonly string[] };
}

export type InsertSource =
  | { readonly kind: 'values'; readonly rows: readonly (readonly Expr[])[] }
  | { readonly kind: 'query'; readonly query: Query }
  | { readonly kind: 'exec'; readonly exec: ExecStatement | ExecStringStatement }
  | { readonly kind: 'defaultValues' };

export interface InsertStatement {
  readonly kind: 'insert';
  readonly line: number;
  readonly with: readonly CommonTableExpr[];
  readonly top?: TopClause;
  readonly target: DmlTarget;
  readonly columns: readonly string[];
  /** OUTPUT ... INTO ... and/or a plain OUTPUT (at most one of each) */
  readonly output: readonly OutputClause[];
  readonly source: InsertSource;
}

export type UpdateSetItem =
  | { readonly kind: 'column'; readonly column: ColumnRef; readonly op: AssignOp; readonly value: Expr }
  | { readonly kind: 'variable'; readonly variable: string; readonly op: AssignOp; readonly value: Expr }
  /** SET @v = col = expr */
  | { readonly kind: 'variableColumn'; readonly variable: string; readonly column: ColumnRef; readonly op: AssignOp; readonly value: Expr };

export interface UpdateStatement {
  readonly kind: 'update';
  readonly line: number;
  readonly with: readonly CommonTableExpr[];
  readonly top?: TopClause;
  readonly target: DmlTarget;
  readonly set: readonly UpdateSetItem[];
  readonly output: readonly OutputClause[];
  readonly from: readonly TableSource[];
  readonly where?: Expr;
  /** WHERE CURRENT OF cursor */
  readonly currentOf?: CursorRef;
}

export interface DeleteStatement {
  readonly kind: 'delete';
  readonly line: number;
  readonly with: readonly CommonTableExpr[];
  readonly top?: TopClause;
  readonly target: DmlTarget;
  readonly output: readonly OutputClause[];
  readonly from: readonly TableSource[];
  readonly where?: Expr;
  readonly currentOf?: CursorRef;
}

export type MergeAction =
  | { readonly kind: 'update'; readonly set: readonly UpdateSetItem[] }
  | { readonly kind: 'delete' }
  /** values absent = DEFAULT VALUES */
  | { readonly kind: 'insert'; readonly columns: readonly string[]; readonly values?: readonly Expr[] };

export interface MergeWhen {
  readonly when: 'matched' | 'notMatchedByTarget' | 'notMatchedBySource';
  readonly condition?: Expr;
  readonly action: MergeAction;
}

export interface MergeStatement {
  readonly kind: 'merge';
  readonly line: number;
  readonly with: readonly CommonTableExpr[];
  readonly top?: TopClause;
  readonly target: DmlTarget;
  readonly targetAlias?: string;
  readonly source: TableSource;
  readonly on: Expr;
  readonly whens: readonly MergeWhen[];
  readonly output: readonly OutputClause[];
}

export interface SelectStatement {
  readonly kind: 'select';
  readonly line: number;
  readonly query: Query;
}

export interface TruncateTableStatement {
  readonly kind: 'truncateTable';
  readonly line: number;
  readonly name: ObjectName;
}

// ---------------------------------------------------------------------------------------------
// Variables, SET and cursors

export type DeclareItem =
  | { readonly kind: 'scalar'; readonly name: string; readonly type: TypeRef; readonly init?: Expr }
  | { readonly kind: 'table'; readonly name: string; readonly definition: TableDefinition }
  /** DECLARE @c CURSOR (a cursor variable, assigned later) */
  | { readonly kind: 'cursorVariable'; readonly name: string };

export interface DeclareStatement {
  readonly kind: 'declare';
  readonly line: number;
  readonly items: readonly DeclareItem[];
}

export interface SetVariableStatement {
  readonly kind: 'setVariable';
  readonly line: number;
  readonly name: string;
  readonly op: AssignOp;
  readonly value: Expr;
}

/**
 * Value of a SET option or a WITH option. ON/OFF become `onOff`; other bare words (mdy,
 * us_english, NORMAL, [master]) are `word`, upper-cased unless they were quoted identifiers.
 */
export type OptionValue =
  | { readonly kind: 'onOff'; readonly on: boolean }
  | { readonly kind: 'word'; readonly value: string }
  | { readonly kind: 'string'; readonly value: string; readonly unicode: boolean }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'binary'; readonly hex: string }
  | { readonly kind: 'variable'; readonly name: string };

export interface OptionSetting {
  /** upper-cased: 'CHECK_POLICY', 'DEFAULT_DATABASE' */
  readonly name: string;
  readonly value?: OptionValue;
}

/**
 * SET NOCOUNT ON, SET ANSI_NULLS, QUOTED_IDENTIFIER ON, SET TEXTSIZE 2147483647, SET LOCK_TIMEOUT -1,
 * SET DATEFORMAT mdy, SET STATISTICS IO ON ('STATISTICS IO'). `options` upper-cased.
 */
export interface SetOptionStatement {
  readonly kind: 'setOption';
  readonly line: number;
  readonly options: readonly string[];
  readonly value: OptionValue;
}

export type IsolationLevel = 'read uncommitted' | 'read committed' | 'repeatable read' | 'snapshot' | 'serializable';

export interface SetTransactionIsolationStatement {
  readonly kind: 'setTransactionIsolation';
  readonly line: number;
  readonly level: IsolationLevel;
}

export interface SetIdentityInsertStatement {
  readonly kind: 'setIdentityInsert';
  readonly line: number;
  readonly table: ObjectName;
  readonly on: boolean;
}

/** A cursor name or a cursor variable ('@c'). */
export interface CursorRef {
  readonly name: string;
  readonly global: boolean;
}

export interface DeclareCursorStatement {
  readonly kind: 'declareCursor';
  readonly line: number;
  readonly name: string;
  /** LOCAL, GLOBAL, FORWARD_ONLY, SCROLL, STATIC, KEYSET, DYNAMIC, FAST_FORWARD, READ_ONLY, ... upper-cased */
  readonly options: readonly string[];
  readonly query: Query;
  /** FOR UPDATE [OF cols]: undefined = not written, [] = all columns */
  readonly forUpdate?: readonly string[];
}

export interface OpenCursorStatement {
  readonly kind: 'openCursor';
  readonly line: number;
  readonly cursor: CursorRef;
}

export type FetchDirection = 'next' | 'prior' | 'first' | 'last' | 'absolute' | 'relative';

export interface FetchCursorStatement {
  readonly kind: 'fetchCursor';
  readonly line: number;
  readonly direction: FetchDirection;
  /** for ABSOLUTE/RELATIVE */
  readonly offset?: Expr;
  readonly cursor: CursorRef;
  readonly into: readonly string[];
}

export interface CloseCursorStatement {
  readonly kind: 'closeCursor';
  readonly line: number;
  readonly cursor: CursorRef;
}

export interface DeallocateCursorStatement {
  readonly kind: 'deallocateCursor';
  readonly line: number;
  readonly cursor: CursorRef;
}

// ---------------------------------------------------------------------------------------------
// Control flow

export interface BlockStatement {
  readonly kind: 'block';
  readonly line: number;
  readonly statements: readonly Statement[];
}

export interface IfStatement {
  readonly kind: 'if';
  readonly line: number;
  readonly condition: Expr;
  readonly then: Statement;
  readonly else?: Statement;
}

export interface WhileStatement {
  readonly kind: 'while';
  readonly line: number;
  readonly condition: Expr;
  readonly body: Statement;
}

export interface BreakStatement {
  readonly kind: 'break';
  readonly line: number;
}

export interface ContinueStatement {
  readonly kind: 'continue';
  readonly line: number;
}

export interface ReturnStatement {
  readonly kind: 'return';
  readonly line: number;
  readonly value?: Expr;
}

export interface GotoStatement {
  readonly kind: 'goto';
  readonly line: number;
  readonly label: string;
}

/** `name:` */
export interface LabelStatement {
  readonly kind: 'label';
  readonly line: number;
  readonly name: string;
}

export interface TryCatchStatement {
  readonly kind: 'tryCatch';
  readonly line: number;
  readonly tryBlock: readonly Statement[];
  readonly catchBlock: readonly Statement[];
}

export interface PrintStatement {
  readonly kind: 'print';
  readonly line: number;
  readonly value: Expr;
}

export interface RaiserrorStatement {
  readonly kind: 'raiserror';
  readonly line: number;
  /** message number, message text or a variable holding either */
  readonly message: Expr;
  readonly severity: Expr;
  readonly state: Expr;
  readonly args: readonly Expr[];
  readonly options: readonly ('LOG' | 'NOWAIT' | 'SETERROR')[];
}

/** THROW; (rethrow in CATCH) has no arguments; otherwise all three are present. */
export interface ThrowStatement {
  readonly kind: 'throw';
  readonly line: number;
  readonly args?: { readonly number: Expr; readonly message: Expr; readonly state: Expr };
}

export interface WaitforStatement {
  readonly kind: 'waitfor';
  readonly line: number;
  readonly mode: 'delay' | 'time';
  readonly value: Expr;
}

export interface UseStatement {
  readonly kind: 'use';
  readonly line: number;
  readonly database: string;
}

// ---------------------------------------------------------------------------------------------
// Transactions

/** A transaction or savepoint name: an identifier or a variable holding it. */
export type TransactionName =
  | { readonly kind: 'identifier'; readonly name: string }
  | { readonly kind: 'variable'; readonly name: string };

export interface BeginTransactionStatement {
  readonly kind: 'beginTransaction';
  readonly line: number;
  readonly name?: TransactionName;
  /** BEGIN DISTRIBUTED TRAN: parsed so the engine can refuse it by name */
  readonly distributed: boolean;
  /** WITH MARK ['description'] */
  readonly mark?: { readonly description?: string };
}

export interface CommitTransactionStatement {
  readonly kind: 'commitTransaction';
  readonly line: number;
  readonly name?: TransactionName;
}

export interface RollbackTransactionStatement {
  readonly kind: 'rollbackTransaction';
  readonly line: number;
  readonly name?: TransactionName;
}

export interface SaveTransactionStatement {
  readonly kind: 'saveTransaction';
  readonly line: number;
  readonly name: TransactionName;
}

// ---------------------------------------------------------------------------------------------
// EXEC

export interface ExecArg {
  /** '@param' for named arguments */
  readonly name?: string;
  /** an expression; `default` node for DEFAULT */
  readonly value: Expr;
  readonly output: boolean;
}

export interface ExecStatement {
  readonly kind: 'exec';
  readonly line: number;
  /** EXEC @rc = proc */
  readonly returnVariable?: string;
  /** the procedure by name, or a variable holding its name */
  readonly procedure: { readonly kind: 'name'; readonly name: ObjectName } | { readonly kind: 'variable'; readonly name: string };
  readonly args: readonly ExecArg[];
  readonly recompile: boolean;
}

/** EXEC ('select 1' + @more) [AS LOGIN|USER = '...'] [AT linked_server] */
export interface ExecStringStatement {
  readonly kind: 'execString';
  readonly line: number;
  /** the concatenated parts, in order (string literals and variables) */
  readonly parts: readonly Expr[];
  readonly as?: { readonly principal: 'login' | 'user'; readonly name: string };
  readonly at?: string;
}

/** EXECUTE AS LOGIN|USER = 'name' / EXECUTE AS CALLER */
export interface ExecuteAsStatement {
  readonly kind: 'executeAs';
  readonly line: number;
  readonly principal: 'login' | 'user' | 'caller';
  readonly name?: string;
}

export interface RevertStatement {
  readonly kind: 'revert';
  readonly line: number;
}

// ---------------------------------------------------------------------------------------------
// DDL: tables, indexes, views, routines

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

// ---------------------------------------------------------------------------------------------
// Databases, security

export interface CreateDatabaseStatement {
  readonly kind: 'createDatabase';
  readonly line: number;
  readonly name: string;
  /** COLLATE name */
  readonly collation?: string;
  /** WITH options; file specifications are not kept */
  readonly options: readonly OptionSetting[];
}

export type AlterDatabaseAction =
  | { readonly kind: 'set'; readonly options: readonly OptionSetting[]; readonly termination?: string }
  | { readonly kind: 'modifyName'; readonly newName: string }
  | { readonly kind: 'collate'; readonly collation: string };

export interface AlterDatabaseStatement {
  readonly kind: 'alterDatabase';
  readonly line: number;
  /** undefined for ALTER DATABASE CURRENT */
  readonly name?: string;
  readonly action: AlterDatabaseAction;
}

export interface LoginPassword {
  readonly value: string;
  readonly hashed: boolean;
  readonly mustChange: boolean;
}

export interface CreateLoginStatement {
  readonly kind: 'createLogin';
  readonly line: number;
  readonly name: string;
  /** FROM WINDOWS */
  readonly windows: boolean;
  readonly password?: LoginPassword;
  /** CHECK_POLICY, CHECK_EXPIRATION, DEFAULT_DATABASE, DEFAULT_LANGUAGE, SID, CREDENTIAL */
  readonly options: readonly OptionSetting[];
}

export type AlterLoginAction =
  | { readonly kind: 'enable' | 'disable' }
  | { readonly kind: 'with'; readonly password?: LoginPassword; readonly oldPassword?: string; readonly options: readonly OptionSetting[] }
  | { readonly kind: 'addCredential' | 'dropCredential'; readonly credential: string };

export interface AlterLoginStatement {
  readonly kind: 'alterLogin';
  readonly line: number;
  readonly name: string;
  readonly action: AlterLoginAction;
}

export interface CreateUserStatement {
  readonly kind: 'createUser';
  readonly line: number;
  readonly mode: 'create' | 'alter';
  readonly name: string;
  /** FOR|FROM LOGIN name */
  readonly login?: string;
  readonly withoutLogin: boolean;
  /** DEFAULT_SCHEMA, NAME, LOGIN ... */
  readonly options: readonly OptionSetting[];
}

export interface CreateRoleStatement {
  readonly kind: 'createRole';
  readonly line: number;
  readonly server: boolean;
  readonly name: string;
  readonly authorization?: string;
}

export interface AlterRoleStatement {
  readonly kind: 'alterRole';
  readonly line: number;
  /** ALTER SERVER ROLE */
  readonly server: boolean;
  readonly name: string;
  readonly action:
    | { readonly kind: 'addMember' | 'dropMember'; readonly member: string }
    | { readonly kind: 'rename'; readonly newName: string };
}

export interface CreateSchemaStatement {
  readonly kind: 'createSchema';
  readonly line: number;
  readonly name: string;
  readonly authorization?: string;
}

/** What a GRANT/DENY/REVOKE applies to: ON [class::]name; absent = server/database permission. */
export interface SecurableRef {
  /** OBJECT, SCHEMA, DATABASE, LOGIN, USER, ROLE, SERVER ROLE ... (upper-cased), absent = object */
  readonly class?: string;
  readonly name: ObjectName;
  readonly columns: readonly string[];
}

export interface PermissionStatement {
  readonly kind: 'grant' | 'deny' | 'revoke';
  readonly line: number;
  /** 'SELECT', 'EXECUTE', 'VIEW SERVER STATE', 'ALL' ... upper-cased, words single-spaced */
  readonly permissions: readonly string[];
  readonly on?: SecurableRef;
  readonly principals: readonly string[];
  /** GRANT ... WITH GRANT OPTION */
  readonly withGrantOption: boolean;
  /** REVOKE GRANT OPTION FOR ... */
  readonly grantOptionFor: boolean;
  readonly cascade: boolean;
  readonly as?: string;
}

export interface CredentialStatement {
  readonly kind: 'createCredential';
  readonly line: number;
  readonly mode: 'create' | 'alter';
  readonly name: string;
  readonly identity: string;
  readonly secret?: string;
}

// ---------------------------------------------------------------------------------------------
// Server utilities

/** DBCC name [(args)] [WITH options]: parsed so the engine can answer the few it knows. */
export interface DbccStatement {
  readonly kind: 'dbcc';
  readonly line: number;
  /** upper-cased: 'CHECKIDENT', 'TRACESTATUS', 'FREEPROCCACHE' */
  readonly command: string;
  readonly args: readonly Expr[];
  /** WITH NO_INFOMSGS, TABLERESULTS ... upper-cased */
  readonly options: readonly string[];
}

/** Statements with no operands worth a node of their own. */
export interface SimpleCommandStatement {
  readonly kind: 'simpleCommand';
  readonly line: number;
  readonly command: 'CHECKPOINT' | 'RECONFIGURE' | 'RECONFIGURE WITH OVERRIDE' | 'SHUTDOWN' | 'SHUTDOWN WITH NOWAIT';
}

export interface KillStatement {
  readonly kind: 'kill';
  readonly line: number;
  readonly target: Expr;
}

// ---------------------------------------------------------------------------------------------

export type Statement =
  | SelectStatement
  | InsertStatement
  | UpdateStatement
  | DeleteStatement
  | MergeStatement
  | TruncateTableStatement
  | DeclareStatement
  | SetVariableStatement
  | SetOptionStatement
  | SetTransactionIsolationStatement
  | SetIdentityInsertStatement
  | DeclareCursorStatement
  | OpenCursorStatement
  | FetchCursorStatement
  | CloseCursorStatement
  | DeallocateCursorStatement
  | BlockStatement
  | IfStatement
  | WhileStatement
  | BreakStatement
  | ContinueStatement
  | ReturnStatement
  | GotoStatement
  | LabelStatement
  | TryCatchStatement
  | PrintStatement
  | RaiserrorStatement
  | ThrowStatement
  | WaitforStatement
  | UseStatement
  | BeginTransactionStatement
  | CommitTransactionStatement
  | RollbackTransactionStatement
  | SaveTransactionStatement
  | ExecStatement
  | ExecStringStatement
  | ExecuteAsStatement
  | RevertStatement
  | CreateTableStatement
  | AlterTableStatement
  | CreateIndexStatement
  | DropIndexStatement
  | ViewStatement
  | ProcedureStatement
  | FunctionStatement
  | DropStatement
  | CreateDatabaseStatement
  | AlterDatabaseStatement
  | CreateLoginStatement
  | AlterLoginStatement
  | CreateUserStatement
  | CreateRoleStatement
  | AlterRoleStatement
  | CreateSchemaStatement
  | PermissionStatement
  | CredentialStatement
  | DbccStatement
  | SimpleCommandStatement
  | KillStatement;

export type StatementKind = Statement['kind'];
export type ExprKind = Expr['kind'];

/** One SQL_BATCH (or sp_executesql text, procedure body source): its statements in order. */
export interface Batch {
  readonly statements: readonly Statement[];
}
