// sp_cursorfetch's movement over a cursor's rows: which rows the next fetch buffer holds. The
// cursor's position is the first row of its fetch buffer (sp_cursor: "a subsequent sp_cursorfetch
// operation will set the position of the cursor to the first row in the new fetch buffer").
// Rows are 0-based here; start -1 is before the first row, start = total after the last.

export interface FetchBuffer {
  readonly start: number;
  readonly length: number;
}

export type FetchMove =
  | { readonly kind: 'first'; readonly nrows: number }
  | { readonly kind: 'next'; readonly nrows: number }
  | { readonly kind: 'prev'; readonly nrows: number; readonly adjust: boolean }
  | { readonly kind: 'last'; readonly nrows: number }
  | { readonly kind: 'absolute'; readonly rownum: number; readonly nrows: number }
  | { readonly kind: 'relative'; readonly rownum: number; readonly nrows: number }
  | { readonly kind: 'refresh' };

export interface MoveResult {
  readonly buffer: FetchBuffer;
  /** PREV ran into the top and was moved to the first row (RPC return status 2) */
  readonly adjusted: boolean;
}

export const BEFORE_FIRST: FetchBuffer = { start: -1, length: 0 };

export function afterLast(total: number): FetchBuffer {
  return { start: total, length: 0 };
}

/** "If a fetch operation fails because the requested cursor position is beyond the result set,
 *  the cursor position is set just after the last row ... before the result set, before the first row." */
function window(start: number, nrows: number, total: number): FetchBuffer {
  if (start < 0) return BEFORE_FIRST;
  if (start >= total) return afterLast(total);
  return { start, length: Math.min(nrows, total - start) };
}

export function moveBuffer(current: FetchBuffer, total: number, move: FetchMove): MoveResult {
  const before = current.start < 0;
  const after = current.start >= total;
  const plain = (buffer: FetchBuffer): MoveResult => ({ buffer, adjusted: false });
  switch (move.kind) {
    case 'first':
      return plain(move.nrows === 0 ? BEFORE_FIRST : window(0, move.nrows, total));
    case 'next':
      if (after) return plain(afterLast(total));
      return plain(window(before ? 0 : current.start + Math.max(current.length, 1), move.nrows, total));
    case 'last':
      return plain(move.nrows === 0 ? afterLast(total) : window(Math.max(0, total - move.nrows), move.nrows, total));
    case 'prev': {
      if (after) return plain(window(Math.max(0, total - move.nrows), move.nrows, total));
      if (before || current.start === 0) return plain(BEFORE_FIRST);
      const start = current.start - move.nrows;
      if (start >= 0) return plain(window(start, move.nrows, total));
      // PREV starts at the first row and fills the buffer; PREV_NOADJUST never returns rows at or
      // after the current position
      return move.adjust
        ? { buffer: window(0, move.nrows, total), adjusted: true }
        : plain({ start: 0, length: current.start });
    }
    case 'absolute': {
      if (move.rownum === 0) return plain(BEFORE_FIRST);
      const start = move.rownum > 0 ? move.rownum - 1 : total + move.rownum;
      return plain(window(start, move.nrows, total));
    }
    case 'relative':
      return plain(window(current.start + move.rownum, move.nrows, total));
    case 'refresh':
      return plain(before || after ? current : window(current.start, current.length, total));
    default: {
      const never: never = move;
      throw new Error(`unknown fetch move ${JSON.stringify(never)}`);
    }
  }
}
