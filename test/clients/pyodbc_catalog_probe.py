"""pyodbc's catalog functions over FreeTDS ODBC against an msxd node. Each cursor method is an ODBC
catalog call that FreeTDS turns into a system procedure call: primaryKeys -> sp_pkeys,
foreignKeys -> sp_fkeys, statistics -> sp_statistics, rowIdColumns -> sp_special_columns,
procedures -> sp_stored_procedures, procedureColumns -> sp_sproc_columns, getTypeInfo ->
sp_datatype_info. The checks read the rows through pyodbc's ODBC 3 column names.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pyodbc  # noqa: E402
from probe_support import check, freetds_connect, run_checks, settings  # noqa: E402

cfg = settings()
state = {}

SCHEMA = [
    "IF OBJECT_ID('dbo.meta_child') IS NOT NULL DROP TABLE dbo.meta_child",
    "IF OBJECT_ID('dbo.meta_parent') IS NOT NULL DROP TABLE dbo.meta_parent",
    "IF OBJECT_ID('dbo.meta_proc') IS NOT NULL DROP PROCEDURE dbo.meta_proc",
    "CREATE TABLE dbo.meta_parent (region char(2) NOT NULL, code int NOT NULL, label nvarchar(40) NULL, "
    "CONSTRAINT PK_meta_parent PRIMARY KEY (region, code), CONSTRAINT UQ_meta_parent_label UNIQUE (label))",
    "CREATE TABLE dbo.meta_child (id int NOT NULL CONSTRAINT PK_meta_child PRIMARY KEY, region char(2) NOT NULL, "
    "code int NOT NULL, CONSTRAINT FK_meta_child_parent FOREIGN KEY (region, code) "
    "REFERENCES dbo.meta_parent (region, code) ON DELETE CASCADE)",
    "CREATE PROCEDURE dbo.meta_proc @a int, @c decimal(9,2) OUTPUT AS BEGIN SET @c = @a; RETURN 0; END",
]


def login():
    conn = freetds_connect(pyodbc, cfg)
    state['conn'] = conn
    cursor = conn.cursor()
    for statement in SCHEMA:
        cursor.execute(statement)
    cursor.close()
    return 'pyodbc %s, %s %s' % (pyodbc.version, conn.getinfo(pyodbc.SQL_DRIVER_NAME), conn.getinfo(pyodbc.SQL_DRIVER_VER))


def rows(call):
    cursor = state['conn'].cursor()
    try:
        return [tuple(r) for r in call(cursor).fetchall()]
    finally:
        cursor.close()


def primary_keys():
    got = [(r[2], r[3], r[4], r[5]) for r in rows(lambda c: c.primaryKeys('meta_parent', schema='dbo'))]
    want = [('meta_parent', 'region', 1, 'PK_meta_parent'), ('meta_parent', 'code', 2, 'PK_meta_parent')]
    check(got == want, 'expected %r, got %r' % (want, got))
    return 'primaryKeys: %r' % (got,)


def foreign_keys():
    got = [(r[2], r[3], r[6], r[7], r[8], r[9], r[10], r[11], r[12])
           for r in rows(lambda c: c.foreignKeys(table='meta_parent', schema='dbo'))]
    want = [('meta_parent', 'region', 'meta_child', 'region', 1, 1, 0, 'FK_meta_child_parent', 'PK_meta_parent'),
            ('meta_parent', 'code', 'meta_child', 'code', 2, 1, 0, 'FK_meta_child_parent', 'PK_meta_parent')]
    check(got == want, 'expected %r, got %r' % (want, got))
    return 'foreignKeys: delete rule CASCADE (0), update rule NO ACTION (1)'


def statistics():
    got = [(r[3], r[5], r[6], r[7], r[8], r[9]) for r in rows(lambda c: c.statistics('meta_parent', schema='dbo'))]
    want = [(None, None, 0, None, None, None),
            (0, 'PK_meta_parent', 1, 1, 'region', 'A'), (0, 'PK_meta_parent', 1, 2, 'code', 'A'),
            (0, 'UQ_meta_parent_label', 3, 1, 'label', 'A')]
    check(got == want, 'expected %r, got %r' % (want, got))
    return 'statistics: %d rows' % len(got)


def row_id_columns():
    got = [(r[1], r[3]) for r in rows(lambda c: c.rowIdColumns('meta_parent', schema='dbo'))]
    want = [('region', 'char'), ('code', 'int')]
    check(got == want, 'expected %r, got %r' % (want, got))
    return 'rowIdColumns: %r' % (got,)


def procedures():
    got = [(r[1], r[2], r[7]) for r in rows(lambda c: c.procedures(procedure='meta_proc', schema='dbo'))]
    want = [('dbo', 'meta_proc;1', 2)]
    check(got == want, 'expected %r, got %r' % (want, got))
    return 'procedures: %r' % (got,)


def procedure_columns():
    got = [(r[3], r[4], r[6]) for r in rows(lambda c: c.procedureColumns(procedure='meta_proc', schema='dbo'))]
    want = [('@RETURN_VALUE', 5, 'int'), ('@a', 1, 'int'), ('@c', 2, 'decimal')]
    check(got == want, 'expected %r, got %r' % (want, got))
    return 'procedureColumns: %r' % (got,)


def type_info():
    got = rows(lambda c: c.getTypeInfo(pyodbc.SQL_INTEGER))
    names = [r[0] for r in got]
    check(names == ['int', 'int identity'], 'expected int and int identity, got %r' % (names,))
    every = rows(lambda c: c.getTypeInfo())
    check(len(every) > 30 and 'nvarchar' in [r[0] for r in every], 'getTypeInfo() listed %d types' % len(every))
    return 'getTypeInfo: %d types; SQL_INTEGER -> %r' % (len(every), names)


run_checks(login, [('primary_keys', primary_keys), ('foreign_keys', foreign_keys), ('statistics', statistics),
                   ('row_id_columns', row_id_columns), ('procedures', procedures),
                   ('procedure_columns', procedure_columns), ('type_info', type_info)], lambda: state['conn'].close())
