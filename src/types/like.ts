// LIKE under the server collation: % _ [abc] [a-z] [^...] and ESCAPE.
export declare function like(value: string, pattern: string, escape?: string): boolean;
