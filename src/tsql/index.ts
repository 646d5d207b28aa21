// Public face of the T-SQL front end. Everything here is pure: text in, AST (or SqlError) out.
export { parseBatch, parseExpression } from './parse';
export { followingErrors } from './syntax-error';
export type * from './ast';
