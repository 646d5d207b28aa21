// T-SQL syntax tree: batch and statement unions. Conventions are in ../ast.ts.
import type { Expr } from './expressions';
import type { InsertStatement, UpdateStatement, DeleteStatement, MergeStatement, SelectStatement, TruncateTableStatement } from './dml';
import type { DeclareStatement, SetVariableStatement, SetOptionStatement, SetTransactionIsolationStatement, SetIdentityInsertStatement, DeclareCursorStatement, SetCursorVariableStatement, OpenCursorStatement, FetchCursorStatement, CloseCursorStatement, DeallocateCursorStatement } from './variables';
import type { BlockStatement, IfStatement, WhileStatement, BreakStatement, ContinueStatement, ReturnStatement, GotoStatement, LabelStatement, TryCatchStatement, PrintStatement, RaiserrorStatement, ThrowStatement, WaitforStatement, UseStatement } from './control-flow';
import type { BeginTransactionStatement, CommitTransactionStatement, RollbackTransactionStatement, SaveTransactionStatement } from './transactions';
import type { ExecStatement, ExecStringStatement, ExecuteAsStatement, RevertStatement } from './exec';
import type { CreateTableStatement, AlterTableStatement, CreateIndexStatement, DropIndexStatement, ViewStatement, ProcedureStatement, FunctionStatement, DropStatement } from './ddl';
import type { CreateDatabaseStatement, AlterDatabaseStatement, CreateLoginStatement, AlterLoginStatement, CreateUserStatement, CreateRoleStatement, AlterRoleStatement, CreateSchemaStatement, PermissionStatement, CredentialStatement } from './security';
import type { DbccStatement, SimpleCommandStatement, KillStatement, ReconfigureStatement, UpdateStatisticsStatement, AlterIndexStatement } from './utilities';
import type { InsertBulkStatement } from './bulk';
import type { BackupStatement, RestoreStatement } from './backup';

export type Statement =
  | SelectStatement
  | InsertStatement
  | InsertBulkStatement
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
  | SetCursorVariableStatement
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
  | ReconfigureStatement
  | KillStatement
  | BackupStatement
  | RestoreStatement
  | UpdateStatisticsStatement
  | AlterIndexStatement;

export type StatementKind = Statement['kind'];
export type ExprKind = Expr['kind'];

/** One SQL_BATCH (or sp_executesql text, procedure body source): its statements in order. */
export interface Batch {
  readonly statements: readonly Statement[];
}
