// jTDS 1.3.1 PreparedStatement.getMetaData() before the statement runs: jTDS asks the server with
// "SET FMTONLY ON; <statement, parameters as NULL> ;SET FMTONLY OFF" and reads the COLMETADATA.
// The metadata must be what the statement sends when it runs. Output as JtdsProbe.java.
import java.sql.*;
import java.util.*;

public class JtdsDescribeProbe extends JtdsProbeSupport {
    /** name:typeName:jdbcType:precision:scale:nullable per column */
    static List<String> columns(ResultSetMetaData md) throws SQLException {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            out.add(md.getColumnName(i) + ":" + md.getColumnTypeName(i) + ":" + md.getColumnType(i) + ":"
                + md.getPrecision(i) + ":" + md.getScale(i) + ":" + md.isNullable(i));
        }
        return out;
    }
    static int count() throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM dbo.jdesc_t")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static final String[] SCHEMA = {
        "IF OBJECT_ID('dbo.jdesc_t') IS NOT NULL DROP TABLE dbo.jdesc_t",
        "CREATE TABLE dbo.jdesc_t (id int IDENTITY PRIMARY KEY, name nvarchar(30) NOT NULL, amount decimal(9,2) NULL, "
            + "created datetime NULL, big bigint NOT NULL)",
        "INSERT INTO dbo.jdesc_t (name, amount, created, big) VALUES (N'a', 1.25, '2024-01-02', 7)",
    };
    static final String QUERY = "SELECT id, name, amount, created, big, amount * amount AS sq FROM dbo.jdesc_t WHERE id = ? AND name <> ?";

    public static void main(String[] args) throws Exception {
        boolean encrypt = "1".equals(env("MSXD_ENCRYPT", "0"));
        String timeout = env("MSXD_TIMEOUT", "10");
        String url = "jdbc:jtds:sqlserver://" + env("MSXD_HOST", "127.0.0.1") + ":" + env("MSXD_PORT", "1433")
            + ";tds=8.0;ssl=" + (encrypt ? "require" : "off") + ";loginTimeout=" + timeout + ";socketTimeout=" + timeout
            + ";appName=msxd-jtds-describe-probe";
        Class.forName("net.sourceforge.jtds.jdbc.Driver");
        List<String> before = new ArrayList<>();

        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("metadata_before_execute", () -> {
            try (PreparedStatement ps = conn.prepareStatement(QUERY)) {
                ResultSetMetaData md = ps.getMetaData();
                check(md != null, "getMetaData returned null");
                before.addAll(columns(md));
            }
            List<String> want = Arrays.asList(
                "id:int identity:4:10:0:0", "name:nvarchar:12:30:0:0", "amount:decimal:3:9:2:1",
                "created:datetime:93:23:3:1", "big:bigint:-5:19:0:0", "sq:decimal:3:19:4:1");
            check(before.equals(want), "expected " + want + ", got " + before);
            return "getMetaData " + before;
        });
        checks.put("nothing_ran", () -> {
            int n = count();
            check(n == 1, "the table has " + n + " rows");
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT 2 AS two")) {
                check(rs.next() && rs.getInt(1) == 2, "FMTONLY still on after getMetaData");
            }
            return "1 row, FMTONLY off again";
        });
        checks.put("same_when_run", () -> {
            try (PreparedStatement ps = conn.prepareStatement(QUERY)) {
                ps.setInt(1, 1);
                ps.setString(2, "zz");
                try (ResultSet rs = ps.executeQuery()) {
                    List<String> ran = columns(rs.getMetaData());
                    check(ran.equals(before), "run " + ran + " vs described " + before);
                    check(rs.next() && rs.getString(2).equals("a"), "row not read");
                }
            }
            return "same columns when executed";
        });

        boolean connected = false;
        try {
            conn = DriverManager.getConnection(url, env("MSXD_USER", "sa"), env("MSXD_PASSWORD", ""));
            try (Statement st = conn.createStatement()) { for (String s : SCHEMA) st.execute(s); }
            report("login", "PASS", "schema created" + (encrypt ? ", ssl=require" : ", ssl=off"));
            connected = true;
        } catch (Throwable e) {
            report("login", "FAIL", describe(e));
        }
        runChecks(checks, connected);
    }
}
