package io.github.ionqjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ionqjdbc.demo.DemoJobsEndpoint;
import io.github.ionqjdbc.testing.DemoHttpServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scan of thousands of jobs through an API that fails a quarter of its requests. */
class FaultInjectionTest {
  private static List<String> scan(String url, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getTimestamp(3).getTime());
      }
    }
    return rows;
  }

  @Test void mixedFaultsOnAQuarterOfRequestsChangeNoRow() throws Exception {
    try (DemoHttpServer server = new DemoHttpServer(
        DemoJobsEndpoint.withGeneratedData(4000, 5L))) {
      String url = "jdbc:ionq:apiKey=k;pageSize=50;maxRetries=10;retryBaseDelayMs=1;"
          + "readTimeoutMs=1000;baseUrl=" + server.baseUrl();
      String sql = "select id, status, submitted_at from jobs";
      List<String> clean = scan(url, sql);
      assertEquals(4000, clean.size());

      server.injectFaults(0.25, 42L);
      List<String> faulty = scan(url, sql);
      assertTrue(server.faultsInjected() > 10, "faults were injected: "
          + server.faultsInjected());
      assertEquals(clean, faulty, "same rows, same order, none lost or repeated");

      List<String> filtered = scan(url, sql + " where status in ('failed', 'canceled')");
      assertEquals(clean.stream().filter(r -> r.contains("|failed|") || r.contains("|canceled|"))
          .count(), filtered.size());
    }
  }
}
