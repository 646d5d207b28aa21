// Public face of the T-SQL front end. Everything here is pure: text in, AST (or SqlError) out.
export { parseBatch, parseExpression } from './parse';
export { followingErrors } from './syntax-error';
export { tokenize, TokenType, type Token } from './lexer';
export { literalNode } from './parser/expressions';
export { literalStart } from './parser/literal-positions';
export { printNode, printBatch, printStatement, printExpr, printQuery, printType } from './print/print';
export type * from './ast';
