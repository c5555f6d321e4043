package io.github.ionqjdbc.cli;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned text table. Column widths come from the header and the first
 * {@value #WIDTH_SAMPLE} rows; later rows are printed as they stream in, so memory stays bounded
 * however long the result.
 */
final class TablePrinter implements ResultPrinter {
  static final int WIDTH_SAMPLE = 500;
  private static final int MAX_WIDTH = 60;

  @Override public long print(ResultSet rs, PrintWriter out) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    int[] width = new int[n];
    boolean[] numeric = new boolean[n];
    String[] header = new String[n];
    for (int i = 0; i < n; i++) {
      header[i] = md.getColumnLabel(i + 1);
      width[i] = header[i].length();
      numeric[i] = isNumeric(md.getColumnType(i + 1));
    }
    List<String[]> sample = new ArrayList<>();
    boolean more = true;
    while (sample.size() < WIDTH_SAMPLE && (more = rs.next())) {
      String[] row = cells(rs, n);
      for (int i = 0; i < n; i++) {
        width[i] = Math.min(MAX_WIDTH, Math.max(width[i], row[i].length()));
      }
      sample.add(row);
    }
    String rule = rule(width);
    out.println(rule);
    out.println(line(header, width, new boolean[n]));
    out.println(rule);
    long count = 0;
    for (String[] row : sample) {
      out.println(line(row, width, numeric));
      count++;
    }
    while (more && rs.next()) {
      out.println(line(cells(rs, n), width, numeric));
      count++;
    }
    out.println(rule);
    out.println("(" + count + (count == 1 ? " row)" : " rows)"));
    return count;
  }

  private static String[] cells(ResultSet rs, int n) throws SQLException {
    String[] row = new String[n];
    for (int i = 0; i < n; i++) {
      String v = rs.getString(i + 1);
      row[i] = v == null ? "NULL" : v.replace('\n', ' ').replace('\r', ' ');
    }
    return row;
  }

  private static String line(String[] cells, int[] width, boolean[] rightAlign) {
    StringBuilder b = new StringBuilder("|");
    for (int i = 0; i < cells.length; i++) {
      String c = cells[i].length() > width[i] ? cells[i].substring(0, width[i] - 1) + "~"
          : cells[i];
      String pad = " ".repeat(width[i] - c.length());
      b.append(' ').append(rightAlign[i] ? pad + c : c + pad).append(" |");
    }
    return b.toString();
  }

  private static String rule(int[] width) {
    StringBuilder b = new StringBuilder("+");
    for (int w : width) {
      b.append("-".repeat(w + 2)).append('+');
    }
    return b.toString();
  }

  private static boolean isNumeric(int type) {
    switch (type) {
      case java.sql.Types.TINYINT: case java.sql.Types.SMALLINT: case java.sql.Types.INTEGER:
      case java.sql.Types.BIGINT: case java.sql.Types.DECIMAL: case java.sql.Types.NUMERIC:
      case java.sql.Types.REAL: case java.sql.Types.FLOAT: case java.sql.Types.DOUBLE:
        return true;
      default:
        return false;
    }
  }
}
