package io.github.ionqjdbc.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A whole process that runs one scan through the driver and exits: {@code <jdbcUrl> count}
 * ({@code COUNT(*), SUM(shots)}), {@code <jdbcUrl> star} ({@code SELECT *}, every column read
 * with getObject) or {@code <jdbcUrl> limit5} ({@code SELECT id, status FROM jobs LIMIT 5}, the
 * first answer of a cold program). Run on the shaded jar, as a script or CI job would.
 */
public final class WholeProcessScan {
  private WholeProcessScan() {
  }

  public static void main(String[] args) throws Exception {
    long n = 0;
    try (Connection c = DriverManager.getConnection(args[0]);
         Statement s = c.createStatement()) {
      if (args[1].equals("limit5")) {
        try (ResultSet rs = s.executeQuery("select id, status from jobs limit 5")) {
          while (rs.next()) {
            n += rs.getString(1).length() + rs.getString(2).length();
          }
        }
      } else if (args[1].equals("count")) {
        try (ResultSet rs = s.executeQuery("select count(*), sum(shots) from jobs")) {
          rs.next();
          n = rs.getLong(1);
        }
      } else {
        try (ResultSet rs = s.executeQuery("select * from jobs")) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              if (rs.getObject(i) != null) {
                n++;
              }
            }
          }
        }
      }
    }
    System.out.println("n=" + n);
    System.exit(0);
  }
}
