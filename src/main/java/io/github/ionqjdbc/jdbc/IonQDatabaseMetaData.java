package io.github.ionqjdbc.jdbc;

import io.github.ionqjdbc.api.JobColumn;
import io.github.ionqjdbc.calcite.IonQSchema;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What GUI and BI clients read from {@link DatabaseMetaData}, answered for ionq-jdbc rather than
 * for a bare Calcite: the driver's and product's names, the URL without the key, remarks on
 * tables and columns, the primary key, JDBC's column sizes, name patterns matched the way SQL
 * matches names (case-insensitively), a read-only connection without transactions, and
 * answers instead of Avatica's "todo" exceptions.
 */
final class IonQDatabaseMetaData extends ForwardingDatabaseMetaData {
  static final String TABLE_REMARKS = "IonQ Cloud jobs of your project, one row per job"
      + " (GET /jobs of the IonQ API v0.4)";

  private final IonQConnection connection;

  IonQDatabaseMetaData(IonQConnection connection, DatabaseMetaData calcite) {
    super(calcite);
    this.connection = connection;
  }

  @Override ResultSet resultSet(ResultSet raw) throws SQLException {
    return new IonQResultSet(null, raw, null, 0, connection.zone());
  }

  @Override public Connection getConnection() {
    return connection;
  }

  // Who we are.

  @Override public String getDatabaseProductVersion() throws SQLException {
    return IonQConnection.PRODUCT_VERSION + " (Apache Calcite "
        + org.apache.calcite.jdbc.CalciteJdbc41Factory.class.getPackage()
            .getImplementationVersion() + ")";
  }

  @Override public String getURL() {
    return connection.safeUrl();
  }

  @Override public String getUserName() {
    return "";
  }

  @Override public boolean isReadOnly() {
    return true;
  }

  // Transactions: none, consistently with the connection.

  @Override public boolean supportsTransactions() {
    return false;
  }

  @Override public int getDefaultTransactionIsolation() {
    return Connection.TRANSACTION_NONE;
  }

  @Override public boolean supportsTransactionIsolationLevel(int level) {
    return level == Connection.TRANSACTION_NONE;
  }

  @Override public boolean supportsResultSetHoldability(int holdability) {
    return true; // there are no transactions whose commit could close a cursor
  }

  @Override public int getResultSetHoldability() {
    return ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }

