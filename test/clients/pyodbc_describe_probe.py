"""pyodbc + FreeTDS ODBC: result-set metadata without rows, as ODBC tools ask for it.

`fmtonly`: a SET FMTONLY ON batch; cursor.description gives the columns (names, Python types,
precision/scale, nullability) and the cursor has no rows; nothing ran. `describe`: EXEC
sp_describe_first_result_set read as an ordinary result set.
"""
import decimal
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
    cursor.execute("IF OBJECT_ID('dbo.pyd_t') IS NOT NULL DROP TABLE dbo.pyd_t")
    cursor.execute('CREATE TABLE dbo.pyd_t (id int NOT NULL, label nvarchar(12) NULL, price decimal(7,3) NULL)')
    cursor.execute("INSERT INTO dbo.pyd_t VALUES (1, N'one', 1.5)")
    cursor.close()
    return 'table created'


def fmtonly():
    cursor = state['conn'].cursor()
    cursor.execute('SET FMTONLY ON; SELECT id, label, price FROM dbo.pyd_t; SET FMTONLY OFF')
    while cursor.description is None and cursor.nextset():
        pass
    check(cursor.description is not None, 'no COLMETADATA under FMTONLY')
    got = [(d[0], d[1], d[4], d[5], d[6]) for d in cursor.description]
    want = [('id', int, 10, 0, False), ('label', str, 12, 0, True), ('price', decimal.Decimal, 7, 3, True)]
    check(got == want, 'expected %r, got %r' % (want, got))
    rows = cursor.fetchall()
    check(rows == [], 'rows under FMTONLY: %r' % (rows,))
    cursor.close()
    cursor = state['conn'].cursor()
    cursor.execute('SELECT COUNT(*) FROM dbo.pyd_t')
    n = cursor.fetchone()[0]
    cursor.close()
    check(n == 1, 'FMTONLY left %r rows' % n)
    return 'description %r, no rows' % (got,)


def describe():
    cursor = state['conn'].cursor()
    cursor.execute("EXEC sp_describe_first_result_set N'SELECT id, label, price FROM dbo.pyd_t'")
    names = [d[0] for d in cursor.description]
    rows = [(r.column_ordinal, r.name, r.is_nullable, r.system_type_name) for r in cursor.fetchall()]
    cursor.close()
    check(len(names) == 39 and names[0] == 'is_hidden' and names[-1] == 'tds_collation_sort_id', 'columns %r' % names)
    want = [(1, 'id', False, 'int'), (2, 'label', True, 'nvarchar(12)'), (3, 'price', True, 'decimal(7,3)')]
    check(rows == want, 'expected %r, got %r' % (want, rows))
    return '%d columns; %r' % (len(names), rows)


run_checks(login, [('fmtonly', fmtonly), ('describe', describe)], lambda: state['conn'].close())
