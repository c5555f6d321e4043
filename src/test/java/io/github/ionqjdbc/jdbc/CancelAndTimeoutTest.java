package io.github.ionqjdbc.jdbc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionqjdbc.testing.FakeApi;
import io.github.ionqjdbc.testing.Fixtures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.calcite.runtime.Hook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code cancel()} and the query timeout end a statement at any moment of its life with
 * SQLState 57014, and a cancelled statement is never what a later execution gets.
 */
class CancelAndTimeoutTest {
  @RegisterExtension
  static WireMockExtension wm = FakeApi.extension();

  /** Generous bound for "ends promptly": proves no hang without timing the driver. */
  private static final Duration PROMPTLY = Duration.ofSeconds(10);
  private static final ScheduledExecutorService LATER = Executors.newSingleThreadScheduledExecutor(
      r -> {
        Thread t = new Thread(r, "test-canceller");
        t.setDaemon(true);
        return t;
      });

  @AfterAll static void stop() {
    LATER.shutdownNow();
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(FakeApi.jdbcUrl(wm, "pageSize=2"));
  }

  /** Two pages of two jobs, the second one slow when asked. */
  private static void twoPages(int secondPageDelayMs) {
    wm.stubFor(get(urlPathEqualTo(FakeApi.JOBS_PATH)).withQueryParam("next", absent())
        .willReturn(FakeApi.okJson(Fixtures.page(Fixtures.jobs("a", 0, 2), "c1"))));
    wm.stubFor(get(urlPathEqualTo(FakeApi.JOBS_PATH)).withQueryParam("next", equalTo("c1"))
        .willReturn(FakeApi.okJson(Fixtures.page(Fixtures.jobs("b", 0, 2), null))
            .withFixedDelay(secondPageDelayMs)));
  }

  private static int drain(ResultSet rs) throws SQLException {
    int n = 0;
    while (rs.next()) {
      n++;
    }
    return n;
  }

  @Test void aCancelWhileTheStatementIsPlannedEndsItBeforeAnyRequest() throws SQLException {
    twoPages(0);
    try (Connection c = connect(); Statement s = c.createStatement()) {
      SQLException e;
      // The parser hook runs on the executing thread, in the middle of planning.
      try (Hook.Closeable whilePlanning = Hook.PARSE_TREE.addThread(parsed -> {
        try {
          s.cancel();
        } catch (SQLException impossible) {
          throw new AssertionError(impossible);
        }
      })) {
        e = assertThrows(SQLException.class, () -> s.executeQuery("SELECT id FROM jobs"));
      }
      assertEquals("57014", e.getSQLState(), e.getMessage());
      assertEquals(0, FakeApi.jobRequests(wm).size(), "no request after the cancel");
      try (ResultSet rs = s.executeQuery("SELECT id FROM jobs")) {
        assertEquals(4, drain(rs), "the next execution is not cancelled");
      }
    }
  }

  @Test void aCancelWhileAPageIsInFlightEndsThePageRequestPromptly() throws SQLException {
    twoPages(30_000);
    try (Connection c = connect(); Statement s = c.createStatement()) {
      SQLException e = assertTimeoutPreemptively(PROMPTLY, () -> assertThrows(
          SQLException.class, () -> {
            try (ResultSet rs = s.executeQuery("SELECT id FROM jobs")) {
              LATER.schedule(() -> {
                s.cancel();
                return null;
              }, 300, TimeUnit.MILLISECONDS);
              drain(rs); // blocks on the slow second page until the cancel
            }
          }));
      assertEquals("57014", e.getSQLState(), e.getMessage());
    }
  }

  @Test void aCancelledPlainStatementDoesNotSpoilTheSameSqlOnAnotherStatement()
      throws SQLException {
    twoPages(0);
    try (Connection c = connect()) {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM jobs")) {
        rs.next();
        s.cancel();
        SQLException e = assertThrows(SQLException.class, rs::next);
        assertEquals("57014", e.getSQLState());
      }
      try (Statement again = c.createStatement();
           ResultSet rs = again.executeQuery("SELECT id FROM jobs")) {
        assertEquals(4, drain(rs));
      }
    }
  }

  @Test void aCancelledPreparedStatementRunsAgain() throws SQLException {
    twoPages(0);
    try (Connection c = connect();
         PreparedStatement p = c.prepareStatement("SELECT id FROM jobs WHERE status = ?")) {
      p.setString(1, "completed");
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        p.cancel();
        assertEquals("57014", assertThrows(SQLException.class, rs::next).getSQLState());
      }
      try (ResultSet rs = p.executeQuery()) {
        assertEquals(4, drain(rs));
      }
    }
  }

  @Test void aCancelDuringTheBackoffOfARetryEndsItPromptly() throws SQLException {
    wm.stubFor(get(urlPathEqualTo(FakeApi.JOBS_PATH)).willReturn(aResponse().withStatus(503)
        .withHeader("Retry-After", "60")));
    try (Connection c = connect(); Statement s = c.createStatement()) {
      LATER.schedule(() -> {
        s.cancel();
        return null;
      }, 500, TimeUnit.MILLISECONDS);
      SQLException e = assertTimeoutPreemptively(PROMPTLY, () -> assertThrows(
          SQLException.class, () -> drain(s.executeQuery("SELECT id FROM jobs"))));
      assertEquals("57014", e.getSQLState(), e.getMessage());
    }
  }

  @Test void theQueryTimeoutCountsFromExecuteAndEndsASlowScan() throws SQLException {
    twoPages(30_000);
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.setQueryTimeout(1);
      SQLException e = assertTimeoutPreemptively(PROMPTLY, () -> assertThrows(
          SQLException.class, () -> drain(s.executeQuery("SELECT id FROM jobs"))));
      assertEquals("57014", e.getSQLState(), e.getMessage());
      assertInstanceOf(SQLTimeoutException.class, e);
    }
  }
}
