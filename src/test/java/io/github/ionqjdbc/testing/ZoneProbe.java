package io.github.ionqjdbc.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A JDBC program of a user's, run in a JVM of its own (so in the default time zone that JVM was
 * given): {@code <jdbcUrl> <sql>...} prints, for each statement, {@code getString} and
 * {@code getTimestamp(..).toInstant()} of its first row's first column, one line each.
 */
public final class ZoneProbe {
  private ZoneProbe() {
  }

  public static void main(String[] args) throws SQLException {
    try (Connection c = DriverManager.getConnection(args[0]);
         Statement s = c.createStatement()) {
      for (int i = 1; i < args.length; i++) {
        try (ResultSet rs = s.executeQuery(args[i])) {
          rs.next();
          String shown = rs.getString(1);
          Object instant = rs.getMetaData().getColumnType(1) == java.sql.Types.TIMESTAMP
              ? rs.getTimestamp(1).toInstant() : "-";
          System.out.println(shown + " " + instant);
        }
      }
    }
  }
}
