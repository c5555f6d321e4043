package io.github.ionqjdbc;

import io.github.ionqjdbc.api.DriverVersion;
import io.github.ionqjdbc.api.JobColumn;
import io.github.ionqjdbc.calcite.IonQSchema;
import java.lang.reflect.Method;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What GUI and BI clients read from {@link DatabaseMetaData}, answered for ionq-jdbc rather than
 * for a bare Calcite: the driver's and product's names and versions, the URL without the key,
 * remarks on the table and every column (from {@link JobColumn}), the primary key, and answers
 * instead of Avatica's "todo" exceptions.
 */
final class MetaDataOverrides {
  static final String PRODUCT_NAME = "IonQ Cloud";
  static final String TABLE_REMARKS = "IonQ Cloud jobs of your project, one row per job"
      + " (GET /jobs of the IonQ API v0.4)";

  /** Avatica methods that throw "todo": a read-only, forward-only driver sees no changes. */
  private static final Set<String> NO_CHANGES_VISIBLE = Set.of("ownUpdatesAreVisible",
      "ownDeletesAreVisible", "ownInsertsAreVisible", "othersUpdatesAreVisible",
      "othersDeletesAreVisible", "othersInsertsAreVisible", "updatesAreDetected",
      "deletesAreDetected", "insertsAreDetected");

  private final ConnectionContext context;

  MetaDataOverrides(ConnectionContext context) {
    this.context = context;
  }

  Object invoke(DatabaseMetaData md, Method method, Object[] args) throws SQLException {
    String name = method.getName();
    if (NO_CHANGES_VISIBLE.contains(name)) {
      return false;
    }
    switch (name) {
      case "getDatabaseProductName":
        return PRODUCT_NAME;
      case "getDatabaseProductVersion":
        return "API v0.4 (Apache Calcite " + md.getDatabaseProductVersion() + ")";
      case "getDriverName":
        return "ionq-jdbc";
      case "getDriverVersion":
        return DriverVersion.version();
      case "getDriverMajorVersion":
        return DriverVersion.major();
      case "getDriverMinorVersion":
        return DriverVersion.minor();
      case "getURL":
        return context.safeUrl();
      case "getUserName":
        return "";
      case "isReadOnly":
        return true;
      case "supportsResultSetHoldability":
        return true; // there are no transactions whose commit could close a cursor
      case "supportsResultSetType":
        return (Integer) args[0] == ResultSet.TYPE_FORWARD_ONLY;
      case "supportsResultSetConcurrency":
        return (Integer) args[0] == ResultSet.TYPE_FORWARD_ONLY
            && (Integer) args[1] == ResultSet.CONCUR_READ_ONLY;
      case "getTables":
        return tableRemarks(md.getTables((String) args[0], (String) args[1], (String) args[2],
            (String[]) args[3]));
      case "getColumns":
        return columnDetails(md.getColumns((String) args[0], (String) args[1],
            (String) args[2], (String) args[3]));
      case "getPrimaryKeys":
        return primaryKeys((String) args[1], (String) args[2]);
      default:
        return JdbcProxy.NOT_OVERRIDDEN;
    }
  }

  private static boolean isJobsTable(ResultSet row) throws SQLException {
    return IonQSchema.NAME.equals(row.getString("TABLE_SCHEM"))
        && IonQSchema.JOBS.equals(row.getString("TABLE_NAME"));
  }

  private static ResultSet tableRemarks(ResultSet tables) {
    return OverlayResultSet.wrap(tables, Map.of("REMARKS",
        row -> isJobsTable(row) ? TABLE_REMARKS : row.getString("REMARKS")));
  }

  /**
   * Calcite's column rows, made the way clients expect: a remark from the API's field
   * descriptions, the plain type name ("TIMESTAMP", not "TIMESTAMP(3) NOT NULL"), JDBC's sizes
   * (precision of numbers, 23 characters and 3 fractional digits for a millisecond timestamp,
   * the maximum for unbounded VARCHAR as PostgreSQL reports text), a radix for numbers only, and
   * "NO" rather than "" for the auto-increment and generated flags.
   */
  private static ResultSet columnDetails(ResultSet columns) {
    Map<String, JobColumn> byName = new HashMap<>();
    JobColumn.all().forEach(c -> byName.put(c.columnName(), c));
    Map<String, OverlayResultSet.ColumnValue> overrides = new HashMap<>();
    overrides.put("REMARKS", row -> {
      JobColumn c = isJobsTable(row) ? byName.get(row.getString("COLUMN_NAME")) : null;
      return c != null ? c.description() : row.getString("REMARKS");
    });
    overrides.put("TYPE_NAME", row -> {
      String type = row.getString("TYPE_NAME");
      return type == null ? null : type.replace(" NOT NULL", "").replaceAll("\\(\\d+\\)$", "");
    });
    overrides.put("COLUMN_SIZE", row -> JdbcTypeSizes.columnSize(row.getInt("DATA_TYPE"),
        nullable(row, "COLUMN_SIZE")));
    overrides.put("DECIMAL_DIGITS", row -> JdbcTypeSizes.decimalDigits(row.getInt("DATA_TYPE"),
        nullable(row, "DECIMAL_DIGITS")));
    overrides.put("CHAR_OCTET_LENGTH", row -> JdbcTypeSizes.isText(row.getInt("DATA_TYPE"))
        ? JdbcTypeSizes.columnSize(row.getInt("DATA_TYPE"), nullable(row, "COLUMN_SIZE")) : null);
    overrides.put("NUM_PREC_RADIX", row -> JdbcTypeSizes.isNumeric(row.getInt("DATA_TYPE")) ? 10 : null);
    overrides.put("IS_AUTOINCREMENT", row -> "NO");
    overrides.put("IS_GENERATEDCOLUMN", row -> "NO");
    return OverlayResultSet.wrap(columns, overrides);
  }

  /** Read through getObject: Avatica's getInt throws on a null in these result sets. */
  private static Integer nullable(ResultSet row, String column) throws SQLException {
    Object v = row.getObject(column);
    return v == null ? null : ((Number) v).intValue();
  }

  /** {@code id} is the primary key of {@code jobs}, built as a real result set by Calcite. */
  private ResultSet primaryKeys(String schema, String table) throws SQLException {
    boolean matches = (schema == null || schema.equalsIgnoreCase(IonQSchema.NAME))
        && (table == null || table.equalsIgnoreCase(IonQSchema.JOBS));
    Statement s = context.calcite().createStatement();
    s.closeOnCompletion();
    return s.executeQuery("SELECT CAST(NULL AS VARCHAR) AS \"TABLE_CAT\","
        + " CAST('ionq' AS VARCHAR) AS \"TABLE_SCHEM\", CAST('jobs' AS VARCHAR) AS \"TABLE_NAME\","
        + " CAST('id' AS VARCHAR) AS \"COLUMN_NAME\", CAST(1 AS SMALLINT) AS \"KEY_SEQ\","
        + " CAST('jobs_pkey' AS VARCHAR) AS \"PK_NAME\" FROM (VALUES (1)) AS t(x)"
        + (matches ? "" : " WHERE 1 = 0"));
  }
}
