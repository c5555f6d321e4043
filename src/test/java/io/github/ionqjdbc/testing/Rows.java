package io.github.ionqjdbc.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Whole answers to compare: each row as its values' getString, joined by {@code |}. */
public final class Rows {
  private Rows() {
  }

  /** The remaining rows of {@code rs}. */
  public static List<String> of(ResultSet rs) throws SQLException {
    List<String> out = new ArrayList<>();
    int n = rs.getMetaData().getColumnCount();
    while (rs.next()) {
      StringBuilder row = new StringBuilder();
      for (int i = 1; i <= n; i++) {
        row.append(i > 1 ? "|" : "").append(rs.getString(i));
      }
      out.add(row.toString());
    }
    return out;
  }

  /** The rows of a query run on a new statement. */
  public static List<String> query(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return of(rs);
    }
  }
}
