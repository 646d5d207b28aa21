import type { MessageDef } from '../message-def';

// Messages of T-SQL cursors (DECLARE CURSOR, OPEN, FETCH, CLOSE, DEALLOCATE) and of the API
// server cursors (sp_cursoropen and friends, engine/rpc/cursors). Texts are SQL Server's
// sys.messages (English).
export const cursorMessages: Record<number, MessageDef> = {
  16902: { severity: 16, text: '%ls: The value of the parameter %ls is invalid.' },
  16903: { severity: 16, text: 'The "%ls" procedure was called with an incorrect number of parameters.' },
  16905: { severity: 16, text: 'The cursor is already open.' },
  16909: { severity: 16, text: '%ls: The cursor identifier value provided (%x) is not valid.' },
  16911: { severity: 16, text: '%hs: The fetch type %hs cannot be used with forward only cursors.' },
  16915: { severity: 16, text: "A cursor with the name '%.*ls' already exists." },
  16916: { severity: 16, text: "A cursor with the name '%.*ls' does not exist." },
  16917: { severity: 16, text: 'Cursor is not open.' },
  16924: { severity: 16, text: 'Cursorfetch: The number of variables declared in the INTO list must match that of selected columns.' },
  16925: { severity: 16, text: 'The fetch type %hs cannot be used with dynamic cursors.' },
  16929: { severity: 16, text: 'The cursor is READ ONLY.' },
  16930: { severity: 16, text: 'The requested row is not in the fetch buffer.' },
  16931: { severity: 16, text: 'There are no rows in the current fetch buffer.' },
  16933: { severity: 16, text: 'The cursor does not include the table being modified or the table is not updatable through the cursor.' },
  16935: { severity: 16, text: 'No parameter values were specified for the sp_cursor-%hs statement.' },
  16936: { severity: 16, text: 'sp_cursor: One or more values parameters were invalid.' },
  16937: { severity: 16, text: 'A server cursor cannot be opened on the given statement or statements. Use a default result set or client cursor.' },
  16945: { severity: 16, text: 'The cursor was not declared.' },
  16950: { severity: 16, text: "The variable '%.*ls' does not currently have a cursor allocated to it." },
  // sys.messages lists severity 16, but SQL Server sends it as an INFO token (FreeTDS expects one)
  16954: { severity: 10, text: 'Executing SQL directly; no cursor.' },
  16955: { severity: 16, text: 'Could not create an acceptable cursor.' },
};
