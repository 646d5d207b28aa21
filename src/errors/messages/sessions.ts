import type { MessageDef } from '../message-def';

// Seeing and ending sessions: KILL ("KILL (Transact-SQL)"), DBCC INPUTBUFFER and what a killed
// session's client reads. Severities and texts as sys.messages has them; the states SQL Server
// raises (6102 and 6106: 2) are given where the error is raised.
export const sessionsMessages: Record<number, MessageDef> = {
  596: { severity: 21, text: 'Cannot continue the execution because the session is in the kill state.' },
  2528: { severity: 10, text: 'DBCC execution completed. If DBCC printed error messages, contact your system administrator.' },
  2532: { severity: 16, text: 'One or more WITH options specified are not valid for this command.' },
  2560: { severity: 16, text: 'Parameter %d is incorrect for this DBCC statement.' },
  2583: { severity: 16, text: 'An incorrect number of parameters was given to the DBCC statement.' },
  6101: { severity: 16, text: 'Process ID %d is not a valid process ID. Choose a number between 1 and %d.' },
  6102: { severity: 14, text: 'User does not have permission to use the KILL statement.' },
  6104: { severity: 16, text: 'Cannot use KILL to kill your own process.' },
  6106: { severity: 16, text: 'Process ID %d is not an active process ID.' },
  6107: { severity: 14, text: 'Only user processes can be killed.' },
  6108: {
    severity: 16,
    text: 'KILL SPID WITH COMMIT/ABORT is not supported by Microsoft SQL Server. Use KILL UOW WITH COMMIT/ABORT to resolve in-doubt distributed transactions involving Microsoft Distributed Transaction Coordinator (MS DTC).',
  },
  6110: { severity: 16, text: 'The distributed transaction with UOW %s does not exist.' },
  6115: { severity: 16, text: 'KILL command cannot be used inside user transactions.' },
  6120: { severity: 16, text: 'Status report cannot be obtained. Rollback operation for Process ID %d is not in progress.' },
  7955: { severity: 16, text: 'Invalid SPID %d specified.' },
  7960: { severity: 16, text: 'An invalid server process identifier (SPID) %d or batch ID %d was specified.' },
};
