package io.github.ionqjdbc.calcite.scan;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.ionqjdbc.testing.FakeApi;
import io.github.ionqjdbc.testing.Rows;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The exact requests each declared table makes for each predicate form, asserted from the
 * fake API's request log after the statement has ended; and the rows, re-checked even where
 * the API ignores a filter.
 */
class DeclaredTablesRequestsTest {
  @RegisterExtension
  static WireMockExtension wm = FakeApi.extension();

  private static final String V = "/v0.4";

  private static String backend(String name, String status) {
    return "{\"backend\":\"" + name + "\",\"status\":\"" + status + "\",\"degraded\":false,"
        + "\"qubits\":36,\"average_queue_time\":1200,\"last_updated\":1764000000,"
        + "\"supported_gates\":[\"x\",\"cnot\"]}";
  }

  private static String characterization(String id, String date, String fidelity2q) {
    return "{\"id\":\"" + id + "\",\"date\":\"" + date + "\",\"qubits\":36,"
        + "\"fidelity\":{\"1q\":{\"median\":0.9998},\"2q\":{\"mean\":" + fidelity2q + "},"
        + "\"spam\":{\"median\":0.996}},\"timing\":{\"t1\":100,\"t2\":1,\"readout\":0.0003,"
        + "\"reset\":0.00002},\"connectivity\":[[0,1]]}";
  }

  private static String session(String id, boolean active) {
    return "{\"id\":\"" + id + "\",\"status\":\"" + (active ? "started" : "ended")
        + "\",\"active\":" + active + ",\"backend\":\"qpu.forte-1\",\"created_at\":"
        + "\"2026-11-01T10:00:00Z\",\"settings\":{\"job_count_limit\":100,\"cost_limit\":"
        + "{\"value\":250.5,\"unit\":\"usd\"}}}";
  }

