package io.github.ionqjdbc.catalog;

/**
 * The SQL type of a column and the Java value a row holds for it. Every layer maps these to its
 * own types (Calcite's row type, JDBC's {@code Types}); the catalog names no library's types.
 */
public enum ColumnType {
  /** VARCHAR; a {@link String}. */
  STRING("VARCHAR"),
  /** VARCHAR holding compact JSON text of an object or array; a {@link String}. */
  JSON("VARCHAR (JSON)"),
  /** BOOLEAN; a {@link Boolean}. */
  BOOLEAN("BOOLEAN"),
  /** INTEGER; an {@link Integer}. */
  INTEGER("INTEGER"),
  /** BIGINT; a {@link Long}. */
  BIGINT("BIGINT"),
  /** DOUBLE; a {@link Double}. */
  DOUBLE("DOUBLE"),
  /** TIMESTAMP (a UTC instant); a {@link Long} of epoch milliseconds. */
  TIMESTAMP("TIMESTAMP"),
  /** DATE; an {@link Integer} of days since the epoch. */
  DATE("DATE");

  private final String sqlName;

  ColumnType(String sqlName) {
    this.sqlName = sqlName;
  }

  /** The type as documentation shows it, e.g. {@code VARCHAR (JSON)}. */
  public String sqlName() {
    return sqlName;
  }
}
