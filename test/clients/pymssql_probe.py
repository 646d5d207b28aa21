"""pymssql (FreeTDS DB-Library) against an msxd node.

pymssql substitutes %s/%d parameters on the client, so the server sees SQL batches only. With
autocommit off (its default) pymssql opens a transaction right after login: @@TRANCOUNT must be 1.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pymssql  # noqa: E402
from probe_support import HELLO, check, run_checks, settings  # noqa: E402

cfg = settings()
state = {'messages': []}


def login():
    # pymssql 2.2 knows TDS versions up to 7.3 by name; 7.4 comes through $TDSVER, encryption from
    # the [global] section of $FREETDSCONF (pymssql appends :port, so a named section cannot be used).
    os.environ['TDSVER'] = '7.4'
    conn = pymssql.connect(server=cfg['host'], port=str(cfg['port']), user=cfg['user'], password=cfg['password'],
                           login_timeout=cfg['timeout'], timeout=cfg['timeout'], charset='UTF-8', tds_version=None)
    conn._conn.set_msghandler(lambda st, sev, srv, proc, line, text: state['messages'].append(
        text.decode('utf-8', 'replace') if isinstance(text, bytes) else text))
    state['conn'] = conn
    return 'pymssql %s, %s, TDS %s' % (pymssql.__version__, pymssql.get_dbversion(), conn._conn.tds_version)


def first_row(sql, params=None):
    cursor = state['conn'].cursor()
    if params is None:
        cursor.execute(sql)
    else:
        cursor.execute(sql, params)
    row = cursor.fetchone()
    check(row is not None, 'no row for %r' % sql)
    return row


def select_one():
    row = first_row('SELECT 1 AS one')
    check(row[0] == 1, 'expected 1, got %r' % (row,))
    return 'one=1'


def unicode_text():
    row = first_row("SELECT N'h\u00e9llo' AS s")
    check(row[0] == HELLO, 'expected %r, got %r' % (HELLO, row[0]))
    return row[0]


def param():
    row = first_row("EXEC sp_executesql N'SELECT @p + 1', N'@p int', @p = %d", (41,))
    check(row[0] == 42, 'expected 42, got %r' % (row,))
    return 'EXEC sp_executesql ... @p = 41 -> 42'


def trancount():
    row = first_row('SELECT @@TRANCOUNT')
    check(row[0] == 1, 'autocommit off: expected @@TRANCOUNT 1 (pymssql sent BEGIN TRAN), got %r' % (row[0],))
    state['conn'].commit()
    return '@@TRANCOUNT 1 in the implicit transaction; commit ok'


def raiserror():
    try:
        state['conn'].cursor().execute("RAISERROR('boom', 16, 1)")
    except pymssql.Error as e:
        text = ' '.join(a.decode('utf-8', 'replace') if isinstance(a, bytes) else str(a) for a in e.args)
        check('boom' in text and '50000' in text, 'error %r lacks boom / 50000' % text)
        check(first_row('SELECT 1 AS one')[0] == 1, 'connection unusable after error')
        return text[:120]
    raise AssertionError('RAISERROR severity 16 did not raise')


def print_message():
    state['messages'][:] = []
    row = first_row("PRINT 'hello from print'; SELECT 2 AS two")
    check(any('hello from print' in m for m in state['messages']), 'PRINT not received: %r' % state['messages'])
    check(row[0] == 2, 'expected 2, got %r' % (row,))
    return 'message handler got the PRINT text; SELECT 2 -> 2'


def finish():
    state['conn'].rollback()
    state['conn'].close()


run_checks(login, [('select_one', select_one), ('unicode', unicode_text), ('param', param), ('trancount', trancount),
                   ('raiserror', raiserror), ('print', print_message)], finish)
