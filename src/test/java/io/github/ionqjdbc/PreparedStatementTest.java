package io.github.ionqjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionqjdbc.testing.FakeApi;
import io.github.ionqjdbc.testing.Fixtures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Prepared statements as BI tools use them: shape first, parameters of every type, probes. */
class PreparedStatementTest {
  @RegisterExtension
  static WireMockExtension wm = FakeApi.extension();

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long countPrepared(PreparedStatement p) throws SQLException {
    try (ResultSet rs = p.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test void theResultsShapeIsKnownBeforeExecutionWithoutARequest() throws SQLException {
    FakeApi.serve(wm, Fixtures.read("spec-example-page.json"));
    try (Connection c = DriverManager.getConnection(FakeApi.jdbcUrl(wm, ""));
         PreparedStatement p = c.prepareStatement("select id, shots, submitted_at, dry_run"
             + " from jobs where status = ? and shots > ?")) {
      ResultSetMetaData md = p.getMetaData();
      assertEquals(4, md.getColumnCount());
      assertEquals("id", md.getColumnLabel(1));
      assertEquals(Types.VARCHAR, md.getColumnType(1));
      assertEquals(Types.INTEGER, md.getColumnType(2));
      assertEquals(Types.TIMESTAMP, md.getColumnType(3));
      assertEquals(Types.BOOLEAN, md.getColumnType(4));
      assertEquals(23, md.getPrecision(3), "yyyy-mm-dd hh:mm:ss.fff");
      assertEquals(3, md.getScale(3));
      assertEquals(10, md.getPrecision(2));
      assertEquals(Integer.MAX_VALUE, md.getPrecision(1), "unbounded VARCHAR, as PostgreSQL's text");
      ParameterMetaData params = p.getParameterMetaData();
      assertEquals(2, params.getParameterCount());
      assertEquals(Types.VARCHAR, params.getParameterType(1));
      assertEquals(Types.INTEGER, params.getParameterType(2));
      assertEquals(0, FakeApi.jobRequests(wm).size(), "preparing fetches nothing");
    }
  }

  @Test void aSubSelectProbeReturnsTheShapeWithoutFetchingJobs() throws SQLException {
    FakeApi.serve(wm, Fixtures.read("spec-example-page.json"));
    try (Connection c = DriverManager.getConnection(FakeApi.jdbcUrl(wm, ""));
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select * from (select id, status from jobs"
             + " where backend = 'simulator') t where 1 = 0")) {
      assertEquals(2, rs.getMetaData().getColumnCount());
      assertFalse(rs.next());
    }
    assertEquals(0, FakeApi.jobRequests(wm).size());
  }

  @Test void parametersOfEveryColumnTypeBind() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:ionq:demo=true")) {
      try (PreparedStatement p = c.prepareStatement(
          "select count(*) from jobs where backend = ? and dry_run = ?")) {
        p.setString(1, "simulator");
        p.setBoolean(2, false);
        assertEquals(count(c, "select count(*) from jobs where backend = 'simulator'"
            + " and not dry_run"), countPrepared(p));
      }
      try (PreparedStatement p = c.prepareStatement(
          "select count(*) from jobs where shots = ? or gate_count_1q > ?")) {
        p.setInt(1, 2048);
        p.setLong(2, 2000L);
        assertEquals(count(c, "select count(*) from jobs where shots = 2048"
            + " or gate_count_1q > 2000"), countPrepared(p));
      }
      try (PreparedStatement p = c.prepareStatement(
          "select count(*) from jobs where submitted_at >= ?")) {
        p.setTimestamp(1, Timestamp.from(Instant.parse("2026-10-01T00:00:00Z")));
        long viaParameter = countPrepared(p);
        assertEquals(count(c, "select count(*) from jobs"
            + " where submitted_at >= timestamp '2026-10-01 00:00:00'"), viaParameter);
        assertTrue(viaParameter > 0 && viaParameter < 500);
      }
      try (PreparedStatement p = c.prepareStatement(
          "select count(*) from jobs where status = ? and id <> ?")) {
        p.setObject(1, "failed");
        p.setNull(2, Types.VARCHAR);
        assertEquals(0, countPrepared(p), "id <> NULL is unknown: no rows");
      }
    }
  }

