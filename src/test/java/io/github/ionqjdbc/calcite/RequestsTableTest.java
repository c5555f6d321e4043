package io.github.ionqjdbc.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ionqjdbc.demo.DemoApi;
import io.github.ionqjdbc.testing.DemoHttpServer;
import io.github.ionqjdbc.testing.Rows;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ionq.requests} lists what each statement asked and how it was answered; EXPLAIN says
 * when answers may come from the cache. Each test has a server (so a scheduler) of its own.
 */
class RequestsTableTest {
  private static String url(DemoHttpServer server, String extra) {
    return "jdbc:ionq:apiKey=k;validateOnConnect=false;baseUrl=" + server.baseUrl() + extra;
  }

  @Test void listsEachRequestWithHowItWasAnswered() throws Exception {
    try (DemoHttpServer server = new DemoHttpServer(DemoApi.withDefaultData());
         Connection c = DriverManager.getConnection(url(server, ";cacheTtlSeconds=60"))) {
      String backends = Rows.query(c, "SELECT COUNT(*) FROM backends").get(0);
      Rows.query(c, "SELECT COUNT(*) FROM backends");
      Rows.query(c, "SELECT id FROM jobs WHERE status = 'failed' LIMIT 2");

      assertEquals(List.of(
              "/v0.4/backends|200|" + backends + "|sent|1",
              "/v0.4/backends|200|" + backends + "|cached|0",
              "/v0.4/jobs?status=failed&limit=2|200|2|sent|1"),
          Rows.query(c, "SELECT path, status, row_count, outcome, tries FROM requests"));
      // Reading the table asked nothing.
      assertEquals("3", Rows.query(c, "SELECT COUNT(*) FROM requests").get(0));
    }
  }

  @Test void explainSaysWhenAnswersMayComeFromTheCache() throws SQLException, Exception {
    try (DemoHttpServer server = new DemoHttpServer(DemoApi.withDefaultData());
         Connection cached = DriverManager.getConnection(url(server, ";cacheTtlSeconds=90"));
         Connection fresh = DriverManager.getConnection(url(server, ""))) {
      String note = "cache=[answers up to 90 s old may be reused (cacheTtlSeconds)]";
      for (String sql : List.of("SELECT id FROM jobs", "SELECT backend FROM backends",
          "SELECT j.id, p.state FROM jobs j JOIN job_probabilities p ON p.job_id = j.id")) {
        String withCache = String.join("\n", Rows.query(cached, "EXPLAIN PLAN FOR " + sql));
        assertTrue(withCache.contains(note), withCache);
        String without = String.join("\n", Rows.query(fresh, "EXPLAIN PLAN FOR " + sql));
        assertFalse(without.contains("cache="), without);
      }
    }
  }
}
