"""pyodbc + unixODBC + FreeTDS ODBC running the maintenance commands of Agent job steps against an
msxd node: DBCC CHECKDB's messages, DBCC SHRINKDATABASE's result set, CHECKPOINT, DBCC
USEROPTIONS, UPDATE STATISTICS / ALTER INDEX, xp_cmdshell refused while off.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pyodbc  # noqa: E402
from probe_support import check, freetds_connect, run_checks, settings  # noqa: E402

cfg = settings()
state = {}


def login():
    conn = freetds_connect(pyodbc, cfg)
    state['conn'] = conn
    cursor = conn.cursor()
    cursor.execute("IF DB_ID('pyodbc_maint') IS NULL CREATE DATABASE pyodbc_maint")
    cursor.execute("USE pyodbc_maint; IF OBJECT_ID('dbo.t') IS NULL BEGIN "
                   "CREATE TABLE dbo.t (id int NOT NULL PRIMARY KEY, v nvarchar(50)); CREATE INDEX ix_v ON dbo.t (v); "
                   "INSERT INTO dbo.t VALUES (1, N'one'), (2, N'two') END")
    cursor.close()
    return 'pyodbc %s' % pyodbc.version


def drain(sql):
    """every message and result set of a batch: (messages, [(columns, rows)])"""
    cursor = state['conn'].cursor()
    try:
        cursor.execute(sql)
        messages = list(cursor.messages or [])
        sets = []
        while True:
            if cursor.description is not None:
                sets.append(([d[0] for d in cursor.description], [tuple(r) for r in cursor.fetchall()]))
            if not cursor.nextset():
                break
            messages += list(cursor.messages or [])
        return [m[1] for m in messages], sets
    finally:
        cursor.close()


def checkdb():
    messages, _ = drain("DBCC CHECKDB ('pyodbc_maint')")
    summary = "CHECKDB found 0 allocation errors and 0 consistency errors in database 'pyodbc_maint'."
    check(any(summary in m for m in messages), 'no 8989 summary in %r' % messages)
    check(any('DBCC execution completed' in m for m in messages), 'no 2528 in %r' % messages)
    return '%d messages, 8989 and 2528 among them' % len(messages)


def shrink():
    _, sets = drain("USE pyodbc_maint; CHECKPOINT; DBCC SHRINKDATABASE (0) WITH NO_INFOMSGS")
    check(len(sets) == 1, 'expected one result set, got %r' % sets)
    columns, rows = sets[0]
    check(columns == ['DbId', 'FileId', 'CurrentSize', 'MinimumSize', 'UsedPages', 'EstimatedPages'], 'columns %r' % columns)
    check([r[1] for r in rows] == [1, 2], 'file ids %r' % rows)
    return 'rows %r' % rows


def useroptions():
    _, sets = drain('DBCC USEROPTIONS WITH NO_INFOMSGS')
    options = dict(sets[0][1])
    check(options.get('isolation level') == 'read committed', 'options %r' % options)
    check(options.get('language') == 'us_english', 'options %r' % options)
    return '%d options' % len(options)


def statistics():
    messages, sets = drain("USE pyodbc_maint; UPDATE STATISTICS dbo.t WITH FULLSCAN; ALTER INDEX ALL ON dbo.t REBUILD; "
                           "SELECT COUNT(*) FROM dbo.t WHERE v = N'two'")
    check(sets and sets[-1][1] == [(1,)], 'sets %r, messages %r' % (sets, messages))
    return 'ANALYZE and REINDEX ran; the index still answers'


def cmdshell_off():
    try:
        drain("EXEC master.dbo.xp_cmdshell 'echo hi'")
    except pyodbc.Error as e:
        check('15281' in str(e) or 'blocked access' in str(e), 'unexpected error %s' % e)
        return 'refused: 15281'
    raise AssertionError('xp_cmdshell ran while disabled')


run_checks(login, [('checkdb', checkdb), ('shrink', shrink), ('useroptions', useroptions), ('statistics', statistics),
                   ('cmdshell_off', cmdshell_off)], lambda: state['conn'].close())
