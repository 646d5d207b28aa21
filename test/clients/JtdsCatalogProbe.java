// jTDS 1.3.1 DatabaseMetaData against an msxd node: each call is a CallableStatement (RPC by name)
// of a catalog procedure: getPrimaryKeys -> sp_pkeys, getImportedKeys -> sp_fkeys, getIndexInfo ->
// sp_statistics, getProcedures -> sp_stored_procedures, getProcedureColumns -> sp_sproc_columns,
// getTypeInfo -> sp_datatype_info, getColumns -> sp_columns. Output as JtdsProbe.java.
import java.sql.*;
import java.util.*;

public class JtdsCatalogProbe extends JtdsProbeSupport {
    /** the named columns of every row, joined "a|b|c" per row */
    static List<String> rows(ResultSet rs, String... names) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = rs) {
            while (r.next()) {
                StringJoiner j = new StringJoiner("|");
                for (String n : names) j.add(String.valueOf(r.getObject(n)));
                out.add(j.toString());
            }
        }
        return out;
    }
    static void expect(List<String> got, String... want) throws Failed {
        check(got.equals(Arrays.asList(want)), "expected " + Arrays.asList(want) + ", got " + got);
    }

    static final String[] SCHEMA = {
        "IF OBJECT_ID('dbo.jmeta_child') IS NOT NULL DROP TABLE dbo.jmeta_child",
        "IF OBJECT_ID('dbo.jmeta_parent') IS NOT NULL DROP TABLE dbo.jmeta_parent",
        "IF OBJECT_ID('dbo.jmeta_proc') IS NOT NULL DROP PROCEDURE dbo.jmeta_proc",
        "CREATE TABLE dbo.jmeta_parent (region char(2) NOT NULL, code int NOT NULL, label nvarchar(40) NULL, "
            + "CONSTRAINT PK_jmeta_parent PRIMARY KEY (region, code), CONSTRAINT UQ_jmeta_parent_label UNIQUE (label))",
        "CREATE TABLE dbo.jmeta_child (id int NOT NULL CONSTRAINT PK_jmeta_child PRIMARY KEY, region char(2) NOT NULL, "
            + "code int NOT NULL, CONSTRAINT FK_jmeta_child_parent FOREIGN KEY (region, code) "
            + "REFERENCES dbo.jmeta_parent (region, code) ON DELETE CASCADE)",
        "CREATE PROCEDURE dbo.jmeta_proc @a int, @c decimal(9,2) OUTPUT AS BEGIN SET @c = @a; RETURN 0; END",
    };

    public static void main(String[] args) throws Exception {
        boolean encrypt = "1".equals(env("MSXD_ENCRYPT", "0"));
        String timeout = env("MSXD_TIMEOUT", "10");
        String url = "jdbc:jtds:sqlserver://" + env("MSXD_HOST", "127.0.0.1") + ":" + env("MSXD_PORT", "1433")
            + ";tds=8.0;ssl=" + (encrypt ? "require" : "off") + ";loginTimeout=" + timeout + ";socketTimeout=" + timeout
            + ";appName=msxd-jtds-catalog-probe";
        Class.forName("net.sourceforge.jtds.jdbc.Driver");

        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("primary_keys", () -> {
            List<String> got = rows(conn.getMetaData().getPrimaryKeys(null, "dbo", "jmeta_parent"), "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ", "PK_NAME");
            expect(got, "jmeta_parent|region|1|PK_jmeta_parent", "jmeta_parent|code|2|PK_jmeta_parent");
            return "getPrimaryKeys " + got;
        });
        checks.put("imported_keys", () -> {
            List<String> got = rows(conn.getMetaData().getImportedKeys(null, "dbo", "jmeta_child"),
                "PKTABLE_NAME", "PKCOLUMN_NAME", "FKCOLUMN_NAME", "KEY_SEQ", "DELETE_RULE", "FK_NAME", "PK_NAME");
            expect(got, "jmeta_parent|region|region|1|0|FK_jmeta_child_parent|PK_jmeta_parent",
                "jmeta_parent|code|code|2|0|FK_jmeta_child_parent|PK_jmeta_parent");
            return "getImportedKeys " + got;
        });
        checks.put("index_info", () -> {
            List<String> got = rows(conn.getMetaData().getIndexInfo(null, "dbo", "jmeta_parent", false, false),
                "INDEX_NAME", "ORDINAL_POSITION", "COLUMN_NAME", "ASC_OR_DESC");
            // jTDS reads the table row's NULL SEQ_IN_INDEX with getShort: 0.
            expect(got, "null|0|null|null", "PK_jmeta_parent|1|region|A", "PK_jmeta_parent|2|code|A", "UQ_jmeta_parent_label|1|label|A");
            return "getIndexInfo " + got.size() + " rows";
        });
        checks.put("procedures", () -> {
            List<String> got = rows(conn.getMetaData().getProcedures(null, "dbo", "jmeta%"), "PROCEDURE_SCHEM", "PROCEDURE_NAME");
            check(got.size() == 1 && got.get(0).startsWith("dbo|jmeta_proc"), "expected dbo.jmeta_proc, got " + got);
            return "getProcedures " + got;
        });
        checks.put("procedure_columns", () -> {
            List<String> got = rows(conn.getMetaData().getProcedureColumns(null, "dbo", "jmeta_proc", null), "COLUMN_NAME", "COLUMN_TYPE", "TYPE_NAME");
            expect(got, "@RETURN_VALUE|5|int", "@a|1|int", "@c|2|decimal");
            return "getProcedureColumns " + got;
        });
        checks.put("type_info", () -> {
            // jTDS maps the ODBC codes onto java.sql.Types itself (nvarchar becomes VARCHAR 12 for TDS 7.1).
            List<String> got = rows(conn.getMetaData().getTypeInfo(), "TYPE_NAME", "DATA_TYPE");
            check(got.contains("int|4") && got.contains("int identity|4") && got.contains("datetime|93") && got.size() > 30,
                "getTypeInfo listed " + got);
            return "getTypeInfo " + got.size() + " types";
        });
        checks.put("columns", () -> {
            List<String> got = rows(conn.getMetaData().getColumns(null, "dbo", "jmeta_parent", "%"), "COLUMN_NAME", "TYPE_NAME", "ORDINAL_POSITION");
            expect(got, "region|char|1", "code|int|2", "label|nvarchar|3");
            return "getColumns " + got;
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
