// "Data type precedence (Transact-SQL)" and the result types of operators
// ("Precision, scale, and length (Transact-SQL)").
import type { SqlType } from './sql-type';
import type { Typed } from './typed-value';

export type ArithmeticOp = '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^';

/** Smaller = higher precedence (1 = user-defined types ... sql_variant 2, xml 3, ...). */
export declare function precedenceOf(t: SqlType): number;
/** The type a comparison or operator converts both operands to. */
export declare function higherType(a: SqlType, b: SqlType): SqlType;
/** Result type of CASE / COALESCE / UNION-style combination of several types. */
export declare function resultTypeOf(types: readonly SqlType[]): SqlType;
/** Result type of `a op b`; throws 8117/402/206 for operand clashes. Takes Typed for literal-aware decimal typing. */
export declare function arithmeticResultType(op: ArithmeticOp, a: Typed, b: Typed): SqlType;
