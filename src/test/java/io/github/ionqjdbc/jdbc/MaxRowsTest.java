package io.github.ionqjdbc.jdbc;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionqjdbc.testing.FakeApi;
import io.github.ionqjdbc.testing.Fixtures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code setMaxRows(n)} reaches the scan: DBeaver's first fetch (200 rows, pages of 100) asks
 * for two pages, not three or four; neither the result set's look-ahead nor the prefetch asks
 * past row n.
 */
class MaxRowsTest {
  @RegisterExtension
  static WireMockExtension wm = FakeApi.extension();

  /** Five pages of 100 jobs. */
  @BeforeEach void fivePages() {
    for (int page = 0; page < 5; page++) {
      wm.stubFor(get(urlPathEqualTo(FakeApi.JOBS_PATH))
          .withQueryParam("next", page == 0 ? absent() : equalTo("c" + page))
          .willReturn(FakeApi.okJson(Fixtures.page(Fixtures.jobs("p" + page, 0, 100),
              page == 4 ? null : "c" + (page + 1)))));
    }
  }

  private static int drain(ResultSet rs) throws SQLException {
    int n = 0;
    while (rs.next()) {
      n++;
    }
    return n;
  }

  @Test void aPlainStatementsMaxRowsAsksForNoPagePastIt() throws SQLException {
    try (Connection c = DriverManager.getConnection(FakeApi.jdbcUrl(wm, ""));
         Statement s = c.createStatement()) {
      s.setMaxRows(200);
      s.setFetchSize(100);
      try (ResultSet rs = s.executeQuery("SELECT * FROM jobs")) {
        assertEquals(200, drain(rs));
      }
    }
    assertEquals(List.of("100", "100"), FakeApi.jobRequests(wm).stream()
        .map(r -> r.queryParameter("limit").firstValue()).toList());
  }

  @Test void aPreparedStatementsMaxRowsAsksForNoPagePastIt() throws SQLException {
    try (Connection c = DriverManager.getConnection(FakeApi.jdbcUrl(wm, "pageSize=100"));
         PreparedStatement p = c.prepareStatement("SELECT id, status FROM jobs")) {
      p.setMaxRows(150);
      try (ResultSet rs = p.executeQuery()) {
        assertEquals(150, drain(rs));
      }
    }
    assertEquals(List.of("100", "50"), FakeApi.jobRequests(wm).stream()
        .map(r -> r.queryParameter("limit").firstValue()).toList());
  }

  @Test void aFilterTheDriverEvaluatesStillStopsAtMaxRows() throws SQLException {
    try (Connection c = DriverManager.getConnection(FakeApi.jdbcUrl(wm, "pageSize=100"));
         Statement s = c.createStatement()) {
      s.setMaxRows(10);
      try (ResultSet rs = s.executeQuery("SELECT id FROM jobs WHERE shots > 0")) {
        assertEquals(10, drain(rs));
      }
    }
  }
}
