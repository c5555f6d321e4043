package io.github.ionqjdbc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.ionqjdbc.testing.FakeApi.JOBS_PATH;
import static io.github.ionqjdbc.testing.FakeApi.TEST_KEY;
import static io.github.ionqjdbc.testing.FakeApi.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionqjdbc.testing.FakeApi;
import io.github.ionqjdbc.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Failures as a JDBC user meets them: an {@code SQLException} with the driver's message on top
 * and a proper SQLState, from {@code executeQuery} or from deep inside {@code next()}, within a
 * bounded time, and never with the key in it.
 */
class JdbcErrorsTest {
  @RegisterExtension
  static WireMockExtension wm = FakeApi.extension();

  /** Generous bound for "stops promptly": proves no hang without timing the driver. */
  private static final long PROMPTLY_SECONDS = 10;

  private static Connection connect(String extra) throws SQLException {
    return DriverManager.getConnection(FakeApi.jdbcUrl(wm, extra));
  }

  private static SQLException scanFails(Connection c) {
    return assertThrows(SQLException.class, () -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "select id from jobs")) {
        while (rs.next()) {
          rs.getString(1);
        }
      }
    });
  }

  private static void assertNoKey(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains(TEST_KEY), t.toString());
    }
  }

  @Test void aRejectedKeyIsSqlState28000WithTheApisWords() throws SQLException {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"statusCode\":401,\"error\":\"Unauthorized\","
            + "\"message\":\"Invalid API key\"}")));
    try (Connection c = connect("")) {
      SQLException e = scanFails(c);
      assertEquals("28000", e.getSQLState());
      assertTrue(e.getMessage().startsWith("IonQ rejected the API key (HTTP 401): check the"
          + " apiKey property or IONQ_API_KEY"), e.getMessage());
      assertTrue(e.getMessage().contains("Invalid API key"), e.getMessage());
      assertNoKey(e);
    }
  }

  @Test void aBrokenLaterPageSurfacesFromNextWithItsOwnMessage() throws SQLException {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("next", absent())
        .willReturn(okJson(Fixtures.page(Fixtures.jobs("j", 0, 2), "c1"))));
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("next", equalTo("c1"))
        .willReturn(okJson("{\"jobs\":[{\"id\":\"j-2\",")));
    try (Connection c = connect("pageSize=2"); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select id from jobs")) {
      assertTrue(rs.next(), "the first page is fine");
      // Calcite's iterator reads one row ahead, so the failure of page 2 may surface while
      // moving to the last row of page 1.
      SQLException e = assertThrows(SQLException.class, () -> {
        while (rs.next()) {
          rs.getString(1);
        }
      });
      assertEquals("22000", e.getSQLState());
      assertTrue(e.getMessage().startsWith("The IonQ API sent a malformed page at http://"),
          e.getMessage());
      assertTrue(e.getMessage().contains("next=c1"), e.getMessage());
    }
  }

  @Test void aRepeatingCursorIsAnErrorNotAHang() throws SQLException {
    FakeApi.serve(wm, Fixtures.page(Fixtures.jobs("j", 0, 1), "again"));
    try (Connection c = connect("")) {
      SQLException e = scanFails(c);
      assertEquals("08P01", e.getSQLState());
    }
  }

  @Test void queryTimeoutStopsAScanStalledOnTheServer() throws SQLException {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).willReturn(
        okJson(Fixtures.page(List.of(), null)).withFixedDelay(30_000)));
    try (Connection c = connect("readTimeoutMs=60000"); Statement s = c.createStatement()) {
      s.setQueryTimeout(1);
      long start = System.nanoTime();
      SQLException e = assertThrows(SQLException.class, () -> {
        try (ResultSet rs = s.executeQuery("select id from jobs")) {
          rs.next();
        }
      });
      assertEquals("57014", e.getSQLState());
      assertTrue(e.getMessage().contains("timed out"), e.getMessage());
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(PROMPTLY_SECONDS));
    }
  }

  @Test void cancelFromAnotherThreadStopsABackoff() throws Exception {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).willReturn(aResponse().withStatus(503)
        .withHeader("Retry-After", "60")));
    assertCancelStops(connect(""));
  }

  @Test void cancelFromAnotherThreadStopsABlockedRead() throws Exception {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).willReturn(
        okJson(Fixtures.page(List.of(), null)).withFixedDelay(30_000)));
    assertCancelStops(connect("readTimeoutMs=60000"));
  }

  private static void assertCancelStops(Connection c) throws Exception {
    ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
    try (c; Statement s = c.createStatement()) {
      CompletableFuture<SQLException> outcome = CompletableFuture.supplyAsync(() -> {
        try (ResultSet rs = s.executeQuery("select id from jobs")) {
          rs.next();
          return null;
        } catch (SQLException e) {
          return e;
        }
      });
      canceller.schedule(() -> {
        s.cancel();
        return null;
      }, 300, TimeUnit.MILLISECONDS);
      SQLException e = outcome.get(PROMPTLY_SECONDS, TimeUnit.SECONDS);
      assertEquals("57014", e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().contains("cancelled"), e.getMessage());
    } finally {
      canceller.shutdownNow();
    }
  }

  @Test void sqlMistakesSayWhatIsWrongWithAStandardSqlState() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:ionq:demo=true");
         Statement s = c.createStatement()) {
      Map<String, String[]> cases = Map.of(
          "select nope from jobs", new String[] {"42000", "Column 'nope' not found"},
          "select * from nojobs", new String[] {"42000", "Object 'nojobs' not found"},
          "select id from jobs where", new String[] {"42000", "line 1, column"},
          "select cast(name as integer) from jobs where name is not null",
          new String[] {"22018", "cannot convert"},
          "select 1 / (shots - shots) from jobs where shots is not null",
          new String[] {"22012", "zero"});
      cases.forEach((sql, expected) -> {
        SQLException e = assertThrows(SQLException.class, () -> {
          try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
              rs.getObject(1);
            }
          }
        }, sql);
        assertEquals(expected[0], e.getSQLState(), sql + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(expected[1]), sql + ": " + e.getMessage());
        assertFalse(e.getMessage().startsWith("Error while"), e.getMessage());
      });
    }
  }

  @Test void theKeyNeverReachesTheLogs() throws Exception {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).willReturn(aResponse().withStatus(503)
        .withBody("overloaded; your key was " + TEST_KEY)));
    try (Connection c = connect("maxRetries=2")) {
      assertNoKey(scanFails(c));
    }
    Path log = Path.of(System.getProperty("org.slf4j.simpleLogger.logFile",
        "target/test-driver.log"));
    String text = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(text.contains("retry 1 of 2"), "retries are logged at WARN");
    assertTrue(text.contains("GET http://127.0.0.1:"), "requests are logged at DEBUG");
    assertFalse(text.contains(TEST_KEY), "the key is not in " + log);
  }
}
