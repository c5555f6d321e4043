package io.github.ionqjdbc.jdbc;

import java.sql.SQLException;
import java.sql.Types;
import org.apache.calcite.avatica.AvaticaResultSetMetaData;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.Meta;

/**
 * A result's column descriptions as clients expect them: sizes from {@link JdbcTypeSizes}
 * instead of Calcite's 0 and -1 for VARCHAR and its fractional digits as the precision of a
 * TIMESTAMP, and a column index out of range reported as such (SQLState 07009) instead of an
 * {@code IndexOutOfBoundsException}.
 */
final class IonQResultSetMetaData extends AvaticaResultSetMetaData {
  /** SQLState for a column index that names no column. */
  private static final String INVALID_INDEX = "07009";

  IonQResultSetMetaData(AvaticaStatement statement, Meta.Signature signature) {
    super(statement, null, signature);
  }

  private int checked(int column) throws SQLException {
    int count = getColumnCount();
    if (column < 1 || column > count) {
      throw new SQLException("Column index " + column + " is out of range: the result has "
          + count + (count == 1 ? " column" : " columns"), INVALID_INDEX);
    }
    return column;
  }

  @Override public int getPrecision(int column) throws SQLException {
    return size(checked(column));
  }

  @Override public int getColumnDisplaySize(int column) throws SQLException {
    int type = getColumnType(column);
    int size = size(column);
    return JdbcTypeSizes.isNumeric(type) && type != Types.DOUBLE ? size + 1 : size;
  }

  @Override public int getScale(int column) throws SQLException {
    Integer digits = JdbcTypeSizes.decimalDigits(getColumnType(column),
        super.getScale(column));
    return digits == null ? 0 : digits;
  }

  /** The fractional-second digits of a TIMESTAMP column as Calcite types it (3 for the API's). */
  int timestampFractionDigits(int column) throws SQLException {
    return Math.max(0, super.getPrecision(checked(column)));
  }

  private int size(int column) throws SQLException {
    int type = getColumnType(column);
    int calcite = super.getPrecision(column);
    Integer size = JdbcTypeSizes.columnSize(type,
        type == Types.VARCHAR && calcite <= 0 ? null : calcite);
    return size == null ? calcite : size;
  }

  @Override public boolean isAutoIncrement(int column) throws SQLException {
    return super.isAutoIncrement(checked(column));
  }

  @Override public boolean isCaseSensitive(int column) throws SQLException {
    return super.isCaseSensitive(checked(column));
  }

  @Override public boolean isSearchable(int column) throws SQLException {
    return super.isSearchable(checked(column));
  }

  @Override public boolean isCurrency(int column) throws SQLException {
    return super.isCurrency(checked(column));
  }

  @Override public int isNullable(int column) throws SQLException {
    return super.isNullable(checked(column));
  }

  @Override public boolean isSigned(int column) throws SQLException {
    return super.isSigned(checked(column));
  }

  @Override public String getColumnLabel(int column) throws SQLException {
    return super.getColumnLabel(checked(column));
  }

  @Override public String getColumnName(int column) throws SQLException {
    return super.getColumnName(checked(column));
  }

  @Override public String getSchemaName(int column) throws SQLException {
    return super.getSchemaName(checked(column));
  }

  @Override public String getTableName(int column) throws SQLException {
    return super.getTableName(checked(column));
  }

  @Override public String getCatalogName(int column) throws SQLException {
    return super.getCatalogName(checked(column));
  }

  @Override public int getColumnType(int column) throws SQLException {
    return super.getColumnType(checked(column));
  }

  @Override public String getColumnTypeName(int column) throws SQLException {
    return super.getColumnTypeName(checked(column));
  }

  /** Every column is read-only: the driver never changes the API's data. */
  @Override public boolean isReadOnly(int column) throws SQLException {
    checked(column);
    return true;
  }

  @Override public boolean isWritable(int column) throws SQLException {
    checked(column);
    return false;
  }

  @Override public boolean isDefinitelyWritable(int column) throws SQLException {
    checked(column);
    return false;
  }

  @Override public String getColumnClassName(int column) throws SQLException {
    return super.getColumnClassName(checked(column));
  }

  @Override public <T> T unwrap(Class<T> iface) throws SQLException {
    return Wrappers.unwrap(this, iface);
  }
}
