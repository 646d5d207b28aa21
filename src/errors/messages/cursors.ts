import type { MessageDef } from '../message-def';

// Messages of T-SQL cursors (DECLARE CURSOR, OPEN, FETCH, CLOSE, DEALLOCATE). Texts are SQL
// Server's sys.messages (English).
export const cursorMessages: Record<number, MessageDef> = {
  16905: { severity: 16, text: 'The cursor is already open.' },
  16911: { severity: 16, text: '%hs: The fetch type %hs cannot be used with forward only cursors.' },
  16915: { severity: 16, text: "A cursor with the name '%.*ls' already exists." },
  16916: { severity: 16, text: "A cursor with the name '%.*ls' does not exist." },
  16917: { severity: 16, text: 'Cursor is not open.' },
  16924: { severity: 16, text: 'Cursorfetch: The number of variables declared in the INTO list must match that of selected columns.' },
  16925: { severity: 16, text: 'The fetch type %hs cannot be used with dynamic cursors.' },
  16929: { severity: 16, text: 'The cursor is READ ONLY.' },
  16930: { severity: 16, text: 'The requested row is not in the fetch buffer.' },
  16933: { severity: 16, text: 'The cursor does not include the table being modified or the table is not updatable through the cursor.' },
  16950: { severity: 16, text: "The variable '%.*ls' does not currently have a cursor allocated to it." },
};
