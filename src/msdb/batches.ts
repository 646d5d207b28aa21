// Splitting a script into batches. `GO` is not T-SQL: it is the batch separator of client tools
// (sqlcmd, SSMS), so the runner applies the same convention before the engine sees any text.

/**
 * Splits `text` at every line that consists of `GO` alone (any case, surrounding blanks allowed).
 * Returns the non-blank batches in order; line endings inside a batch are kept, and a batch's
 * line numbers count from its own first line, as in SQL Server.
 * Scripts must not put such a line inside a string or a block comment (the runner does not
 * look inside them, like sqlcmd does not for a count-less GO); the tests check that every batch
 * parses on its own.
 */
export function splitBatches(text: string): string[] {
  const batches: string[] = [];
  let current: string[] = [];
  for (const line of text.split(/(?<=\n)/)) {
    if (line.trim().toUpperCase() === 'GO') {
      batches.push(current.join(''));
      current = [];
    } else {
      current.push(line);
    }
  }
  batches.push(current.join(''));
  return batches.filter((b) => b.trim() !== '');
}
