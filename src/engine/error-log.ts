// The node's error log as far as SQL Server Agent alerts need it: the errors the engine *logs*
// (RAISERROR ... WITH LOG; severity 19+ needs WITH LOG), which SQL Server writes to its ERRORLOG
// and the Windows application event log, where its agent reads them to fire alerts.
// https://learn.microsoft.com/sql/ssms/agent/alerts ("SQL Server events ... written to the
// Microsoft Windows application log")
//
// Kept in memory, not in an msdb table, on purpose: a logged error is not transactional (it stays
// logged when the raising transaction rolls back), so writing it in the raising session would
// roll back with it, and writing it from another session would wait behind the raising
// session's own locks. The agent reads it through sp_msxd_agent_logged_errors (ids ascending,
// restarting at 1 with the process, as the agent does too). Bounded: the oldest entries go first.
// It also holds what SQL Server Agent writes to the application log (source SQLSERVERAGENT, via
// sp_msxd_agent_log_event): msxd has no application log, and xp_readerrorlog reads both.

export interface LoggedError {
  /** 1, 2, ... in the order logged (this process) */
  readonly id: number;
  readonly number: number;
  readonly severity: number;
  readonly state: number;
  readonly text: string;
  /** the database the raising session was in */
  readonly database: string;
  readonly loginName: string;
  readonly spid: number;
  readonly loggedAt: Date;
  /**
   * The event source: absent for the server's own errors (MSSQLSERVER); `SQLSERVERAGENT` for what
   * the agent writes (job outcomes, notify_level_eventlog), which SQL Server Agent writes to the
   * application event log under its own source and which never fires an alert.
   */
  readonly source?: 'SQLSERVERAGENT';
}

export type LoggedErrorInput = Omit<LoggedError, 'id'>;

export const ERROR_LOG_CAPACITY = 1000;

export class ErrorLog {
  private readonly entries: LoggedError[] = [];
  private lastId = 0;

  constructor(private readonly capacity = ERROR_LOG_CAPACITY) {}

  record(input: LoggedErrorInput): LoggedError {
    const entry: LoggedError = { id: ++this.lastId, ...input };
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.shift();
    return entry;
  }

  /** entries with id > afterId, oldest first, at most `max` (`serverOnly`: the server's own errors) */
  after(afterId: number, max = this.capacity, serverOnly = false): readonly LoggedError[] {
    const out: LoggedError[] = [];
    if (max <= 0) return out;
    for (const e of this.entries) {
      if (e.id <= afterId || (serverOnly && e.source !== undefined)) continue;
      out.push(e);
      if (out.length >= max) break;
    }
    return out;
  }

  /** every entry kept, oldest first (xp_readerrorlog) */
  all(): readonly LoggedError[] {
    return this.entries;
  }

  /** the id of the newest entry (0 when nothing was logged) */
  get newestId(): number {
    return this.lastId;
  }
}
