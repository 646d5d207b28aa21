// The procedures that need the interpreter itself, so they live in the engine rather than in
// src/procedures: sp_executesql and the prepare/execute family (MS-TDS 2.2.6.6 ProcIDs 10-15),
// and the API server cursor procedures (ProcIDs 1-9, rpc/cursors).
// Their parameter lists are variadic (typed by a declaration string), which the fixed
// ProcedureDefinition shape does not express; they take the raw argument list instead.
import { sqlError } from '../../errors/catalog';
import type { RoutineParam } from '../../tsql/ast';
import { isCharacter } from '../../types/categories';
import type { SqlType } from '../../types/sql-type';
import { typed, type Typed } from '../../types/typed-value';
import { resolveTypeRef } from '../expressions/evaluate';
import { unwrapVariant } from '../expressions/variant';
import { Frame } from '../interpreter/frame';
import { MAX_NESTING, type CallArgument } from '../interpreter/procedure-call';
import type { Scope } from '../interpreter/scope';
import { parseParameterDeclarations } from '../parse';
import { frameVariablesKey } from '../sql/shared-translation-key';
import type { ProcedureName } from '../procedure-registry';
import { ENGINE_PROCEDURE_NAMES, type EngineProcedureName } from './engine-procedure-names';
import { convertForAssignment } from '../statements/assign';
import { runDynamicSql } from '../statements/exec-string';
import { CURSOR_PROCEDURES } from './cursors/cursor-procedures';
import { describeFirstResultSet, describeUndeclaredParameters } from '../describe/describe-procedures';
import { sendPreparedMetadata } from '../describe/prepared-metadata';

export interface EngineProcedureOutcome {
  readonly status: number;
  /** OUTPUT values by argument index */
  readonly outputs: ReadonlyMap<number, Typed>;
}

export interface EngineProcedure {
  readonly name: EngineProcedureName;
  /** the outcome itself when the call completed synchronously (a point query through sp_executesql) */
  run(args: readonly CallArgument[], scope: Scope): EngineProcedureOutcome | Promise<EngineProcedureOutcome>;
}

const INT = { kind: 'int' } as const;

function text(arg: CallArgument | undefined, procedure: string, parameter: string, type: string): string {
  const v = arg?.value ? unwrapVariant(arg.value) : undefined;
  if (!v || v.value === null) return '';
  if (!isCharacter(v.type)) throw sqlError(214, parameter, type);
  void procedure;
  return String(v.value);
}

function intArg(arg: CallArgument | undefined): number | null {
  const v = arg?.value ? unwrapVariant(arg.value).value : null;
  return v === null || v === undefined ? null : Number(v);
}

// Types whose every value has one representation (no length, precision, scale or collation): a
// value of the same kind needs no conversion, which is the usual case of a client-typed parameter.
const FIXED_KINDS: ReadonlySet<SqlType['kind']> = new Set([
  'bit', 'tinyint', 'smallint', 'int', 'bigint', 'real', 'float', 'uniqueidentifier', 'date', 'datetime',
  'smalldatetime',
]);

function sameFixedType(source: SqlType, target: SqlType): boolean {
  return source.kind === target.kind && FIXED_KINDS.has(target.kind);
}

// Lower-cased parameter name -> position, per declaration list: the lists come from the
// declaration cache, so a statement run again finds its index here.
// The names, as declared, go to the compile check of the statement.
interface ListFacts {
  readonly positions: ReadonlyMap<string, number>;
  readonly names: readonly string[];
  /** the translation cache's key of a frame holding just these parameters: the names and the
   *  type objects (resolveTypeRef returns the list's own) are the same at every call */
  variablesKey?: string;
}

const factsByList = new WeakMap<readonly RoutineParam[], ListFacts>();

function factsOf(params: readonly RoutineParam[]): ListFacts {
  let facts = factsByList.get(params);
  if (!facts) {
    facts = { positions: new Map(params.map((p, i) => [p.name.toLowerCase(), i])), names: params.map((p) => p.name) };
    factsByList.set(params, facts);
  }
  return facts;
}

const NO_OUTPUTS: ReadonlyMap<number, Typed> = new Map();

/**
 * Runs `sql` with parameters declared by `declarations`, bound from `args` (named or positional)
 * from index `first` on; OUTPUT values are keyed by argument index (as sent). Synchronous when the
 * text's statements are (runDynamicSql).
 */
function executeWithParameters(
  sql: string, declarations: string, params: readonly RoutineParam[], args: readonly CallArgument[],
  first: number, scope: Scope, levels = 1,
): EngineProcedureOutcome | Promise<EngineProcedureOutcome> {
  const frame = new Frame('', scope.frame.nestLevel + levels);
  if (frame.nestLevel > MAX_NESTING) throw sqlError(217, MAX_NESTING);
  /** argument index bound to each parameter position */
  const argumentOf: (number | undefined)[] = new Array<number | undefined>(params.length);
  const facts = factsOf(params);
  const positions = facts.positions;
  let anyOutput = false;
  for (let i = first; i < args.length; i++) {
    const a = args[i] as CallArgument;
    const p = a.name ? positions.get(a.name.toLowerCase()) ?? -1 : i - first;
    if (p < 0 || p >= params.length) {
      if (a.name) throw sqlError(8145, a.name, 'sp_executesql');
      throw sqlError(8144, 'sp_executesql');
    }
    argumentOf[p] = i;
    if (a.output) anyOutput = true;
  }
  for (let position = 0; position < params.length; position++) {
    const p = params[position] as RoutineParam;
    const v = frame.declare(p.name, resolveTypeRef(p.type), null);
    const i = argumentOf[position];
    const arg = i === undefined ? undefined : args[i];
    if (arg?.value === undefined) {
      if (!p.default) throw sqlError(8178, `(${declarations})${sql}`, p.name);
      continue;
    }
    if (arg.output && !p.output) throw sqlError(8162, p.name);
    v.value = sameFixedType(arg.value.type, v.type) ? arg.value.value : convertForAssignment(arg.value, v.type, scope);
  }
  if (facts.variablesKey === undefined) facts.variablesKey = frameVariablesKey(frame);
  else frame.variablesKey = facts.variablesKey;
  const status = runDynamicSql(sql, scope, frame, facts.names);
  if (typeof status === 'number') return outcomeOf(status, anyOutput, params, argumentOf, args, frame);
  return status.then((s) => outcomeOf(s, anyOutput, params, argumentOf, args, frame));
}

