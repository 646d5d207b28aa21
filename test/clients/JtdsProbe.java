// jTDS 1.3.1 (Debian libjtds-java) against an msxd node. jTDS speaks TDS 7.1 at most (tds=8.0):
// no ALL_HEADERS, 4-byte DONE counts, and with ssl=off no PRELOGIN at all (LOGIN7 comes first).
// Statement = SQL batch, PreparedStatement = RPC sp_executesql, CallableStatement = RPC by name.
// Prints "@@RESULT <TAB> name <TAB> PASS|FAIL <TAB> detail" per check (see probe_support.py).
// Env: MSXD_HOST, MSXD_PORT, MSXD_USER, MSXD_PASSWORD, MSXD_ENCRYPT (0|1), MSXD_TIMEOUT.
import java.sql.*;
import java.util.*;

public class JtdsProbe extends JtdsProbeSupport {
    static Object firstValue(Statement st, boolean hasResultSet) throws Exception {
        while (!hasResultSet) {
            if (st.getUpdateCount() == -1) throw new Failed("no result set");
            hasResultSet = st.getMoreResults();
        }
        try (ResultSet rs = st.getResultSet()) {
            check(rs.next(), "result set has no row");
            return rs.getObject(1);
        }
    }
    static Object query(String sql) throws Exception {
        try (Statement st = conn.createStatement()) { return firstValue(st, st.execute(sql)); }
    }

    public static void main(String[] args) throws Exception {
        boolean encrypt = "1".equals(env("MSXD_ENCRYPT", "0"));
        String timeout = env("MSXD_TIMEOUT", "10");
        String url = "jdbc:jtds:sqlserver://" + env("MSXD_HOST", "127.0.0.1") + ":" + env("MSXD_PORT", "1433")
            + ";tds=8.0;ssl=" + (encrypt ? "require" : "off") + ";loginTimeout=" + timeout + ";socketTimeout=" + timeout
            + ";prepareSQL=2;appName=msxd-jtds-probe";
        Class.forName("net.sourceforge.jtds.jdbc.Driver");

        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("select_one", () -> {
            Object v = query("SELECT 1 AS one");
            check(v instanceof Integer && (Integer) v == 1, "expected Integer 1, got " + v);
            return "one=1";
        });
        checks.put("version", () -> {
            Object v = query("SELECT @@VERSION");
            check(v instanceof String && !((String) v).trim().isEmpty(), "expected a non-empty string, got " + v);
            return ((String) v).substring(0, Math.min(60, ((String) v).length()));
        });
        checks.put("unicode", () -> {
            Object v = query("SELECT N'h\u00e9llo' AS s");
            check("h\u00e9llo".equals(v), "expected h\u00e9llo, got " + v);
            return (String) v;
        });
        checks.put("param", () -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT ? + 1 AS r")) {
                ps.setInt(1, 41);
                Object v = firstValue(ps, ps.execute());
                check(v instanceof Number && ((Number) v).intValue() == 42, "expected 42, got " + v);
            }
            return "PreparedStatement (RPC sp_executesql) 41 + 1 = 42";
        });
        checks.put("output_param", () -> {
            try (CallableStatement cs = conn.prepareCall("{call sp_executesql(?, ?, ?, ?)}")) {
                cs.setString(1, "SET @r = @p + 1");
                cs.setString(2, "@p int, @r int OUTPUT");
                cs.setInt(3, 41);
                cs.registerOutParameter(4, Types.INTEGER);
                cs.execute();
                while (cs.getMoreResults() || cs.getUpdateCount() != -1) { /* drain to reach the RETURNVALUE */ }
                check(cs.getInt(4) == 42, "expected OUTPUT 42, got " + cs.getInt(4));
            }
            return "{call sp_executesql(?,?,?,?)} OUTPUT @r = 42";
        });
        checks.put("raiserror", () -> {
            try (Statement st = conn.createStatement()) {
                st.execute("RAISERROR('boom', 16, 1)");
            } catch (SQLException e) {
                check(e.getMessage().contains("boom") && e.getErrorCode() == 50000, "unexpected error " + describe(e));
                Object v = query("SELECT 1 AS one");
                check(v instanceof Number && ((Number) v).intValue() == 1, "connection unusable after error");
                return describe(e);
            }
            throw new Failed("RAISERROR severity 16 did not raise");
        });
        checks.put("print", () -> {
            try (Statement st = conn.createStatement()) {
                boolean hasResultSet = st.execute("PRINT 'hello from print'; SELECT 2 AS two");
                List<String> warnings = new ArrayList<>();
                Object v = null;
                while (true) {
                    for (SQLWarning w = st.getWarnings(); w != null; w = w.getNextWarning()) warnings.add(w.getMessage());
                    st.clearWarnings();
                    if (hasResultSet) {
                        try (ResultSet rs = st.getResultSet()) { if (rs.next() && v == null) v = rs.getObject(1); }
                    } else if (st.getUpdateCount() == -1) break;
                    hasResultSet = st.getMoreResults();
                }
                check(warnings.stream().anyMatch(w -> w.contains("hello from print")), "PRINT not received, warnings " + warnings);
                check(v instanceof Number && ((Number) v).intValue() == 2, "expected 2, got " + v);
            }
            return "SQLWarning with the PRINT text; SELECT 2 -> 2";
        });

        boolean connected = false;
        try {
            conn = DriverManager.getConnection(url, env("MSXD_USER", "sa"), env("MSXD_PASSWORD", ""));
            DatabaseMetaData md = conn.getMetaData();
            report("login", "PASS", md.getDriverName() + " " + md.getDriverVersion() + ", server " + md.getDatabaseProductVersion()
                + (encrypt ? ", ssl=require" : ", ssl=off"));
            connected = true;
        } catch (Throwable e) {
            report("login", "FAIL", describe(e));
        }
        runChecks(checks, connected);
    }
}
