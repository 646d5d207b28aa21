"""pyodbc + FreeTDS ODBC as a DBA's blocking script: who waits for whom and what it runs.

Reads the session to look at from argv[1] and prints one JSON line: the rows of the
sys.dm_exec_requests / sys.dm_os_waiting_tasks / CROSS APPLY sys.dm_exec_sql_text query (sent
with a `?` parameter, so as RPC sp_prepexec), and sp_lock's rows.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pyodbc  # noqa: E402
from probe_support import freetds_connect, settings  # noqa: E402

cfg = settings()
conn = freetds_connect(pyodbc, cfg)
spid = int(sys.argv[1])
cur = conn.cursor()
cur.execute("""SELECT r.session_id, r.blocking_session_id, w.wait_type, w.blocking_session_id, t.text
FROM sys.dm_exec_requests r
JOIN sys.dm_os_waiting_tasks w ON w.session_id = r.session_id
CROSS APPLY sys.dm_exec_sql_text(r.sql_handle) t
WHERE r.session_id = ?""", spid)
waits = [list(row) for row in cur.fetchall()]
cur.execute('EXEC sp_lock')
locks = [[row[0], row[4].strip(), row[6], row[7]] for row in cur.fetchall()]
conn.close()
print(json.dumps({'waits': waits, 'locks': locks}))
