"""pyodbc + FreeTDS ODBC with a STATIC cursor type: FreeTDS then reads result sets through API
server cursors (sp_cursoropen, sp_cursoroption, sp_cursorfetch, sp_cursorclose RPCs) instead of
plain batches. SQL_ATTR_CURSOR_TYPE is set on the connection so every new statement takes it.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pyodbc  # noqa: E402
from probe_support import check, freetds_connect, run_checks, settings  # noqa: E402

SQL_ATTR_CURSOR_TYPE = 6
SQL_CURSOR_STATIC = 3

cfg = settings()
state = {}


def login():
    conn = freetds_connect(pyodbc, cfg)
    conn.set_attr(SQL_ATTR_CURSOR_TYPE, SQL_CURSOR_STATIC)
    state['conn'] = conn
    return 'SQL_ATTR_CURSOR_TYPE = SQL_CURSOR_STATIC'


def setup():
    cursor = state['conn'].cursor()
    cursor.execute("CREATE TABLE dbo.moon (id int PRIMARY KEY, name nvarchar(20) NULL)")
    cursor.execute("INSERT INTO dbo.moon VALUES (1, N'Io'), (2, N'Europa'), (3, N'Ganymede')")
    cursor.close()
    return 'dbo.moon, 3 rows'


def static_read():
    cursor = state['conn'].cursor()
    try:
        cursor.execute('SELECT id, name FROM dbo.moon ORDER BY id')
        names = [d[0] for d in cursor.description]
        # the cursor's hidden ROWSTAT column is not one of the result's columns
        check(names == ['id', 'name'], 'columns %r' % names)
        rows = [tuple(r) for r in cursor.fetchall()]
        check(rows == [(1, 'Io'), (2, 'Europa'), (3, 'Ganymede')], 'rows %r' % rows)
        return '%r %r' % (names, rows)
    finally:
        cursor.close()


def static_read_parameters():
    # a parameter makes FreeTDS prepare the statement and ask sp_prepare for its columns
    # (@options = 1, RETURN_METADATA) before it opens the cursor
    cursor = state['conn'].cursor()
    try:
        cursor.execute('SELECT id, name FROM dbo.moon WHERE id >= ? ORDER BY id', 2)
        names = [d[0] for d in cursor.description]
        check(names == ['id', 'name'], 'columns %r' % names)
        rows = [tuple(r) for r in cursor.fetchall()]
        check(rows == [(2, 'Europa'), (3, 'Ganymede')], 'rows %r' % rows)
        return '%r %r' % (names, rows)
    finally:
        cursor.close()


run_checks(login, [('setup', setup), ('static_read', static_read), ('static_read_parameters', static_read_parameters)],
           lambda: state['conn'].close())
