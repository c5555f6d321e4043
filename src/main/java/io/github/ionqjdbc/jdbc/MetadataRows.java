package io.github.ionqjdbc.jdbc;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Metadata results the driver makes itself (primary keys, generated keys), as real result sets
 * with typed columns: a {@code VALUES} query run by Calcite, so every reader and column
 * description behaves as for any other result.
 */
final class MetadataRows {
  /** A column of such a result: its label and SQL type. */
  record Column(String label, String sqlType) {
  }

  private MetadataRows() {
  }

  static Column column(String label, String sqlType) {
    return new Column(label, sqlType);
  }

  /** A result of one VARCHAR column and no rows. */
  static ResultSet empty(IonQConnection connection, String label) throws SQLException {
    return of(connection, List.of(column(label, "VARCHAR")), List.of());
  }

  /** A result with these columns and rows (values: strings, numbers or null). */
  static ResultSet of(IonQConnection connection, List<Column> columns, List<Object[]> rows)
      throws SQLException {
    StringJoiner names = new StringJoiner(", ", "(", ")");
    columns.forEach(c -> names.add('"' + c.label() + '"'));
    StringJoiner values = new StringJoiner(", ");
    List<Object[]> shown = rows.isEmpty() ? List.<Object[]>of(new Object[columns.size()]) : rows;
    for (Object[] row : shown) {
      StringJoiner cells = new StringJoiner(", ", "(", ")");
      for (int i = 0; i < columns.size(); i++) {
        cells.add("CAST(" + literal(row[i]) + " AS " + columns.get(i).sqlType() + ")");
      }
      values.add(cells.toString());
    }
    String sql = "SELECT * FROM (VALUES " + values + ") AS t" + names
        + (rows.isEmpty() ? " WHERE 1 = 0" : "");
    try {
      Statement s = connection.calcite().createStatement();
      s.closeOnCompletion();
      return new IonQResultSet(null, s.executeQuery(sql), null, 0, connection.zone(), null);
    } catch (Throwable t) {
      throw JdbcErrors.border(t);
    }
  }

  /**
   * The rows of a metadata result of Calcite's that pass {@code filter}, some columns computed
   * by {@code overrides} (by label), in {@code order}: as a result of the same columns and
   * types. For small results (a few tables), as it reads them all.
   */
  static ResultSet sorted(IonQConnection connection, ResultSet raw,
      MetadataResultSet.RowFilter filter, Map<String, MetadataResultSet.ColumnValue> overrides,
      Comparator<Object[]> order) throws SQLException {
    try (ResultSet rs = raw) {
      ResultSetMetaData md = rs.getMetaData();
      List<Column> columns = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        columns.add(column(md.getColumnLabel(i), md.getColumnTypeName(i)
            .replace(" NOT NULL", "").replaceAll("\\(.*\\)$", "")));
      }
      List<Object[]> rows = new ArrayList<>();
      while (rs.next()) {
        if (!filter.keeps(rs)) {
          continue;
        }
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
          MetadataResultSet.ColumnValue override = overrides.get(columns.get(i).label()
              .toUpperCase(java.util.Locale.ROOT));
          row[i] = override != null ? override.of(rs) : rs.getObject(i + 1);
        }
        rows.add(row);
      }
      rows.sort(order);
      return of(connection, columns, rows);
    }
  }

  private static String literal(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Number) {
      return value.toString();
    }
    return "'" + value.toString().replace("'", "''") + "'";
  }
}