  @BeforeEach void fakeApi() {
    wm.stubFor(get(urlPathEqualTo(V + "/backends")).willReturn(FakeApi.okJson("["
        + backend("simulator", "available") + "," + backend("qpu.forte-1", "available") + ","
        + backend("qpu.aria-1", "unavailable") + "]")));
    wm.stubFor(get(urlPathEqualTo(V + "/backends/qpu.forte-1"))
        .willReturn(FakeApi.okJson(backend("qpu.forte-1", "available"))));
    wm.stubFor(get(urlPathEqualTo(V + "/backends/nope")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"Not Found\"}")));
    wm.stubFor(get(urlPathEqualTo(V + "/backends/simulator/characterizations"))
        .willReturn(aResponse().withStatus(404)));
    wm.stubFor(get(urlPathEqualTo(V + "/backends/qpu.forte-1/characterizations"))
        .withQueryParam("page", equalTo("1")).willReturn(FakeApi.okJson(
            "{\"characterizations\":[" + characterization("f3", "2026-11-03T00:00:00Z", "0.991")
            + "," + characterization("f2", "2026-11-02T00:00:00Z", "0.992") + "],\"pages\":1}")));
    wm.stubFor(get(urlPathEqualTo(V + "/backends/qpu.forte-1/characterizations"))
        .withQueryParam("page", equalTo("2")).willReturn(FakeApi.okJson(
            "{\"characterizations\":[" + characterization("f1", "2026-11-01T00:00:00Z", "0.993")
            + "],\"pages\":0}")));
    wm.stubFor(get(urlPathEqualTo(V + "/backends/qpu.aria-1/characterizations"))
        .willReturn(FakeApi.okJson("{\"characterizations\":["
            + characterization("a1", "2026-11-01T00:00:00Z", "0.985") + "]}")));
    // The fake ignores the active filter: the driver must re-check it.
    wm.stubFor(get(urlPathEqualTo(V + "/sessions")).willReturn(FakeApi.okJson(
        "{\"organization_id\":\"org-1\",\"sessions\":[" + session("s1", true) + ","
            + session("s2", false) + "]}")));
    wm.stubFor(get(urlPathEqualTo(V + "/sessions/s2")).willReturn(FakeApi.okJson(
        session("s2", false))));
    wm.stubFor(get(urlPathEqualTo(V + "/organizations/org-1/usage")).willReturn(FakeApi.okJson(
        "{\"organization\":\"org-1\",\"modality\":\"monthly\",\"group_type\":\"project\","
            + "\"usage_data\":[{\"from\":\"2026-10-01\",\"amount\":12.5,\"amount_unit\":\"usd\","
            + "\"job_count\":3,\"time_us\":4000000,\"group_usages\":[{\"group_id\":\"p1\","
            + "\"group_name\":\"alpha\",\"amount\":10.0,\"amount_unit\":\"usd\",\"job_count\":2,"
            + "\"time_us\":3000000},{\"group_id\":\"p2\",\"group_name\":\"beta\",\"amount\":2.5,"
            + "\"amount_unit\":\"usd\",\"job_count\":1,\"time_us\":1000000}]},"
            + "{\"from\":\"2026-11-01\",\"amount\":0,\"amount_unit\":\"usd\",\"job_count\":0,"
            + "\"time_us\":0,\"group_usages\":[]}]}")));
    wm.stubFor(get(urlPathEqualTo(V + "/whoami")).willReturn(FakeApi.okJson(
        "{\"key_id\":\"k1\",\"key_name\":\"ci\",\"project_id\":\"p1\"}")));
  }

  private static Connection connect(String extra) throws SQLException {
    return DriverManager.getConnection(FakeApi.jdbcUrl(wm, extra) + ";timeZone=UTC");
  }

  /** The requests made, as path?query, in the order they arrived (WireMock lists the newest
   * first). */
  private static List<String> requests() {
    List<ServeEvent> events = new ArrayList<>(wm.getAllServeEvents());
    java.util.Collections.reverse(events); // a stable sort by time alone would flip ties
    return events.stream().sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
        .map(ServeEvent::getRequest).map(r -> r.getUrl()).toList();
  }

  @Test void backendsListGetAndInListEachMakeTheirRequests() throws SQLException {
    try (Connection c = connect("")) {
      assertEquals(List.of("simulator|available", "qpu.forte-1|available",
          "qpu.aria-1|unavailable"), Rows.query(c, "SELECT backend, status FROM backends"));
      assertEquals(List.of(V + "/backends"), requests());
      wm.resetRequests();
      assertEquals(List.of("qpu.forte-1|36|1200|2025-11-24 16:00:00.000|[\"x\",\"cnot\"]"),
          Rows.query(c, "SELECT backend, qubits, average_queue_time_ms, last_updated,"
              + " supported_gates FROM backends WHERE backend = 'qpu.forte-1'"));
      assertEquals(List.of(V + "/backends/qpu.forte-1"), requests(),
          "a get by key; epoch seconds read as an instant");
      wm.resetRequests();
      assertEquals(List.of("qpu.forte-1"), Rows.query(c,
          "SELECT backend FROM backends WHERE backend IN ('qpu.forte-1', 'nope')"));
      assertEquals(List.of(V + "/backends/nope", V + "/backends/qpu.forte-1"), requests().stream()
          .sorted().toList(), "one request per value; 404 is no row");
      wm.resetRequests();
      try (PreparedStatement p = c.prepareStatement(
          "SELECT status FROM backends WHERE backend = ?")) {
        p.setString(1, "qpu.forte-1");
        try (ResultSet rs = p.executeQuery()) {
          assertEquals(List.of("available"), Rows.of(rs));
        }
      }
      assertEquals(List.of(V + "/backends/qpu.forte-1"), requests(), "a bind variable");
    }
  }

  @Test void characterizationsFanOutOverTheBackendsAndFollowPageNumbers() throws SQLException {
    try (Connection c = connect("")) {
      assertEquals(List.of("f3|qpu.forte-1|0.9998|0.991", "f2|qpu.forte-1|0.9998|0.992",
          "f1|qpu.forte-1|0.9998|0.993", "a1|qpu.aria-1|0.9998|0.985"),
          Rows.query(c, "SELECT id, backend, fidelity_1q, fidelity_2q FROM characterizations"));
      assertEquals(List.of(V + "/backends",
          V + "/backends/simulator/characterizations?limit=10&page=1",
          V + "/backends/qpu.forte-1/characterizations?limit=10&page=1",
          V + "/backends/qpu.forte-1/characterizations?limit=10&page=2",
          V + "/backends/qpu.aria-1/characterizations?limit=10&page=1"), requests(),
          "the backend comes from the request when a row leaves it out; median when no mean");
    }
  }

  @Test void characterizationRangesBecomeStartAndEndAndLimitStopsEarly() throws SQLException {
    try (Connection c = connect("")) {
      assertEquals(List.of("f3", "f2"), Rows.query(c, "SELECT id FROM characterizations"
          + " WHERE backend = 'qpu.forte-1' AND characterized_at >= TIMESTAMP"
          + " '2026-11-02 00:00:00' AND characterized_at < TIMESTAMP '2026-11-30 00:00:00'"));
      assertEquals(List.of(V + "/backends/qpu.forte-1/characterizations?start=2026-11-02T00%3A00"
          + "%3A00Z&end=2026-11-30T00%3A00%3A00Z&limit=10&page=1",
          V + "/backends/qpu.forte-1/characterizations?start=2026-11-02T00%3A00%3A00Z&end=2026-11"
          + "-30T00%3A00%3A00Z&limit=10&page=2"), requests(),
          "the fake ignores start: the driver re-checks and drops f1");
      wm.resetRequests();
      assertEquals(List.of("f3", "f2"), Rows.query(c, "SELECT id FROM characterizations"
          + " WHERE backend = 'qpu.forte-1' LIMIT 2"));
      assertEquals(List.of(V + "/backends/qpu.forte-1/characterizations?limit=2&page=1"),
          requests(), "no page past the LIMIT");
    }
  }

  @Test void aStatementsMaxRowsAndFetchSizeReachTheRequestsOfEveryTable()
      throws SQLException {
    String sql = "SELECT id FROM characterizations WHERE backend = 'qpu.forte-1'";
    try (Connection c = connect(""); Statement s = c.createStatement()) {
      s.setMaxRows(1);
      try (ResultSet rs = s.executeQuery(sql)) {
        assertEquals(List.of("f3"), Rows.of(rs));
      }
      assertEquals(List.of(V + "/backends/qpu.forte-1/characterizations?limit=1&page=1"),
          requests(), "the scan's rows are the result's: no page past max rows");
      wm.resetRequests();
      s.setMaxRows(0);
      s.setFetchSize(2);
      try (ResultSet rs = s.executeQuery(sql)) {
        assertEquals(List.of("f3", "f2", "f1"), Rows.of(rs));
      }
      assertEquals(List.of(V + "/backends/qpu.forte-1/characterizations?limit=2&page=1",
          V + "/backends/qpu.forte-1/characterizations?limit=2&page=2"), requests(),
          "the fetch size is the page size asked");
    }
  }

  @Test void sessionsPushActiveAsABooleanAndReCheckIt() throws SQLException {
    try (Connection c = connect("")) {
      assertEquals(List.of("s1|true|100|250.5|usd"), Rows.query(c, "SELECT id, active,"
          + " job_count_limit, cost_limit, cost_limit_unit FROM sessions WHERE active"));
      assertEquals(List.of(V + "/sessions?active=true"), requests());
      wm.resetRequests();
      assertEquals(List.of("s2"), Rows.query(c, "SELECT id FROM sessions WHERE NOT active"));
      assertEquals(List.of(V + "/sessions?active=false"), requests());
      wm.resetRequests();
      assertEquals(List.of("s2|ended"), Rows.query(c, "SELECT id, status FROM sessions"
          + " WHERE id = 's2'"));
      assertEquals(List.of(V + "/sessions/s2"), requests());
    }
  }

  @Test void usageTakesItsOrganizationAndPeriodAndFlattensGroups() throws SQLException {
    try (Connection c = connect("")) {
      assertEquals(List.of(
          "org-1|monthly|project|2026-10-01|p1|alpha|10.0|usd|2|3000000",
          "org-1|monthly|project|2026-10-01|p2|beta|2.5|usd|1|1000000",
          "org-1|monthly|project|2026-11-01|null|null|0.0|usd|0|0"),
          Rows.query(c, "SELECT * FROM usage WHERE organization_id = 'org-1'"
              + " AND modality = 'monthly' AND period_start >= DATE '2026-10-01'"
              + " AND period_start <= DATE '2026-11-30'"));
      assertEquals(List.of(V + "/organizations/org-1/usage?start_date=2026-10-01"
          + "&end_date=2026-12-01&modality=monthly&group_by=project"), requests(),
          "the end is exclusive: <= Nov 30 sends Dec 1");
    }
    wm.resetRequests();
    try (Connection c = connect("organizationId=org-1")) {
      assertEquals(3, Rows.query(c, "SELECT * FROM usage WHERE period_start > DATE '2026-09-30'"
          + " AND period_start < DATE '2026-12-01'").size());
      assertEquals(List.of(V + "/organizations/org-1/usage?start_date=2026-09-30"
          + "&end_date=2026-12-01&modality=daily&group_by=project"), requests(),
          "the property names the organization; modality and group default");
    }
  }

  @Test void usageWithoutAnOrganizationFailsBeforeAnyRequest() throws SQLException {
    try (Connection c = connect("")) {
      SQLException e = assertThrows(SQLException.class, () -> Rows.query(c, "SELECT * FROM usage"));
      assertEquals("42000", e.getSQLState());
      assertTrue(e.getMessage().contains("organization_id"), e.getMessage());
      assertTrue(e.getMessage().contains("organizationId"), e.getMessage());
    }
    assertEquals(List.of(), requests());
  }

  @Test void whoamiIsOneRow() throws SQLException {
    try (Connection c = connect("")) {
      assertEquals(List.of("k1|ci|p1"), Rows.query(c, "SELECT * FROM whoami"));
    }
    assertEquals(List.of(V + "/whoami"), requests());
  }

  @Test void explainShowsTheRequestsOfEveryTable() throws SQLException {
    try (Connection c = connect("organizationId=org-1")) {
      String plan = String.join("\n", Rows.query(c, "EXPLAIN PLAN FOR SELECT * FROM"
          + " characterizations WHERE characterized_at >= TIMESTAMP '2026-11-01 00:00:00'"));
      assertTrue(plan.contains("requests=[[GET /v0.4/backends/{backend}/characterizations"
          + "?start=2026-11-01T00:00:00Z&limit=10&page=1 for each backend of GET"
          + " /v0.4/backends]]"), plan);
      String usage = String.join("\n", Rows.query(c, "EXPLAIN PLAN FOR SELECT * FROM usage"
          + " WHERE period_start >= DATE '2026-10-01'"));
      assertTrue(usage.contains("GET /v0.4/organizations/org-1/usage?start_date=2026-10-01"
          + "&end_date=today+1d&modality=daily&group_by=project"), usage);
    }
    assertEquals(List.of(), requests(), "EXPLAIN makes no request");
  }
}