  @Override public boolean supportsResultSetType(int type) {
    return type == ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override public boolean supportsResultSetConcurrency(int type, int concurrency) {
    return type == ResultSet.TYPE_FORWARD_ONLY && concurrency == ResultSet.CONCUR_READ_ONLY;
  }

  // A read-only, forward-only driver sees no changes (Avatica throws "todo" for these).

  @Override public boolean ownUpdatesAreVisible(int type) {
    return false;
  }

  @Override public boolean ownDeletesAreVisible(int type) {
    return false;
  }

  @Override public boolean ownInsertsAreVisible(int type) {
    return false;
  }

  @Override public boolean othersUpdatesAreVisible(int type) {
    return false;
  }

  @Override public boolean othersDeletesAreVisible(int type) {
    return false;
  }

  @Override public boolean othersInsertsAreVisible(int type) {
    return false;
  }

  @Override public boolean updatesAreDetected(int type) {
    return false;
  }

  @Override public boolean deletesAreDetected(int type) {
    return false;
  }

  @Override public boolean insertsAreDetected(int type) {
    return false;
  }

  // Catalog contents: names matched as SQL matches them.

  @Override public ResultSet getSchemas() throws SQLException {
    return getSchemas(null, null);
  }

  @Override public ResultSet getSchemas(String catalog, String schemaPattern)
      throws SQLException {
    NamePattern schemas = NamePattern.of(schemaPattern);
    return new MetadataResultSet(delegate.getSchemas(), connection.zone(),
        row -> schemas.matches(row.getString("TABLE_SCHEM")), Map.of());
  }

  @Override public ResultSet getTables(String catalog, String schemaPattern,
      String tablePattern, String[] types) throws SQLException {
    NamePattern schemas = NamePattern.of(schemaPattern);
    NamePattern tables = NamePattern.of(tablePattern);
    return new MetadataResultSet(delegate.getTables(null, null, null, types), connection.zone(),
        row -> schemas.matches(row.getString("TABLE_SCHEM"))
            && tables.matches(row.getString("TABLE_NAME")),
        Map.of("REMARKS", row -> isJobsTable(row) ? TABLE_REMARKS : row.getString("REMARKS")));
  }

  /**
   * Calcite's column rows, made the way clients expect: a remark from the API's field
   * descriptions, the plain type name ("TIMESTAMP", not "TIMESTAMP(3) NOT NULL"), JDBC's sizes
   * (precision of numbers, 23 characters and 3 fractional digits for a millisecond timestamp,
   * the maximum for unbounded VARCHAR as PostgreSQL reports text), a radix for numbers only, and
   * "NO" rather than "" for the auto-increment and generated flags.
   */
  @Override public ResultSet getColumns(String catalog, String schemaPattern,
      String tablePattern, String columnPattern) throws SQLException {
    NamePattern schemas = NamePattern.of(schemaPattern);
    NamePattern tables = NamePattern.of(tablePattern);
    NamePattern columns = NamePattern.of(columnPattern);
    Map<String, JobColumn> byName = new HashMap<>();
    JobColumn.all().forEach(c -> byName.put(c.columnName(), c));
    Map<String, MetadataResultSet.ColumnValue> overrides = new HashMap<>();
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
        ? JdbcTypeSizes.columnSize(row.getInt("DATA_TYPE"), nullable(row, "COLUMN_SIZE"))
        : null);
    overrides.put("NUM_PREC_RADIX", row -> JdbcTypeSizes.isNumeric(row.getInt("DATA_TYPE"))
        ? 10 : null);
    overrides.put("IS_AUTOINCREMENT", row -> "NO");
    overrides.put("IS_GENERATEDCOLUMN", row -> "NO");
    return new MetadataResultSet(delegate.getColumns(null, null, null, null), connection.zone(),
        row -> schemas.matches(row.getString("TABLE_SCHEM"))
            && tables.matches(row.getString("TABLE_NAME"))
            && columns.matches(row.getString("COLUMN_NAME")),
        overrides);
  }

  private static boolean isJobsTable(ResultSet row) throws SQLException {
    return IonQSchema.NAME.equals(row.getString("TABLE_SCHEM"))
        && IonQSchema.JOBS.equals(row.getString("TABLE_NAME"));
  }

  /** Read through getObject: Avatica's getInt throws on a null in these result sets. */
  private static Integer nullable(ResultSet row, String column) throws SQLException {
    Object v = row.getObject(column);
    return v == null ? null : ((Number) v).intValue();
  }

  /** {@code id} is the primary key of {@code jobs}. */
  @Override public ResultSet getPrimaryKeys(String catalog, String schema, String table)
      throws SQLException {
    boolean matches = (schema == null || schema.equalsIgnoreCase(IonQSchema.NAME))
        && (table == null || table.equalsIgnoreCase(IonQSchema.JOBS));
    return MetadataRows.of(connection,
        List.of(MetadataRows.column("TABLE_CAT", "VARCHAR"),
            MetadataRows.column("TABLE_SCHEM", "VARCHAR"),
            MetadataRows.column("TABLE_NAME", "VARCHAR"),
            MetadataRows.column("COLUMN_NAME", "VARCHAR"),
            MetadataRows.column("KEY_SEQ", "SMALLINT"),
            MetadataRows.column("PK_NAME", "VARCHAR")),
        matches ? List.<Object[]>of(new Object[] {null, IonQSchema.NAME, IonQSchema.JOBS,
            JobColumn.ID.columnName(), 1, IonQSchema.JOBS + "_pkey"}) : List.of());
  }

  @Override public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("Not a wrapper for " + iface.getName(), JdbcErrors.GENERAL_ERROR);
  }

  @Override public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