  @Test void maxRowsHoldsForPreparedStatementsToo() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:ionq:demo=true");
         PreparedStatement p = c.prepareStatement("select id from jobs where backend = ?")) {
      p.setString(1, "simulator");
      p.setMaxRows(4);
      int rows = 0;
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          rows++;
        }
      }
      assertEquals(4, rows);
    }
  }

  @Test void statementsRunningTheSameSqlKeepTheirOwnResults() throws SQLException {
    String sql = "select id from jobs where status = 'failed' order by id";
    try (Connection c = DriverManager.getConnection("jdbc:ionq:demo=true");
         Statement a = c.createStatement(); Statement b = c.createStatement()) {
      ResultSet first = a.executeQuery(sql);
      assertTrue(first.next());
      String firstId = first.getString(1);
      ResultSet second = b.executeQuery(sql); // the same SQL on another statement, meanwhile
      assertTrue(second.next());
      assertEquals(firstId, second.getString(1));
      assertTrue(first.next(), "a's result set is still open and moving");
      assertEquals(a, first.getStatement());
      for (int run = 0; run < 3; run++) { // run again and again: the plan is reused
        try (ResultSet again = a.executeQuery(sql)) {
          assertTrue(again.next());
          assertEquals(firstId, again.getString(1));
        }
      }
      assertTrue(first.isClosed(), "re-executing a statement closes its previous result");
    }
  }

  @Test void executeThenGetResultSetAsSqlEditorsDo() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:ionq:demo=true");
         Statement s = c.createStatement()) {
      s.setMaxRows(2);
      for (int run = 0; run < 2; run++) {
        assertTrue(s.execute("select id, status from jobs where status = 'failed'"));
        assertEquals(-1, s.getUpdateCount());
        try (ResultSet rs = s.getResultSet()) {
          assertEquals(s, rs.getStatement());
          assertTrue(rs.next());
          assertTrue(rs.next());
          assertFalse(rs.next(), "max rows holds");
        }
        assertFalse(s.getMoreResults());
      }
      SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
          () -> s.execute("selec id from jobs"));
      assertEquals("42000", e.getSQLState());
      assertTrue(e.getMessage().contains("line 1, column 1"), e.getMessage());
    }
  }

  @Test void aStatementsFetchSizeIsItsPageSize() throws SQLException {
    FakeApi.serve(wm, Fixtures.page(Fixtures.jobs("j", 0, 3), null));
    try (Connection c = DriverManager.getConnection(FakeApi.jdbcUrl(wm, "pageSize=100"));
         Statement s = c.createStatement();
         PreparedStatement p = c.prepareStatement("select id from jobs where backend = ?")) {
      s.setFetchSize(7);
      s.executeQuery("select id from jobs").close();
      p.setString(1, "simulator");
      p.setFetchSize(3);
      p.executeQuery().close();
      s.setFetchSize(0);
      s.executeQuery("select id from jobs").close();
    }
    List<String> limits = FakeApi.jobRequests(wm).stream()
        .map(r -> r.queryParameter("limit").firstValue()).toList();
    assertEquals(List.of("7", "3", "100"), limits, "fetch size, else the pageSize property");
  }

  @Test void maxRowsStopsTheScanEarly() throws SQLException {
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(FakeApi.JOBS_PATH))
        .willReturn(FakeApi.okJson(Fixtures.page(Fixtures.jobs("j", 0, 2), "more"))));
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(FakeApi.JOBS_PATH))
        .withQueryParam("next", com.github.tomakehurst.wiremock.client.WireMock.matching(".+"))
        .willReturn(FakeApi.okJson(Fixtures.page(Fixtures.jobs("k", 0, 2), null))));
    try (Connection c = DriverManager.getConnection(FakeApi.jdbcUrl(wm, "pageSize=2"));
         Statement s = c.createStatement()) {
      s.setMaxRows(3);
      s.setFetchSize(2);
      assertEquals(2, s.getFetchSize());
      int rows = 0;
      try (ResultSet rs = s.executeQuery("select id from jobs")) {
        while (rs.next()) {
          rows++;
        }
      }
      assertEquals(3, rows);
    }
    assertEquals(2, FakeApi.jobRequests(wm).size(), "two pages hold three rows");
  }
}
