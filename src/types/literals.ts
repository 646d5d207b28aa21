// Types of T-SQL literals, as SQL Server assigns them ("Constants (Transact-SQL)"):
// 123 -> int (bigint if it does not fit, decimal beyond bigint), 1.5 -> decimal(2,1),
// 1e0 -> float, 'abc' -> varchar(3), N'abc' -> nvarchar(3), 0x0A -> varbinary(1), $1 -> money.
import type { Typed } from './typed-value';

export declare function integerLiteral(digits: string): Typed;
export declare function decimalLiteral(text: string): Typed;
export declare function floatLiteral(text: string): Typed;
export declare function stringLiteral(text: string, unicode?: boolean): Typed;
export declare function binaryLiteral(hex: string): Typed;
export declare function moneyLiteral(text: string): Typed;
