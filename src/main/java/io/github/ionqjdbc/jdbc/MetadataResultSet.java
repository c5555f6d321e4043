package io.github.ionqjdbc.jdbc;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * A metadata result of Calcite's, with only the rows a filter keeps and some columns shown
 * differently: Calcite's answers are right in shape but match names case-sensitively and lack
 * what GUI clients show (column remarks, JDBC's sizes). Each overridden column's value is
 * computed from the current row of Calcite's result.
 */
final class MetadataResultSet extends IonQResultSet {
  /** Computes a column's value from the underlying result set, positioned on a row. */
  @FunctionalInterface
  interface ColumnValue {
    Object of(ResultSet row) throws SQLException;
  }

  /** Whether a row of the underlying result set is kept. */
  @FunctionalInterface
  interface RowFilter {
    boolean keeps(ResultSet row) throws SQLException;
  }

  private final RowFilter filter;
  /** Overridden columns by index (1..n); null where Calcite's value is shown. */
  private final ColumnValue[] overrides;
  private Boolean lastReadWasNull;

  MetadataResultSet(ResultSet raw, ZoneId zone, RowFilter filter,
      Map<String, ColumnValue> overridesByLabel) throws SQLException {
    super(null, raw, null, 0, zone, null);
    this.filter = filter;
    ResultSetMetaData md = raw.getMetaData();
    this.overrides = new ColumnValue[md.getColumnCount() + 1];
    for (int i = 1; i < overrides.length; i++) {
      overrides[i] = overridesByLabel.get(md.getColumnLabel(i).toUpperCase(Locale.ROOT));
    }
  }

  @Override public boolean next() throws SQLException {
    lastReadWasNull = null;
    while (super.next()) {
      if (filter.keeps(delegate)) {
        return true;
      }
    }
    return false;
  }

  private ColumnValue override(int column) {
    return column > 0 && column < overrides.length ? overrides[column] : null;
  }

  /** The overridden value of a column, noting whether it was null. */
  private Object overridden(ColumnValue value) throws SQLException {
    Object v = value.of(delegate);
    lastReadWasNull = v == null;
    return v;
  }

  @Override public boolean wasNull() throws SQLException {
    return lastReadWasNull != null ? lastReadWasNull : super.wasNull();
  }

  @Override public String getString(int column) throws SQLException {
    ColumnValue o = override(column);
    if (o == null) {
      lastReadWasNull = null;
      return super.getString(column);
    }
    Object v = overridden(o);
    return v == null ? null : v.toString();
  }

  @Override public Object getObject(int column) throws SQLException {
    ColumnValue o = override(column);
    if (o == null) {
      lastReadWasNull = null;
      return super.getObject(column);
    }
    return overridden(o);
  }

  @Override public int getInt(int column) throws SQLException {
    ColumnValue o = override(column);
    if (o == null) {
      lastReadWasNull = null;
      return super.getInt(column);
    }
    Object v = overridden(o);
    return v == null ? 0 : ((Number) v).intValue();
  }

  @Override public long getLong(int column) throws SQLException {
    ColumnValue o = override(column);
    if (o == null) {
      lastReadWasNull = null;
      return super.getLong(column);
    }
    Object v = overridden(o);
    return v == null ? 0 : ((Number) v).longValue();
  }

  @Override public short getShort(int column) throws SQLException {
    ColumnValue o = override(column);
    if (o == null) {
      lastReadWasNull = null;
      return super.getShort(column);
    }
    Object v = overridden(o);
    return v == null ? 0 : ((Number) v).shortValue();
  }
}
