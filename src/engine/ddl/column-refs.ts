// The column names an expression mentions (a CHECK constraint's dependencies for DROP COLUMN).
import { parseExpression } from '../../tsql/index';
import type { Expr } from '../../tsql/ast';

export function columnsOfText(text: string): Set<string> {
  const out = new Set<string>();
  walk(parseExpression(text), out);
  return out;
}

function walk(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const e = node as Expr;
  if (e.kind === 'column') out.add(e.name.toLowerCase());
  for (const v of Object.values(node)) if (typeof v === 'object') walk(v, out);
}
