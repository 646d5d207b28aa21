"""pyodbc + unixODBC + FreeTDS ODBC (libtdsodbc) against an msxd node.

Statements without parameters go out as SQL batches; statements with `?` parameters go out as
RPC sp_prepexec (+ sp_unprepare), so the `param` check exercises that path of the server.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pyodbc  # noqa: E402
from probe_support import HELLO, check, freetds_connect, run_checks, settings  # noqa: E402

cfg = settings()
state = {}


def login():
    conn = freetds_connect(pyodbc, cfg)
    state['conn'] = conn
    return 'pyodbc %s, %s %s, DBMS %s' % (pyodbc.version, conn.getinfo(pyodbc.SQL_DRIVER_NAME),
                                          conn.getinfo(pyodbc.SQL_DRIVER_VER), conn.getinfo(pyodbc.SQL_DBMS_VER))


def first_row(sql, *params):
    """(column names, first row). Closes the cursor: FreeTDS ODBC allows one active statement per
    connection (no MARS), so a cursor left with unread results would block the next one."""
    cursor = state['conn'].cursor()
    try:
        cursor.execute(sql, *params)
        while cursor.description is None and cursor.nextset():
            pass
        check(cursor.description is not None, 'no result set for %r' % sql)
        row = cursor.fetchone()
        check(row is not None, 'no row for %r' % sql)
        return [d[0] for d in cursor.description], row
    finally:
        cursor.close()


def select_one():
    names, row = first_row('SELECT 1 AS one')
    check(names == ['one'] and row[0] == 1, 'expected one=1, got %r %r' % (names, row))
    return 'one=1'


def version():
    _, row = first_row('SELECT @@VERSION')
    check(isinstance(row[0], str) and row[0].strip() != '', 'empty @@VERSION %r' % (row[0],))
    return row[0][:60]


def unicode_text():
    _, row = first_row("SELECT N'h\u00e9llo' AS s")
    check(row[0] == HELLO, 'expected %r, got %r' % (HELLO, row[0]))
    return row[0]


def param():
    _, row = first_row('SELECT ? + 1 AS r', 41)
    check(row[0] == 42, 'expected 42, got %r' % (row[0],))
    _, row = first_row('SELECT ? AS s', HELLO)
    check(row[0] == HELLO, 'expected %r, got %r' % (HELLO, row[0]))
    return 'bound ? parameters (sp_prepexec): 41 + 1 = 42, %s' % row[0]


def raiserror():
    cursor = state['conn'].cursor()
    try:
        cursor.execute("RAISERROR('boom %d', 16, 1, 7)")
    except pyodbc.Error as e:
        cursor.close()
        check('boom 7' in str(e), 'error text %r does not contain "boom 7"' % str(e))
        _, row = first_row('SELECT 1 AS one')
        check(row[0] == 1, 'connection unusable after error')
        return str(e)[:120]
    raise AssertionError('RAISERROR severity 16 did not raise')


def print_message():
    cursor = state['conn'].cursor()
    cursor.execute("PRINT 'hello from print'; SELECT 2 AS two")
    messages = list(cursor.messages or [])
    while cursor.description is None and cursor.nextset():
        messages += list(cursor.messages or [])
    check(cursor.description is not None, 'no result set after PRINT')
    row = cursor.fetchone()
    check(any('hello from print' in m[1] for m in messages), 'PRINT not received as a message: %r' % messages)
    check(row[0] == 2, 'expected 2, got %r' % (row[0],))
    cursor.close()
    return 'cursor.messages has the PRINT text; SELECT 2 -> 2'


run_checks(login, [('select_one', select_one), ('version', version), ('unicode', unicode_text), ('param', param),
                   ('raiserror', raiserror), ('print', print_message)], lambda: state['conn'].close())
