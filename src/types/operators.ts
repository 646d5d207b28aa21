// Arithmetic, bitwise, unary and comparison operators on typed SQL values.
import type { Typed } from './typed-value';
import type { ArithmeticOp } from './precedence';

export declare function arithmetic(op: ArithmeticOp, a: Typed, b: Typed): Typed;
export declare function negate(a: Typed): Typed;
export declare function bitNot(a: Typed): Typed;
export declare function unaryPlus(a: Typed): Typed;
/** -1/0/1, or null when either side is NULL. Operands are converted per precedence first. */
export declare function compare(a: Typed, b: Typed): -1 | 0 | 1 | null;
export declare function equals(a: Typed, b: Typed): boolean | null;
