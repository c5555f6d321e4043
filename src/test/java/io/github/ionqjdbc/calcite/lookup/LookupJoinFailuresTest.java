package io.github.ionqjdbc.calcite.lookup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionqjdbc.testing.FakeApi;
import io.github.ionqjdbc.testing.Fixtures;
import io.github.ionqjdbc.testing.Rows;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Lookups that fail or stall: the statement ends with the driver's SQLStates, within a bounded
 * time. Its own fake API, so requests a stalled server answers late never reach another
 * test's request log.
 */
class LookupJoinFailuresTest {
  @RegisterExtension
  static WireMockExtension wm = FakeApi.extension();

  private static final String V = "/v0.4";

  @BeforeEach void fakeApi() {
    FakeApi.serve(wm, Fixtures.page(List.of(Fixtures.job("j1", "completed"),
        Fixtures.job("j2", "completed")), null));
    wm.stubFor(get(urlPathEqualTo(V + "/jobs/j1/results/probabilities"))
        .willReturn(FakeApi.okJson("{\"0\":1.0}")));
  }

  private static Connection connect(String extra) throws SQLException {
    return DriverManager.getConnection(FakeApi.jdbcUrl(wm, extra));
  }

  private static List<String> rows(ResultSet rs) throws SQLException {
    return Rows.of(rs);
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    return Rows.query(c, sql);
  }

  @Test void aTimeoutReachesTheLookupsInFlight() throws SQLException {
    wm.stubFor(get(urlPathEqualTo(V + "/jobs/j2/results/probabilities"))
        .willReturn(FakeApi.okJson("{\"0\":1.0}").withFixedDelay(5_000)));
    try (Connection c = connect(""); Statement s = c.createStatement()) {
      s.setQueryTimeout(1);
      SQLException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
          java.time.Duration.ofSeconds(10), () -> assertThrows(SQLException.class,
              () -> rows(s.executeQuery("SELECT j.id, p.state FROM jobs j"
                  + " JOIN job_probabilities p ON p.job_id = j.id"))));
      assertEquals("57014", e.getSQLState(), e.getMessage());
    }
  }

  @Test void aFailingLookupFailsTheStatementWithItsSqlState() throws SQLException {
    wm.stubFor(get(urlPathEqualTo(V + "/jobs/j2/results/probabilities"))
        .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"Unauthorized\"}")));
    try (Connection c = connect("")) {
      SQLException e = assertThrows(SQLException.class, () -> rows(c, "SELECT j.id, p.state"
          + " FROM jobs j JOIN job_probabilities p ON p.job_id = j.id"));
      assertEquals("28000", e.getSQLState(), e.getMessage());
    }
  }

}
