import type { MessageDef } from '../message-def';

// BACKUP and RESTORE (src/engine/backup). Texts are SQL Server's sys.messages (English). The
// progress messages 4035/3014/3262 reach clients as INFO tokens with class 0 (they print without
// a "Msg" header in SSMS), so their severity here is 0.
export const backupMessages: Record<number, MessageDef> = {
  262: { severity: 14, text: "%ls permission denied in database '%.*ls'." },
  3013: { severity: 16, text: '%hs is terminating abnormally.' },
  3014: { severity: 0, text: '%hs successfully processed %I64d pages in %d.%03d seconds (%d.%03d MB/sec).' },
  3021: { severity: 16, text: 'Cannot perform a backup or restore operation within a transaction.' },
  3101: { severity: 16, text: 'Exclusive access could not be obtained because the database is in use.' },
  3102: { severity: 16, text: "%ls cannot process database '%ls' because it is in use by this session. It is recommended that the master database be used when performing this operation." },
  3108: { severity: 16, text: 'To restore the master database, the server must be running in single-user mode. For information on starting in single-user mode, see "How to: Start an Instance of SQL Server (sqlservr.exe)" in Books Online.' },
  3110: { severity: 14, text: "User does not have permission to RESTORE database '%.*ls'." },
  3147: { severity: 16, text: 'Backup and restore operations are not allowed on database tempdb.' },
  3154: { severity: 16, text: "The backup set holds a backup of a database other than the existing '%ls' database." },
  3201: { severity: 16, text: "Cannot open backup device '%ls'. Operating system error %ls." },
  3206: { severity: 16, text: "Backup device '%.*ls' does not exist. To view existing backup devices, use the sys.backup_devices catalog view. To create a new backup device use either sp_addumpdevice or SQL Server Management Studio." },
  3211: { severity: 0, text: '%d percent processed.' },
  3241: { severity: 16, text: "The media family on device '%ls' is incorrectly formed. SQL Server cannot process this media family." },
  3262: { severity: 0, text: 'The backup set on file %d is valid.' },
  4035: { severity: 0, text: "Processed %I64d pages for database '%ls', file '%ls' on file %d." },
  4038: { severity: 16, text: "Cannot find file ID %d on device '%ls'." },
};
