package io.github.ionqjdbc.jdbc;

import io.github.ionqjdbc.calcite.IonQSchema;
import io.github.ionqjdbc.catalog.Catalog;
import io.github.ionqjdbc.catalog.ColumnDef;
import io.github.ionqjdbc.catalog.TableDef;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What GUI and BI clients read from {@link DatabaseMetaData}, answered for ionq-jdbc rather than
 * for a bare Calcite: the driver's and product's names, the URL without the key, remarks on
 * tables and columns, the primary key, JDBC's column sizes, name patterns matched the way SQL
 * matches names (case-insensitively), a read-only connection without transactions, and
 * answers instead of Avatica's "todo" exceptions.
 */
final class IonQDatabaseMetaData extends ForwardingDatabaseMetaData {
  private final IonQConnection connection;

  IonQDatabaseMetaData(IonQConnection connection, DatabaseMetaData calcite) {
    super(calcite);
    this.connection = connection;
  }

  @Override ResultSet resultSet(ResultSet raw) throws SQLException {
    return new IonQResultSet(null, raw, null, 0, connection.zone(), null);
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

  /** Calcite's table rows with our remarks, ordered by name as JDBC asks. */
  @Override public ResultSet getTables(String catalog, String schemaPattern,
      String tablePattern, String[] types) throws SQLException {
    NamePattern schemas = NamePattern.of(schemaPattern);
    NamePattern tables = NamePattern.of(tablePattern);
    return MetadataRows.sorted(connection, delegate.getTables(null, null, null, types),
        row -> schemas.matches(row.getString("TABLE_SCHEM"))
            && tables.matches(row.getString("TABLE_NAME")),
        Map.of("REMARKS", IonQDatabaseMetaData::tableRemark),
        java.util.Comparator.comparing((Object[] r) -> String.valueOf(r[3]))
            .thenComparing(r -> String.valueOf(r[1])).thenComparing(r -> String.valueOf(r[2])));
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
    Map<String, MetadataResultSet.ColumnValue> overrides = new HashMap<>();
    overrides.put("REMARKS", row -> {
      String column = row.getString("COLUMN_NAME");
      return declared(row).flatMap(t -> t.column(column)).map(ColumnDef::remark)
          .orElse(row.getString("REMARKS"));
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

  private static String tableRemark(ResultSet row) throws SQLException {
    if (IonQSchema.NAME.equals(row.getString("TABLE_SCHEM"))
        && IonQSchema.REQUESTS.equals(row.getString("TABLE_NAME"))) {
      return IonQSchema.REQUESTS_REMARK;
    }
    return declared(row).map(TableDef::remark).orElse(row.getString("REMARKS"));
  }

  /** The declaration of the table a metadata row is about, if it is one of ours. */
  private static Optional<TableDef> declared(ResultSet row) throws SQLException {
    return IonQSchema.NAME.equals(row.getString("TABLE_SCHEM"))
        ? Catalog.table(row.getString("TABLE_NAME")) : Optional.empty();
  }

  /** Read through getObject: Avatica's getInt throws on a null in these result sets. */
  private static Integer nullable(ResultSet row, String column) throws SQLException {
    Object v = row.getObject(column);
    return v == null ? null : ((Number) v).intValue();
  }

  /** Every table's name and primary key columns. */
  private static Map<String, List<String>> primaryKeysByTable() {
    Map<String, List<String>> keys = new java.util.LinkedHashMap<>();
    Catalog.ALL.forEach(t -> keys.put(t.name(), t.primaryKey()));
    return keys;
  }

  private static boolean names(String given, String name) {
    return given == null || given.equalsIgnoreCase(name);
  }

  @Override public ResultSet getPrimaryKeys(String catalog, String schema, String table)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    if (names(schema, IonQSchema.NAME)) {
      primaryKeysByTable().forEach((name, columns) -> {
        if (names(table, name)) {
          for (int i = 0; i < columns.size(); i++) {
            rows.add(new Object[] {null, IonQSchema.NAME, name, columns.get(i), i + 1,
                name + "_pkey"});
          }
        }
      });
    }
    rows.sort(java.util.Comparator.comparing((Object[] r) -> (String) r[3]));
    return MetadataRows.of(connection,
        List.of(MetadataRows.column("TABLE_CAT", "VARCHAR"),
            MetadataRows.column("TABLE_SCHEM", "VARCHAR"),
            MetadataRows.column("TABLE_NAME", "VARCHAR"),
            MetadataRows.column("COLUMN_NAME", "VARCHAR"),
            MetadataRows.column("KEY_SEQ", "SMALLINT"),
            MetadataRows.column("PK_NAME", "VARCHAR")),
        rows);
  }

  /** The relationships of tables.md: a column of one table holding keys of another. */
  @Override public ResultSet getImportedKeys(String catalog, String schema, String table)
      throws SQLException {
    return keys(schema, null, table, java.util.Comparator.comparing((Object[] r) ->
        (String) r[2]));
  }

  @Override public ResultSet getExportedKeys(String catalog, String schema, String table)
      throws SQLException {
    return keys(schema, table, null, java.util.Comparator.comparing((Object[] r) ->
        (String) r[6]));
  }

  @Override public ResultSet getCrossReference(String parentCatalog, String parentSchema,
      String parentTable, String foreignCatalog, String foreignSchema, String foreignTable)
      throws SQLException {
    if (!names(foreignSchema, IonQSchema.NAME)) {
      return keys("", null, null, null);
    }
    return keys(parentSchema, parentTable, foreignTable, java.util.Comparator.comparing(
        (Object[] r) -> (String) r[6]));
  }

  /**
   * Foreign keys as JDBC lists them.
   *
   * @param referenced the table whose key is referred to, or null for any
   * @param referring the table holding the reference, or null for any
   */
  private ResultSet keys(String schema, String referenced, String referring,
      java.util.Comparator<Object[]> order) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    if (names(schema, IonQSchema.NAME)) {
      for (Catalog.TableKey k : Catalog.allForeignKeys()) {
        if ((referenced == null || referenced.equalsIgnoreCase(k.key().referencedTable()))
            && (referring == null || referring.equalsIgnoreCase(k.table()))) {
          rows.add(new Object[] {null, IonQSchema.NAME, k.key().referencedTable(),
              k.key().referencedColumn(), null, IonQSchema.NAME, k.table(), k.key().column(),
              1, DatabaseMetaData.importedKeyNoAction, DatabaseMetaData.importedKeyNoAction,
              k.table() + "_" + k.key().column() + "_fkey", k.key().referencedTable() + "_pkey",
              DatabaseMetaData.importedKeyNotDeferrable});
        }
      }
    }
    if (order != null) {
      rows.sort(order);
    }
    return MetadataRows.of(connection, List.of(
        MetadataRows.column("PKTABLE_CAT", "VARCHAR"),
        MetadataRows.column("PKTABLE_SCHEM", "VARCHAR"),
        MetadataRows.column("PKTABLE_NAME", "VARCHAR"),
        MetadataRows.column("PKCOLUMN_NAME", "VARCHAR"),
        MetadataRows.column("FKTABLE_CAT", "VARCHAR"),
        MetadataRows.column("FKTABLE_SCHEM", "VARCHAR"),
        MetadataRows.column("FKTABLE_NAME", "VARCHAR"),
        MetadataRows.column("FKCOLUMN_NAME", "VARCHAR"),
        MetadataRows.column("KEY_SEQ", "SMALLINT"),
        MetadataRows.column("UPDATE_RULE", "SMALLINT"),
        MetadataRows.column("DELETE_RULE", "SMALLINT"),
        MetadataRows.column("FK_NAME", "VARCHAR"),
        MetadataRows.column("PK_NAME", "VARCHAR"),
        MetadataRows.column("DEFERRABILITY", "SMALLINT")), rows);
  }

  @Override public <T> T unwrap(Class<T> iface) throws SQLException {
    return Wrappers.unwrap(this, iface);
  }

  @Override public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
