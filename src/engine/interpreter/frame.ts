// One scope of variables: a batch, a procedure call or a dynamic-SQL execution. T-SQL variables are
// visible from their DECLARE to the end of the scope, whatever BEGIN/END they sit in, so a frame
// is a flat map (no block chain as in jlox).
import { sqlError } from '../../errors/catalog';
import type { SqlType } from '../../types/sql-type';
import type { SqlValue } from '../../types/values';
import type { CursorMap, CursorVariable } from './cursors';

export interface Variable {
  /** as declared, with '@' */
  readonly name: string;
  readonly type: SqlType;
  value: SqlValue;
  /** the DECLARE that created it; null for parameters */
  readonly declaredBy: object | null;
}

const NO_VARIABLES: ReadonlyMap<string, Variable> = new Map();

export class Frame {
  /** created by the first DECLARE: most batches (`SELECT 1`) declare nothing */
  private vars: Map<string, Variable> | undefined;
  /** EXECUTE AS contexts open when this module began: its REVERT cannot pop below them */
  contextBase = 0;
  /**
   * The translation cache's key of this frame's variables (sql/shared-translation-key.ts), kept
   * until a DECLARE adds one. sp_executesql sets it from its declaration list's cache: its frame
   * is new at every call but holds the same names and type objects.
   */
  variablesKey: string | undefined = undefined;
  /** LOCAL cursors declared in this scope, created by the first one */
  cursors: CursorMap | undefined;
  /** DECLARE @c CURSOR variables of this scope, by lower-cased name with '@' */
  cursorVariables: Map<string, CursorVariable> | undefined;

  constructor(
    /** '' for a batch or dynamic SQL, else the procedure name errors report */
    readonly procName: string,
    /** @@NESTLEVEL inside this scope */
    readonly nestLevel: number,
  ) {}

  /** Statements here report DONEINPROC rather than DONE. */
  get inProc(): boolean {
    return this.nestLevel > 0;
  }

  lookup(name: string): Variable | undefined {
    return this.vars?.get(name.toLowerCase());
  }

  get(name: string): Variable {
    const v = this.vars?.get(name.toLowerCase());
    if (!v) throw sqlError(137, name);
    return v;
  }

  /**
   * DECLARE runs again when a loop passes it: SQL Server keeps the variable (and its value) and
   * only re-applies the initializer; a different DECLARE of the same name is error 134.
   */
  declare(name: string, type: SqlType, declaredBy: object | null): Variable {
    const key = name.toLowerCase();
    const vars = (this.vars ??= new Map());
    const existing = vars.get(key);
    if (existing) {
      if (existing.declaredBy !== null && existing.declaredBy === declaredBy) return existing;
      throw sqlError(134, name);
    }
    const v: Variable = { name, type, value: null, declaredBy };
    vars.set(key, v);
    this.variablesKey = undefined;
    return v;
  }

  all(): IterableIterator<Variable> {
    return (this.vars ?? NO_VARIABLES).values();
  }
}
