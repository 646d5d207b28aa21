// The first result set a batch can send, found by static analysis as sp_describe_first_result_set
// does: "all possible control flow paths inside the input batch are considered ... For each
// control flow path, the first statement (if any) that returns a result set is determined", and
// the candidates are merged (merge-results.ts). Nothing runs: IF takes both branches, WHILE its
// body or not, TRY and CATCH both; RETURN ends a path with no result set, THROW and RAISERROR of
// severity 11 or more end it in an error. DECLARE runs (it only types variables) so later SELECTs
// read the declared types. A SELECT is described by statements/select.ts describeSelect, the same
// translation that sends its COLMETADATA when it runs. EXEC of a literal string is analysed as
// its own batch ("discoverable because it is a literal string"); other dynamic SQL is 11513.
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import { precededBy } from '../interpreter/preceding-errors';
import { printStatement } from '../../tsql';
import type { ExecStatement, ExecStringStatement, Expr, SelectStatement, Statement } from '../../tsql/ast';
import { Frame } from '../interpreter/frame';
import { findProcedure } from '../interpreter/procedure-call';
import { withFrame } from '../interpreter/scope';
import { isTsqlProcedure } from '../routines/tsql-procedure';
import type { Scope } from '../interpreter/scope';
import { parseCached } from '../parse';
import type { ResultColumn } from '../result-sink';
import { executeDeclare } from '../statements/declare';
import { notSupportedExpression } from '../statements/not-supported';
import { describeSelect } from '../statements/select';
import type { ColumnOrigin } from './describe-columns';
import { mergeCandidates, type Candidate } from './merge-results';
import { statementTexts } from './statement-text';

export interface DescribedResult {
  /** the (first) SELECT described, for the browse information */
  readonly select: SelectStatement;
  readonly columns: readonly ResultColumn[];
  readonly origins: readonly ColumnOrigin[];
  readonly orderByLength: number;
}

/** What the paths through some statements lead to. */
interface Paths {
  /** the first result set of each path that sends one */
  readonly found: Candidate[];
  /** some path reaches the end of the statements without a result set */
  falls: boolean;
  /** some path ended with RETURN (no result set, not an error) */
  returns: boolean;
  /** some path ended in an error (THROW, RAISERROR of severity 11+, a SELECT that does not compile) */
  errors: boolean;
  /** the errors of SELECTs that could not be described, reported before 11529 */
  readonly causes: SqlError[];
}

export interface Analysis {
  readonly scope: Scope;
  /** the batch has more than one statement: temp tables are then refused (11525) */
  readonly multiStatement: boolean;
  /** a statement's text, for the messages that quote it (statement-text.ts) */
  readonly statementText: (s: Statement) => string;
  /** the procedures being analysed, outermost first (their messages name the innermost) */
  readonly procedures?: readonly string[];
}

/** undefined: no path sends a result set (an empty description). */
export async function firstResultSet(statements: readonly Statement[], a: Analysis): Promise<DescribedResult | undefined> {
  const paths = await walk(statements, a);
  if (paths.found.length === 0) {
    if (paths.errors && !paths.falls && !paths.returns) throw precededBy(sqlError(11529), ...paths.causes);
    return undefined;
  }
  return mergeCandidates(paths.found);
}

async function walk(statements: readonly Statement[], a: Analysis): Promise<Paths> {
  const paths: Paths = { found: [], falls: true, returns: false, errors: false, causes: [] };
  for (const stmt of statements) {
    const next = await paths1(stmt, a);
    paths.found.push(...next.found);
    paths.returns ||= next.returns;
    paths.errors ||= next.errors;
    paths.causes.push(...next.causes);
    paths.falls = next.falls;
    if (!paths.falls) break;
  }
  return paths;
}

const FALLS = (): Paths => ({ found: [], falls: true, returns: false, errors: false, causes: [] });
const RETURNS = (): Paths => ({ found: [], falls: false, returns: true, errors: false, causes: [] });
const FAILS = (...causes: SqlError[]): Paths => ({ found: [], falls: false, returns: false, errors: true, causes });

async function paths1(stmt: Statement, a: Analysis): Promise<Paths> {
  switch (stmt.kind) {
    case 'select': {
      // "Metadata discovery only supports temp tables when analyzing a single-statement batch."
      if (a.multiStatement && usesTempTable(stmt)) {
        const proc = innermost(a);
        throw proc === undefined ? sqlError(11525, a.statementText(stmt)) : sqlError(11526, a.statementText(stmt), proc);
      }
      let columns: readonly ResultColumn[] | undefined;
      try {
        columns = await describeSelect(stmt, a.scope);
      } catch (e) {
        if (!(e instanceof SqlError)) throw e;
        if (e.lineNumber === 0) e.lineNumber = stmt.line;
        return FAILS(e);
      }
      if (!columns) return FALLS();
      const found = { text: a.statementText(stmt), result: { select: stmt, columns, ...originsOf(stmt, columns) } };
      return { found: [found], falls: false, returns: false, errors: false, causes: [] };
    }
    case 'declare':
      executeDeclare(stmt, a.scope);
      return FALLS();
    case 'block': return walk(stmt.statements, a);
    case 'if': return either(await walk([stmt.then], a), stmt.else ? await walk([stmt.else], a) : FALLS());
    case 'while': return either(await walk([stmt.body], a), FALLS());
    case 'tryCatch': return either(await walk(stmt.tryBlock, a), await walk(stmt.catchBlock, a));
    case 'return': return RETURNS();
    case 'throw': return FAILS();
    case 'raiserror': return severityOf(stmt.severity) >= 11 ? FAILS() : FALLS();
    case 'execString': return dynamicSql(stmt, a);
    case 'exec': return procedureCall(stmt, a);
    default:
      return FALLS();
  }
}

