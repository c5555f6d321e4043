package io.github.ionqjdbc.calcite;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.ionqjdbc.testing.FakeApi.JOBS_PATH;
import static io.github.ionqjdbc.testing.FakeApi.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionqjdbc.testing.JobColumns;
import io.github.ionqjdbc.testing.FakeApi;
import io.github.ionqjdbc.testing.Fixtures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The jobs table as a JDBC user sees it, against a fake API. */
class JobsTableTest {
  @RegisterExtension
  static WireMockExtension wm = FakeApi.extension();

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(FakeApi.jdbcUrl(wm, "pageSize=2"));
  }

  @Test void everyColumnHasTheContractsNameAndType() throws SQLException {
    FakeApi.serve(wm, Fixtures.read("spec-example-page.json"));
    try (Connection c = connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select * from jobs")) {
      ResultSetMetaData md = rs.getMetaData();
      assertEquals(JobColumns.count(), md.getColumnCount());
      Map<String, Integer> expected = Map.ofEntries(
          Map.entry("dry_run", Types.BOOLEAN), Map.entry("submitted_at", Types.TIMESTAMP),
          Map.entry("started_at", Types.TIMESTAMP), Map.entry("completed_at", Types.TIMESTAMP),
          Map.entry("predicted_wait_time_ms", Types.INTEGER),
          Map.entry("predicted_execution_duration_ms", Types.INTEGER),
          Map.entry("execution_duration_ms", Types.INTEGER), Map.entry("shots", Types.INTEGER),
          Map.entry("noise_seed", Types.INTEGER), Map.entry("qubits", Types.INTEGER),
          Map.entry("circuits", Types.INTEGER), Map.entry("gate_count_1q", Types.BIGINT),
          Map.entry("gate_count_2q", Types.BIGINT),
          Map.entry("predicted_quantum_compute_time_us", Types.BIGINT),
          Map.entry("billed_quantum_compute_time_us", Types.BIGINT));
      List<String> contract = List.of("id", "status", "type", "backend", "dry_run",
          "submitter_id", "project_id", "parent_job_id", "session_id", "name", "metadata",
          "submitted_at", "started_at", "completed_at", "predicted_wait_time_ms",
          "predicted_execution_duration_ms", "execution_duration_ms", "shots", "noise_model",
          "noise_seed", "failure_code", "failure_message", "qubits", "circuits", "gate_count_1q",
          "gate_count_2q", "predicted_quantum_compute_time_us", "billed_quantum_compute_time_us",
          "settings", "stats", "output", "results");
      for (int i = 1; i <= md.getColumnCount(); i++) {
        String name = md.getColumnName(i);
        assertEquals(contract.get(i - 1), name);
        assertEquals(expected.getOrDefault(name, Types.VARCHAR), md.getColumnType(i), name);
      }
    }
  }

  @Test void theSpecsExampleJobReadsBackValueForValue() throws SQLException {
    FakeApi.serve(wm, Fixtures.read("spec-example-page.json"));
    try (Connection c = connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select * from jobs")) {
      assertTrue(rs.next());
      assertEquals(Fixtures.SPEC_JOB_ID, rs.getString("id"));
      assertEquals("completed", rs.getString("status"));
      assertEquals("ionq.circuit.v1", rs.getString("type"));
      assertEquals("simulator", rs.getString("backend"));
      assertEquals(Boolean.FALSE, rs.getObject("dry_run"));
      assertEquals("64b03577072d45001c85e9c4", rs.getString("submitter_id"));
      assertEquals("1333d459-cf47-4a5e-acc1-8d4eb4f7b025", rs.getString("project_id"));
      assertEquals(Instant.parse("2025-05-28T20:47:05.440Z"),
          rs.getTimestamp("submitted_at").toInstant());
      assertEquals(1000, rs.getObject("shots"));
      assertEquals("ideal", rs.getString("noise_model"));
      assertEquals(20, rs.getInt("qubits"));
      assertEquals(1, rs.getInt("circuits"));
      assertEquals(1028L, rs.getObject("gate_count_1q"));
      assertEquals(110L, rs.getObject("gate_count_2q"));
      assertEquals(5000L, rs.getObject("predicted_quantum_compute_time_us"));
      assertEquals(5200L, rs.getObject("billed_quantum_compute_time_us"));
      assertEquals("{\"compilation\":{}}", rs.getString("settings"));
      assertEquals("{}", rs.getString("output"));
      assertTrue(rs.getString("stats").startsWith("{\"qubits\":20"));
      for (String nullColumn : List.of("parent_job_id", "session_id", "metadata", "name",
          "started_at", "completed_at", "predicted_wait_time_ms",
          "predicted_execution_duration_ms", "execution_duration_ms", "noise_seed",
          "failure_code", "failure_message")) {
        assertNull(rs.getObject(nullColumn), nullColumn);
      }
      assertFalse(rs.next());
    }
  }

  @Test void nullsInEveryNullableFieldReadAsSqlNull() throws SQLException {
    FakeApi.serve(wm, Fixtures.read("full-and-sparse-page.json"));
    try (Connection c = connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select * from jobs where status = 'submitted'")) {
      assertTrue(rs.next());
      for (JobColumns.Column column : JobColumns.all()) {
        if (column.nullable() && !List.of(JobColumns.column("status"), JobColumns.column("type"), JobColumns.column("backend"),
            JobColumns.column("dry_run"), JobColumns.column("submitter_id"), JobColumns.column("submitted_at"))
            .contains(column)) {
          assertNull(rs.getObject(column.columnName()), column.columnName());
          rs.getInt(column.columnName());
          assertTrue(rs.wasNull(), column.columnName());
        }
      }
    }
  }

  @Test void timestampsAreTheApisInstantsWhateverTheJvmTimeZone() throws SQLException {
    FakeApi.serve(wm, Fixtures.read("full-and-sparse-page.json"));
    TimeZone saved = TimeZone.getDefault();
    try {
      for (String zone : List.of("Asia/Kolkata", "America/Los_Angeles", "UTC")) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select submitted_at, completed_at from jobs"
                 + " where status = 'failed'")) {
          assertTrue(rs.next());
          assertEquals(Instant.parse("2026-03-01T08:00:00.250Z"),
              rs.getTimestamp(1).toInstant(), zone);
          assertEquals(Instant.parse("2026-03-01T08:06:30.500Z"),
              rs.getObject(2, Timestamp.class).toInstant(), zone);
        }
      }
    } finally {
      TimeZone.setDefault(saved);
    }
  }

  @Test void sumOfAnIntegerColumnIsBigintAndDoesNotWrap() throws SQLException {
    List<Map<String, Object>> jobs = Fixtures.jobs("j", 0, 3);
    jobs.forEach(j -> j.put("shots", 2_000_000_000));
    FakeApi.serve(wm, Fixtures.page(jobs, null));
    try (Connection c = connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select sum(shots), avg(shots), count(*) from jobs")) {
      assertTrue(rs.next());
      assertEquals(Types.BIGINT, rs.getMetaData().getColumnType(1));
      assertEquals(6_000_000_000L, rs.getLong(1));
      assertEquals(2.0e9, rs.getDouble(2));
    }
  }

  @Test void averagesOfIntegersKeepTheirFraction() throws SQLException {
    List<Map<String, Object>> jobs = Fixtures.jobs("j", 0, 2);
    jobs.get(0).put("shots", 1);
    jobs.get(1).put("shots", 2);
    FakeApi.serve(wm, Fixtures.page(jobs, null));
    try (Connection c = connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select avg(shots) from jobs")) {
      assertTrue(rs.next());
      assertEquals(1.5, rs.getDouble(1));
    }
  }

  @Test void unquotedIdentifiersAreCaseInsensitive() throws SQLException {
    FakeApi.serve(wm, Fixtures.read("spec-example-page.json"));
    try (Connection c = connect(); Statement s = c.createStatement()) {
      for (String sql : List.of("select STATUS from Jobs", "SELECT Status FROM IONQ.JOBS",
          "select \"status\" from \"jobs\"")) {
        try (ResultSet rs = s.executeQuery(sql)) {
          assertTrue(rs.next(), sql);
          assertEquals("completed", rs.getString(1), sql);
          assertEquals("status", rs.getMetaData().getColumnLabel(1), sql);
        }
      }
    }
  }

  @Test void jsonColumnsWorkWithJsonValue() throws SQLException {
    FakeApi.serve(wm, Fixtures.read("full-and-sparse-page.json"));
    try (Connection c = connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select json_value(metadata, '$.team'),"
             + " json_value(settings, '$.error_mitigation.debiasing')"
             + " from jobs where metadata is not null")) {
      assertTrue(rs.next());
      assertEquals("chemistry", rs.getString(1));
      assertEquals("true", rs.getString(2));
      assertFalse(rs.next());
    }
  }

  private static void serveThreePages() {
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("next", absent())
        .willReturn(okJson(Fixtures.page(Fixtures.jobs("j", 0, 2), "c1"))));
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("next", equalTo("c1"))
        .willReturn(okJson(Fixtures.page(Fixtures.jobs("j", 2, 4), "c2"))));
    wm.stubFor(get(urlPathEqualTo(JOBS_PATH)).withQueryParam("next", equalTo("c2"))
        .willReturn(okJson(Fixtures.page(Fixtures.jobs("j", 4, 6), null))));
  }

  @Test void closingAResultSetMidScanMakesNoFurtherRequests() throws Exception {
    serveThreePages();
    try (Connection c = DriverManager.getConnection(FakeApi.jdbcUrl(wm,
        "pageSize=2;prefetch=false")); Statement s = c.createStatement()) {
      ResultSet rs = s.executeQuery("select id from jobs");
      assertTrue(rs.next());
      rs.close();
      Thread.sleep(200);
      assertEquals(1, FakeApi.jobRequests(wm).size());
      try (ResultSet again = s.executeQuery("select id from jobs")) {
        int n = 0;
        while (again.next()) {
          n++;
        }
        assertEquals(6, n, "a full scan follows the cursor to the end");
      }
    }
  }

  @Test void prefetchReadsAtMostOnePageAheadAndStopsAtClose() throws Exception {
    serveThreePages();
    try (Connection c = connect(); Statement s = c.createStatement()) {
      ResultSet rs = s.executeQuery("select id from jobs");
      assertTrue(rs.next());
      // Page 1 is being read, page 2 is fetched meanwhile; page 3 waits for page 2's reader.
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (FakeApi.jobRequests(wm).size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      Thread.sleep(200);
      assertEquals(2, FakeApi.jobRequests(wm).size(), "one page ahead, not more");
      rs.close();
      Thread.sleep(200);
      assertEquals(2, FakeApi.jobRequests(wm).size(), "nothing after close");
    }
  }
}
