package io.github.ionqjdbc.cli;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/** RFC 4180 CSV with a header line; NULL is an empty field. */
final class CsvPrinter implements ResultPrinter {
  @Override public long print(ResultSet rs, PrintWriter out) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    StringBuilder line = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      line.append(i > 1 ? "," : "").append(quote(md.getColumnLabel(i)));
    }
    out.print(line.append("\r\n"));
    long count = 0;
    while (rs.next()) {
      line.setLength(0);
      for (int i = 1; i <= n; i++) {
        String v = rs.getString(i);
        line.append(i > 1 ? "," : "").append(v == null ? "" : quote(v));
      }
      out.print(line.append("\r\n"));
      count++;
    }
    return count;
  }

  static String quote(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