function outcomeOf(
  status: number, anyOutput: boolean, params: readonly RoutineParam[], argumentOf: readonly (number | undefined)[],
  args: readonly CallArgument[], frame: Frame,
): EngineProcedureOutcome {
  if (!anyOutput) return { status, outputs: NO_OUTPUTS };
  const outputs = new Map<number, Typed>();
  params.forEach((p, position) => {
    const i = argumentOf[position];
    if (i === undefined || !args[i]?.output) return;
    const v = frame.get(p.name);
    outputs.set(i, typed(v.type, v.value));
  });
  return { status, outputs };
}

const spExecuteSql: EngineProcedure = {
  name: 'sp_executesql',
  run(args, scope) {
    const sql = text(args[0], 'sp_executesql', '@statement', 'ntext/nchar/nvarchar');
    const decl = text(args[1], 'sp_executesql', '@params', 'ntext/nchar/nvarchar');
    const params = parseParameterDeclarations(decl, scope.engine);
    // sp_executesql is a procedure level of its own and its statement one more (@@NESTLEVEL 2 at
    // batch level, where EXEC('...') gives 1).
    return executeWithParameters(sql, decl, params, args, 2, scope, 2);
  },
};

/** sp_prepare's @options bit that asks for the statement's result columns (prepared-metadata.ts) */
const RETURN_METADATA = 0x0001;

const spPrepare: EngineProcedure = {
  name: 'sp_prepare',
  async run(args, scope) {
    const decl = text(args[1], 'sp_prepare', '@params', 'ntext/nchar/nvarchar');
    const sql = text(args[2], 'sp_prepare', '@stmt', 'ntext/nchar/nvarchar');
    const params = parseParameterDeclarations(decl, scope.engine);
    const options = args.length > 3 ? intArg(args[3]) : null;
    if (options !== null && (options & RETURN_METADATA) !== 0) await sendPreparedMetadata(sql, decl, scope);
    const handle = scope.session.allocateHandle({ text: sql, declarations: decl, params });
    return { status: 0, outputs: new Map([[0, typed(INT, handle)]]) };
  },
};

const spExecute: EngineProcedure = {
  name: 'sp_execute',
  async run(args, scope) {
    const handle = intArg(args[0]);
    const prepared = handle === null ? undefined : scope.session.prepared.get(handle);
    if (!prepared) throw sqlError(8179, handle ?? 0);
    return executeWithParameters(prepared.text, prepared.declarations, prepared.params, args, 1, scope);
  },
};

const spPrepexec: EngineProcedure = {
  name: 'sp_prepexec',
  async run(args, scope) {
    const decl = text(args[1], 'sp_prepexec', '@params', 'ntext/nchar/nvarchar');
    const sql = text(args[2], 'sp_prepexec', '@stmt', 'ntext/nchar/nvarchar');
    const params = parseParameterDeclarations(decl, scope.engine);
    const handle = scope.session.allocateHandle({ text: sql, declarations: decl, params });
    const outcome = await executeWithParameters(sql, decl, params, args, 3, scope);
    const outputs = new Map(outcome.outputs);
    outputs.set(0, typed(INT, handle));
    return { status: outcome.status, outputs };
  },
};

const spUnprepare: EngineProcedure = {
  name: 'sp_unprepare',
  async run(args, scope) {
    const handle = intArg(args[0]);
    if (handle === null || !scope.session.prepared.delete(handle)) throw sqlError(8179, handle ?? 0);
    return { status: 0, outputs: new Map() };
  },
};

const spDescribeFirstResultSet: EngineProcedure = {
  name: 'sp_describe_first_result_set',
  async run(args, scope) {
    return { status: await describeFirstResultSet(args, scope), outputs: NO_OUTPUTS };
  },
};

const spDescribeUndeclaredParameters: EngineProcedure = {
  name: 'sp_describe_undeclared_parameters',
  async run(args, scope) {
    return { status: await describeUndeclaredParameters(args, scope), outputs: NO_OUTPUTS };
  },
};

// A Record: every listed name has its procedure (the catalogue lists the names alone).
const BY_NAME: Readonly<Record<EngineProcedureName, EngineProcedure>> = {
  sp_executesql: spExecuteSql, sp_prepare: spPrepare, sp_execute: spExecute, sp_prepexec: spPrepexec, sp_unprepare: spUnprepare,
  ...CURSOR_PROCEDURES,
  sp_describe_first_result_set: spDescribeFirstResultSet, sp_describe_undeclared_parameters: spDescribeUndeclaredParameters,
};
const ENGINE_PROCEDURES = new Map<string, EngineProcedure>(ENGINE_PROCEDURE_NAMES.map((n) => [n, BY_NAME[n]]));

export function findEngineProcedure(name: ProcedureName): EngineProcedure | undefined {
  const schema = (name.schema ?? '').toLowerCase();
  if (schema !== '' && schema !== 'sys' && schema !== 'dbo') return undefined;
  return ENGINE_PROCEDURES.get(name.name.toLowerCase());
}