function either(x: Paths, y: Paths): Paths {
  return {
    found: [...x.found, ...y.found], falls: x.falls || y.falls, returns: x.returns || y.returns, errors: x.errors || y.errors,
    causes: [...x.causes, ...y.causes],
  };
}

function severityOf(e: Expr): number {
  return e.kind === 'literal' && e.form === 'integer' ? Number(e.text) : 16;
}

/** EXEC ('...' + '...'): analysed when every part is a string literal, else 11513. */
async function dynamicSql(stmt: ExecStringStatement, a: Analysis): Promise<Paths> {
  const texts: string[] = [];
  for (const p of stmt.parts) {
    if (p.kind !== 'literal' || p.form !== 'string') throw dynamicSqlError(stmt, a);
    texts.push(p.text);
  }
  const text = texts.join('');
  const statements = parseCached(text, a.scope.engine).statements;
  return walk(statements, { ...a, multiStatement: true, statementText: statementTexts(text, statements) });
}

function innermost(a: Analysis): string | undefined {
  return a.procedures?.[a.procedures.length - 1];
}

function dynamicSqlError(stmt: Statement, a: Analysis): SqlError {
  const proc = innermost(a);
  return proc === undefined ? sqlError(11513, a.statementText(stmt)) : sqlError(11514, a.statementText(stmt), proc);
}

/**
 * EXEC of a T-SQL procedure: its body is analysed with its parameters declared (NULL), in its
 * database. A procedure already being analysed is indirect recursion (11523/11524); a procedure
 * msxd implements in TypeScript has no body to analyse (40517); EXEC @name is dynamic (11513).
 */
async function procedureCall(stmt: ExecStatement, a: Analysis): Promise<Paths> {
  if (stmt.procedure.kind === 'variable') throw dynamicSqlError(stmt, a);
  const def = findProcedure(stmt.procedure.name, a.scope);
  if (!def) return FAILS(sqlErrorWithState(2812, 62, stmt.procedure.name.name));
  if (!isTsqlProcedure(def)) throw notSupportedExpression(`sp_describe_first_result_set of EXECUTE ${def.name}`);
  const chain = a.procedures ?? [];
  if (chain.some((p) => p.toLowerCase() === def.name.toLowerCase())) {
    const proc = innermost(a);
    throw proc === undefined ? sqlError(11523, a.statementText(stmt)) : sqlError(11524, a.statementText(stmt), proc);
  }
  const frame = new Frame(def.name, a.scope.frame.nestLevel + 1);
  for (const p of def.parameters) frame.declare(p.name, p.type, null);
  const session = a.scope.session;
  const caller = session.database;
  session.database = def.tsql.database;
  try {
    return await walk(def.tsql.body, {
      scope: withFrame(a.scope, frame), multiStatement: true, statementText: printedText, procedures: [...chain, def.name],
    });
  } finally {
    session.database = caller;
  }
}

const printedText = (s: Statement): string => printStatement(s).replace(/;\s*$/, '');

/** Which columns come straight from a column, and the top-level ORDER BY positions. */
function originsOf(stmt: SelectStatement, columns: readonly ResultColumn[]): { origins: ColumnOrigin[]; orderByLength: number } {
  const fromColumn = directColumns(stmt, columns.length);
  const order = stmt.query.orderBy;
  const origins = columns.map((c, i): ColumnOrigin => {
    const at = order.findIndex((o) => (o.expr.kind === 'column' && c.name !== '' && o.expr.name.toLowerCase() === c.name.toLowerCase())
      || (o.expr.kind === 'literal' && o.expr.form === 'integer' && Number(o.expr.text) === i + 1));
    return at < 0 ? { fromColumn: fromColumn[i] ?? false } : { fromColumn: fromColumn[i] ?? false, orderOrdinal: at + 1, orderDescending: order[at]!.desc };
  });
  return { origins, orderByLength: order.length };
}

function directColumns(stmt: SelectStatement, count: number): boolean[] {
  const body = stmt.query.body;
  if (body.kind !== 'querySpec') return new Array<boolean>(count).fill(false);
  const stars = body.items.filter((i) => i.kind === 'star').length;
  // one `*` stands for the columns the other items leave; several: every column is a table's
  if (stars > 1) return new Array<boolean>(count).fill(true);
  const perStar = count - (body.items.length - stars);
  const out: boolean[] = [];
  for (const item of body.items) {
    if (item.kind === 'star') for (let n = 0; n < perStar; n++) out.push(true);
    else out.push(item.kind === 'expr' && item.expr.kind === 'column');
  }
  return out;
}

/** a #temp (or ##global) table named anywhere in the statement's tree */
function usesTempTable(stmt: SelectStatement): boolean {
  const seen = (x: unknown): boolean => {
    if (!x || typeof x !== 'object') return false;
    if (Array.isArray(x)) return x.some(seen);
    const node = x as { kind?: unknown; name?: { name?: unknown } };
    if (node.kind === 'table' && typeof node.name?.name === 'string' && node.name.name.startsWith('#')) return true;
    return Object.values(x).some(seen);
  };
  return seen(stmt.query);
}
