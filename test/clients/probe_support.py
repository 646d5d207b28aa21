"""Shared by msxd's Python client probes (run with Debian's /usr/bin/python3, where the Debian
python3-pyodbc and python3-pymssql modules live).

A probe program prints one line per check:   @@RESULT <TAB> name <TAB> PASS|FAIL|SKIP <TAB> detail
test/helpers/client-probe.ts parses these lines; everything else on stdout/stderr is diagnostics.
Connection settings come from the environment (set by the test): MSXD_HOST, MSXD_PORT, MSXD_USER,
MSXD_PASSWORD, MSXD_ENCRYPT (0|1), MSXD_TIMEOUT (seconds), FREETDS_SECTION.
"""
import os
import re
import sys
import traceback

HELLO = 'h\u00e9llo'


class Failed(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failed(message)


def report(name, status, detail=''):
    text = re.sub(r'[\r\n\t]+', ' ', str(detail))[:400]
    sys.stdout.write('@@RESULT\t%s\t%s\t%s\n' % (name, status, text))
    sys.stdout.flush()


def settings():
    return {
        'host': os.environ['MSXD_HOST'],
        'port': int(os.environ['MSXD_PORT']),
        'user': os.environ.get('MSXD_USER', 'sa'),
        'password': os.environ['MSXD_PASSWORD'],
        'encrypt': os.environ.get('MSXD_ENCRYPT', '0') == '1',
        'timeout': int(os.environ.get('MSXD_TIMEOUT', '10')),
        'section': os.environ.get('FREETDS_SECTION', ''),
    }


def freetds_connect(pyodbc, cfg):
    """pyodbc through FreeTDS ODBC to the test's freetds.conf section, autocommit, the test's timeouts."""
    conn = pyodbc.connect(
        'DRIVER={FreeTDS};Servername=%s;UID=%s;PWD=%s;ClientCharset=UTF-8' % (cfg['section'], cfg['user'], cfg['password']),
        timeout=cfg['timeout'], autocommit=True)
    conn.timeout = cfg['timeout']
    return conn


def run_checks(login, checks, finish=None):
    """login() -> detail; checks: [(name, fn() -> detail)]. A failed login fails every check."""
    try:
        report('login', 'PASS', login())
    except Exception as e:  # noqa: BLE001 - any client exception is a verdict to report
        report('login', 'FAIL', '%s: %s' % (type(e).__name__, e))
        traceback.print_exc()
        for name, _ in checks:
            report(name, 'FAIL', 'not run: login failed')
        return
    for name, fn in checks:
        try:
            report(name, 'PASS', fn())
        except Failed as e:
            report(name, 'FAIL', str(e))
        except Exception as e:  # noqa: BLE001
            report(name, 'FAIL', '%s: %s' % (type(e).__name__, e))
            traceback.print_exc()
    if finish is not None:
        try:
            finish()
        except Exception:  # noqa: BLE001 - closing is not under test
            traceback.print_exc()
