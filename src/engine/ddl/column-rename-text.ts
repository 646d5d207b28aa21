// A column rename in the T-SQL text msxd keeps for CHECK constraints and computed columns. SQL
// Server binds those expressions by column id, so sp_rename leaves them working and shows the new
// name in sys.check_constraints / sys.computed_columns; msxd stores text, so the column's
// references are rewritten: every identifier token naming the column (not a function name, not the
// member part of a qualified name) becomes [new name].
import { ciKey } from '../../store/index';
import { tokenize, TokenType, type Token } from '../../tsql/index';

const bracketed = (name: string): string => `[${name.replace(/]/g, ']]')}]`;

function isColumnReference(tokens: readonly Token[], i: number, oldKey: string): boolean {
  const t = tokens[i];
  if (!t || (t.type !== TokenType.Word && t.type !== TokenType.QuotedIdent)) return false;
  if (t.type === TokenType.Word && t.keyword) return false;
  if (ciKey(t.value) !== oldKey) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return before?.value !== '.' && after?.value !== '(';
}

/** `text` with the column's references renamed; the text itself when it names no such column. */
export function renameColumnInText(text: string, oldName: string, newName: string): string {
  const tokens = tokenize(text);
  const oldKey = ciKey(oldName);
  let out = '';
  let at = 0;
  tokens.forEach((t, i) => {
    if (!isColumnReference(tokens, i, oldKey)) return;
    out += text.slice(at, t.start) + bracketed(newName);
    at = t.end;
  });
  return at === 0 ? text : out + text.slice(at);
}
