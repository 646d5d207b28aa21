// Where each literal of a parsed tree was written: its token's start offset in the batch text.
// The engine's simple parameterization (engine/parameterize) pairs a tree's literals with the
// tokens of another text of the same shape. A side table rather than a field of the node: trees
// stay plain values compared by shape in tests, and only the parser writes here.
import type { Literal } from '../ast';

const starts = new WeakMap<Literal, number>();

export function recordLiteralStart(lit: Literal, start: number): Literal {
  starts.set(lit, start);
  return lit;
}

/** the start offset of the token a literal was parsed from; undefined for a literal the parser made up */
export function literalStart(lit: Literal): number | undefined {
  return starts.get(lit);
}
