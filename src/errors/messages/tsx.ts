import type { MessageDef } from '../message-def';

// What sp_msx_enlist / sp_msx_defect raise when the target cannot reach its master (SQL Server's
// xp_msx_enlist: "The enlist operation failed (reason: SQLServerAgent Error: Unable to connect to
// MSX '...')"). The reason is msxd's own text; it never carries a password.
export const tsxMessages: Record<number, MessageDef> = {
  22026: { severity: 16, text: 'The enlist operation failed (reason: %s)' },
};
