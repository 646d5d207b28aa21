import type { MessageDef } from '../message-def';

// The ODBC catalog procedures (src/procedures: sp_pkeys, sp_fkeys, sp_statistics, ...). SQL Server's
// own bodies raise these with RAISERROR (15250, -1, -1): a qualifier naming another database, and
// sp_fkeys called with neither table name.
export const odbcCatalogMessages: Record<number, MessageDef> = {
  15250: { severity: 16, text: 'The database name component of the object qualifier must be the name of the current database.' },
  15252: { severity: 16, text: 'The primary or foreign key table name must be given.' },
};
