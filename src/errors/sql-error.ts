// A user-visible SQL Server error or message: exactly the fields of the TDS ERROR/INFO token
// (MS-TDS 2.2.7.10 / 2.2.7.13). Created only through catalog.ts, so numbers, severities and texts
// live in one place.
export class SqlError extends Error {
  constructor(
    readonly number: number,
    readonly severity: number,
    readonly state: number,
    message: string,
    public procName = '',
    public lineNumber = 0,
  ) {
    // An answer to the client, not a fault of msxd: no JavaScript stack. Capturing one costs
    // 10-15 µs at the engine's call depth, paid by every informational message (SET LANGUAGE's
    // 5703 at each tedious login), RAISERROR and error caught by TRY/CATCH.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
    this.name = 'SqlError';
  }
}

/** Valid T-SQL outside what msxd implements: always loud, never silently skipped. */
export class NotSupportedError extends SqlError {}
