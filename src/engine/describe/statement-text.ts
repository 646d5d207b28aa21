// The text messages 11509/11513/11525 quote for a statement. The tree keeps only a statement's
// line: a statement alone on its line is quoted as written there (without its ';'); one that
// shares its line with another (IF ... SELECT ...; ELSE SELECT ...;) is printed from its tree.
import type { Statement } from '../../tsql/ast';
import { printStatement } from '../../tsql';

function nested(s: Statement): readonly Statement[] {
  switch (s.kind) {
    case 'block': return s.statements;
    case 'if': return s.else ? [s.then, s.else] : [s.then];
    case 'while': return [s.body];
    case 'tryCatch': return [...s.tryBlock, ...s.catchBlock];
    default: return [];
  }
}

export function statementTexts(text: string, statements: readonly Statement[]): (s: Statement) => string {
  const lines = text.split(/\r?\n/);
  const perLine = new Map<number, number>();
  const count = (list: readonly Statement[]): void => {
    for (const s of list) {
      perLine.set(s.line, (perLine.get(s.line) ?? 0) + 1);
      count(nested(s));
    }
  };
  count(statements);
  return (s) => {
    if (perLine.get(s.line) === 1) return (lines[s.line - 1] ?? '').trim().replace(/;\s*$/, '');
    return printStatement(s).replace(/;\s*$/, '');
  };
}
