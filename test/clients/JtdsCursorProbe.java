// jTDS with useCursors=true: result sets read through API server cursors (sp_cursoropen,
// sp_cursorfetch, sp_cursorclose by ProcID; sp_cursor for updatable result sets).
// Forward-only read-only statements open FAST_FORWARD|AUTO_FETCH cursors; TYPE_SCROLL_INSENSITIVE
// opens STATIC, TYPE_SCROLL_SENSITIVE KEYSET, CONCUR_UPDATABLE asks SCROLL_LOCKS.
// Prints "@@RESULT <TAB> name <TAB> PASS|FAIL <TAB> detail" per check (see probe_support.py).
// Env: MSXD_HOST, MSXD_PORT, MSXD_USER, MSXD_PASSWORD, MSXD_TIMEOUT.
import java.sql.*;
import java.util.*;

public class JtdsCursorProbe extends JtdsProbeSupport {
    static List<String> ids(ResultSet rs) throws SQLException {
        List<String> out = new ArrayList<>();
        while (rs.next()) out.add(rs.getInt(1) + ":" + rs.getString(2));
        return out;
    }
    static void exec(String sql) throws SQLException {
        try (Statement st = conn.createStatement()) { st.execute(sql); }
    }

    public static void main(String[] args) throws Exception {
        String timeout = env("MSXD_TIMEOUT", "10");
        String url = "jdbc:jtds:sqlserver://" + env("MSXD_HOST", "127.0.0.1") + ":" + env("MSXD_PORT", "1433")
            + ";tds=8.0;ssl=off;loginTimeout=" + timeout + ";socketTimeout=" + timeout + ";useCursors=true;appName=msxd-jtds-cursors";
        Class.forName("net.sourceforge.jtds.jdbc.Driver");

        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("setup", () -> {
            exec("CREATE TABLE dbo.planet (id int PRIMARY KEY, name nvarchar(20) NULL)");
            exec("INSERT INTO dbo.planet VALUES (1, N'Mercury'), (2, N'Venus'), (3, N'Earth'), (4, N'Mars'), (5, N'Jupiter')");
            return "dbo.planet, 5 rows";
        });
        checks.put("forward_read", () -> {
            try (Statement st = conn.createStatement()) {
                st.setFetchSize(2);
                try (ResultSet rs = st.executeQuery("SELECT id, name FROM dbo.planet ORDER BY id")) {
                    check(rs.getMetaData().getColumnCount() == 2, "expected 2 visible columns, got " + rs.getMetaData().getColumnCount());
                    List<String> got = ids(rs);
                    check(got.equals(Arrays.asList("1:Mercury", "2:Venus", "3:Earth", "4:Mars", "5:Jupiter")), "rows " + got);
                    return "FAST_FORWARD|AUTO_FETCH, fetch size 2: " + got;
                }
            }
        });
        checks.put("scroll_insensitive", () -> {
            try (Statement st = conn.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY)) {
                st.setFetchSize(1);
                try (ResultSet rs = st.executeQuery("SELECT id, name FROM dbo.planet ORDER BY id")) {
                    check(rs.getType() == ResultSet.TYPE_SCROLL_INSENSITIVE, "type " + rs.getType());
                    StringBuilder trail = new StringBuilder();
                    check(rs.absolute(3) && rs.getInt(1) == 3, "absolute(3)");
                    trail.append("abs3=").append(rs.getString(2));
                    check(rs.relative(-1) && rs.getInt(1) == 2, "relative(-1) -> " + rs.getInt(1));
                    check(rs.previous() && rs.getInt(1) == 1, "previous() -> " + rs.getInt(1));
                    check(!rs.previous() && rs.isBeforeFirst(), "previous() before the first row");
                    check(rs.last() && rs.getInt(1) == 5 && rs.getRow() == 5, "last() -> " + rs.getInt(1) + " row " + rs.getRow());
                    trail.append(" last=").append(rs.getString(2));
                    check(rs.first() && rs.getInt(1) == 1, "first()");
                    check(rs.absolute(-2) && rs.getInt(1) == 4, "absolute(-2) -> " + rs.getInt(1));
                    rs.afterLast();
                    check(rs.previous() && rs.getInt(1) == 5, "afterLast(); previous() -> " + rs.getInt(1));
                    check(!rs.absolute(9), "absolute(9) past the end");
                    return trail.toString();
                }
            }
        });
        checks.put("scroll_sensitive_read_only_downgraded", () -> {
            try (Statement st = conn.createStatement(ResultSet.TYPE_SCROLL_SENSITIVE, ResultSet.CONCUR_READ_ONLY);
                 ResultSet rs = st.executeQuery("SELECT id, name FROM dbo.planet ORDER BY id")) {
                // a read-only KEYSET request comes back STATIC: jTDS reports the type it got
                check(rs.getType() == ResultSet.TYPE_SCROLL_INSENSITIVE, "type " + rs.getType());
                check(rs.last() && rs.getInt(1) == 5, "last()");
                return "KEYSET READ_ONLY -> STATIC, type " + rs.getType();
            }
        });
        checks.put("prepared_scroll", () -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT id, name FROM dbo.planet WHERE id >= ? ORDER BY id",
                    ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY)) {
                ps.setInt(1, 2);
                try (ResultSet rs = ps.executeQuery()) {
                    check(rs.last() && rs.getInt(1) == 5 && rs.getRow() == 4, "last() -> " + rs.getInt(1) + " row " + rs.getRow());
                    check(rs.first() && rs.getInt(1) == 2, "first()");
                }
                ps.setInt(1, 4);
                try (ResultSet rs = ps.executeQuery()) {
                    List<String> got = ids(rs);
                    check(got.equals(Arrays.asList("4:Mars", "5:Jupiter")), "second execution " + got);
                    return "parameterized cursor, re-executed: " + got;
                }
            }
        });
        checks.put("updatable", () -> {
            try (Statement st = conn.createStatement(ResultSet.TYPE_SCROLL_SENSITIVE, ResultSet.CONCUR_UPDATABLE)) {
                st.setFetchSize(1);
                try (ResultSet rs = st.executeQuery("SELECT id, name FROM dbo.planet ORDER BY id")) {
                    check(rs.getConcurrency() == ResultSet.CONCUR_UPDATABLE, "concurrency " + rs.getConcurrency());
                    check(rs.absolute(2), "absolute(2)");
                    rs.updateString(2, "Venera");
                    rs.updateRow();
                    check(rs.absolute(1), "absolute(1)");
                    rs.deleteRow();
                    check(rs.rowDeleted(), "rowDeleted() after deleteRow()");
                }
            }
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT id, name FROM dbo.planet ORDER BY id")) {
                List<String> got = ids(rs);
                check(got.equals(Arrays.asList("2:Venera", "3:Earth", "4:Mars", "5:Jupiter")), "table now " + got);
                return "updateRow + deleteRow through sp_cursor: " + got;
            }
        });

        boolean connected = false;
        try {
            conn = DriverManager.getConnection(url, env("MSXD_USER", "sa"), env("MSXD_PASSWORD", ""));
            report("login", "PASS", "useCursors=true");
            connected = true;
        } catch (Throwable e) {
            report("login", "FAIL", describe(e));
        }
        runChecks(checks, connected);
    }
}
