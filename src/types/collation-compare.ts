// String comparison under SQL_Latin1_General_CP1_CI_AS: case-insensitive, accent-sensitive,
// trailing spaces ignored.
export declare function compareStrings(a: string, b: string): -1 | 0 | 1;
/** Equal keys exactly when the strings compare equal (for GROUP BY / DISTINCT / hashing). */
export declare function collationKey(s: string): string;
export declare function compareBinary(a: Buffer, b: Buffer): -1 | 0 | 1;
