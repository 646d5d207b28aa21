import type { MessageDef } from '../message-def';

// The maintenance commands DBAs run in Agent jobs: DBCC CHECKDB/CHECKTABLE, OPENTRAN, SHRINK*,
// TRACE*, FREEPROCCACHE..., UPDATE STATISTICS, sp_updatestats, xp_cmdshell. Texts and severities
// as sys.messages has them, except 7969: sys.messages lists it at severity 16, yet DBCC OPENTRAN
// sends it as an informational message (no "Msg" header in SSMS, batch continues), so it is 10 here.
export const maintenanceMessages: Record<number, MessageDef> = {
  2501: { severity: 16, text: 'Cannot find a table or object with the name "%.*ls". Check the system catalog.' },
  2520: { severity: 16, text: "Could not find database '%.*ls'. The database either does not exist, or was dropped before a statement tried to use it. Verify if the database exists by querying the sys.databases catalog view." },
  2526: { severity: 16, text: 'Incorrect DBCC statement. Check the documentation for the correct DBCC syntax and options.' },
  2767: { severity: 16, text: "Could not locate statistics '%.*ls' in the system catalogs." },
  2536: { severity: 10, text: "DBCC results for '%.*ls'." },
  2571: { severity: 14, text: "User '%.*ls' does not have permission to run DBCC %.*ls." },
  2593: { severity: 10, text: 'There are %I64d rows in %I64d pages for object "%.*ls".' },
  7968: { severity: 10, text: "Transaction information for database '%.*ls'." },
  7969: { severity: 10, text: 'No active open transactions.' },
  7970: { severity: 10, text: '%hsOldest active transaction:' },
  7971: { severity: 10, text: 'SPID (server process ID): %d%s' },
  7972: { severity: 10, text: 'UID (user ID) : %d' },
  7974: { severity: 10, text: 'Name : %.*ls' },
  7975: { severity: 10, text: 'LSN : (%d:%d:%d)' },
  7977: { severity: 10, text: 'Start time : %.*ls' },
  7978: { severity: 10, text: 'SID : %.*ls' },
  7983: { severity: 14, text: "User '%.*ls' does not have permission to run DBCC %ls for database '%.*ls'." },
  7999: { severity: 16, text: "Could not find any index named '%.*ls' for table '%.*ls'." },
  8939: { severity: 16, text: 'Table error: Object ID %d, index ID %d, partition ID %I64d, alloc unit ID %I64d (type %.*ls), page %S_PGID. Test (%hs) failed. Values are %ld and %ld.' },
  8958: { severity: 10, text: '%ls is the minimum repair level for the errors found by DBCC %ls (%ls%ls%ls).' },
  8985: { severity: 16, text: "Could not locate file '%.*ls' for database '%.*ls' in sys.database_files. The file either does not exist, or was dropped." },
  8989: { severity: 10, text: "%.*ls found %d allocation errors and %d consistency errors in database '%ls'." },
  8990: { severity: 10, text: "%.*ls found %d allocation errors and %d consistency errors in table '%ls' (object ID %d)." },
  14138: { severity: 16, text: "Invalid option name '%s'." },
  15005: { severity: 10, text: 'Statistics for all tables have been updated.' },
  15650: { severity: 10, text: 'Updating %s' },
  15651: { severity: 10, text: '%d index(es)/statistic(s) have been updated, %d did not require update.' },
  15652: { severity: 10, text: '%s has been updated...' },
  15281: { severity: 16, text: 'SQL Server blocked access to %S_MSG \'%ls\' of component \'%.*ls\' because this component is turned off as part of the security configuration for this server. A system administrator can enable the use of \'%.*ls\' by using sp_configure. For more information about enabling \'%.*ls\', see "Surface Area Configuration" in SQL Server Books Online.' },
};
