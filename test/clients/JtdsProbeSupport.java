// What every jTDS probe shares: the result line format test/helpers/client-probe.ts parses
// (@@RESULT <TAB> name <TAB> PASS|FAIL|SKIP <TAB> detail), checks, settings from the environment.
// Probes extend this class to use these static members unqualified (Java's default package cannot
// be imported); test/helpers/jtds-probe.ts compiles it with each probe.
import java.sql.*;
import java.util.*;

public class JtdsProbeSupport {
    interface Check { String run() throws Exception; }
    static final class Failed extends Exception { Failed(String m) { super(m); } }
    static Connection conn;

    static void report(String name, String status, String detail) {
        String d = detail == null ? "" : detail.replaceAll("[\\r\\n\\t]+", " ");
        System.out.println("@@RESULT\t" + name + "\t" + status + "\t" + (d.length() > 400 ? d.substring(0, 400) : d));
        System.out.flush();
    }
    static void check(boolean cond, String message) throws Failed { if (!cond) throw new Failed(message); }
    static String env(String key, String fallback) { String v = System.getenv(key); return v == null || v.isEmpty() ? fallback : v; }
    static String describe(Throwable e) {
        String s = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (e instanceof SQLException) s += " [SQLState " + ((SQLException) e).getSQLState() + ", code " + ((SQLException) e).getErrorCode() + "]";
        return s;
    }

    /** Runs each check in order (all FAIL when the login did not connect), then closes the connection. */
    static void runChecks(Map<String, Check> checks, boolean connected) {
        for (Map.Entry<String, Check> c : checks.entrySet()) {
            if (!connected) { report(c.getKey(), "FAIL", "not run: login failed"); continue; }
            try {
                report(c.getKey(), "PASS", c.getValue().run());
            } catch (Failed f) {
                report(c.getKey(), "FAIL", f.getMessage());
            } catch (Throwable e) {
                report(c.getKey(), "FAIL", describe(e));
            }
        }
        if (conn != null) try { conn.close(); } catch (SQLException e) { /* closing is not under test */ }
    }
}
