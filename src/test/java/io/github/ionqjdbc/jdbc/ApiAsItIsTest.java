package io.github.ionqjdbc.jdbc;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionqjdbc.testing.FakeApi;
import io.github.ionqjdbc.testing.Rows;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Queries over answers in the shapes the real API and IonQ's own clients show
 * (shared/real-shapes): every row comes back, odd types are read by their meaning, what cannot
 * be read is NULL with one warning per field on the result set (or the 22000 error with
 * strictParsing=true), keys of the request fill their columns, known variants are read.
 */
class ApiAsItIsTest {
  @RegisterExtension
  static WireMockExtension wm = FakeApi.extension();

  /** Jobs as cirq-ionq's tests have them, and one whose qubits nobody can read. */
  private static final String JOBS = "{\"jobs\": ["
      + "{\"id\": \"my_id\", \"backend\": \"qpu\", \"name\": \"bacon\", \"stats\": {\"qubits\":"
      + " \"5\"}, \"status\": \"completed\", \"metadata\": {\"shots\": 1000,"
      + " \"measurement0\": \"a\\u001f0,1\"}},"
      + "{\"id\": \"my_id_2\", \"status\": \"completed\", \"stats\": {\"qubits\": \"2\"},"
      + " \"backend\": \"qpu\", \"warning\": {\"messages\": [\"foo\", \"bar\"]}},"
      + "{\"id\": \"my_id_3\", \"status\": \"failed\", \"failure\": {\"error\":"
      + " \"too many qubits\"}},"
      + "{\"id\": \"my_id_4\", \"status\": \"completed\", \"stats\": {\"qubits\": \"five\"},"
      + " \"submitted_at\": 1748465225},"
      + "{\"id\": \"my_id_5\", \"status\": \"completed\", \"stats\": {\"qubits\": [5]}}"
      + "], \"next\": null}";

  @BeforeEach void fakeApi() {
    FakeApi.serve(wm, JOBS);
    wm.stubFor(get(urlPathEqualTo("/v0.4/backends/qpu.aria-1")).willReturn(FakeApi.okJson(
        "{\"qubits\": 25, \"supported_gates\": [\"x\"], \"supported_native_gates\": [\"gpi\"],"
            + " \"supported_error_mitigations\": [\"Debias\"]}")));
    wm.stubFor(get(urlPathEqualTo("/v0.4/sessions/s-1")).willReturn(FakeApi.okJson(
        "{\"state\": \"active\", \"usage_time\": 123}")));
    wm.stubFor(get(urlPathEqualTo("/v0.4/jobs/my_id/results/probabilities")).willReturn(
        FakeApi.okJson("{\"probabilities\": {\"registers\": {\"output_all\": {\"11\": 0.5,"
            + " \"00\": 0.5}}}}")));
    wm.stubFor(get(urlPathEqualTo("/v0.4/jobs/my_id_2/results/probabilities")).willReturn(
        FakeApi.okJson("{\"0\": \"0.6\", \"2\": \"0.4\"}")));
    wm.stubFor(get(urlPathEqualTo("/v0.4/jobs/my_id/cost")).willReturn(FakeApi.okJson(
        "{\"dry_run\": false, \"estimated_cost\": {\"unit\": \"usd\", \"value\": 25.79},"
            + " \"actual_cost\": {\"unit\": \"usd\", \"value\": 24.10}}")));
  }

  private static Connection connect(String extra) throws SQLException {
    return DriverManager.getConnection(FakeApi.jdbcUrl(wm, "timeZone=UTC" + extra));
  }

  private static List<String> messages(SQLWarning first) {
    List<String> out = new ArrayList<>();
    for (SQLWarning w = first; w != null; w = w.getNextWarning()) {
      out.add(w.getSQLState() + " " + w.getMessage());
    }
    return out;
  }

  @Test void everyJobComesBackWithWhatCanBeReadAndOneWarningPerField() throws SQLException {
    try (Connection c = connect(""); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT id, status, qubits, failure_message,"
             + " submitted_at, JSON_VALUE(metadata, '$.shots') AS meta_shots FROM jobs")) {
      assertEquals(List.of(
          "my_id|completed|5|null|null|1000",
          "my_id_2|completed|2|null|null|null",
          "my_id_3|failed|null|too many qubits|null|null",
          "my_id_4|completed|null|null|2025-05-28 20:47:05.000|null",
          "my_id_5|completed|null|null|null|null"), Rows.of(rs));
      assertEquals(List.of("01000 table jobs, row id=my_id_4: field 'stats.qubits' is \"five\","
          + " which cannot be read as INTEGER (column qubits); read as NULL (in this row and"
          + " any other with such a value; strictParsing=true makes it an error)"),
          messages(rs.getWarnings()));
      rs.clearWarnings();
      assertNull(rs.getWarnings());
    }
  }

  @Test void aQueryThatDoesNotReadTheOddFieldGetsEveryRow() throws SQLException {
    try (Connection c = connect("")) {
      assertEquals(List.of("my_id|completed", "my_id_2|completed", "my_id_3|failed",
          "my_id_4|completed", "my_id_5|completed"),
          Rows.query(c, "SELECT id, status FROM jobs"));
      assertEquals(List.of("4"), Rows.query(c, "SELECT COUNT(*) FROM jobs"
          + " WHERE status = 'completed'"));
    }
  }

  @Test void strictParsingFailsTheQueryWith22000() throws SQLException {
    try (Connection c = connect(";strictParsing=true"); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class,
          () -> Rows.of(s.executeQuery("SELECT id FROM jobs")));
      assertEquals("22000", e.getSQLState());
      assertEquals("The IonQ API sent a malformed page at " + FakeApi.baseUrl(wm)
          + "/jobs?limit=100: table jobs, row id=my_id_4: field 'stats.qubits' is \"five\","
          + " which cannot be read as INTEGER (column qubits) (strictParsing=true; without it"
          + " the value is read as NULL with a warning)", e.getMessage());
    }
  }

  @Test void theKeyOfTheRequestFillsAColumnTheBodyLacks() throws SQLException {
    try (Connection c = connect("")) {
      assertEquals(List.of("qpu.aria-1|25|[\"x\"]"), Rows.query(c, "SELECT backend, qubits,"
          + " supported_gates FROM backends WHERE backend = 'qpu.aria-1'"));
      assertEquals(List.of("s-1|null"), Rows.query(c,
          "SELECT id, status FROM sessions WHERE id = 's-1'"));
    }
  }

  @Test void probabilitiesInTheSpecsRegisterFormAndAsText() throws SQLException {
    try (Connection c = connect("")) {
      assertEquals(List.of("my_id|output_all|00|0.5", "my_id|output_all|11|0.5",
              "my_id_2|null|0|0.6", "my_id_2|null|2|0.4"),
          Rows.query(c, "SELECT job_id, register, state, probability FROM job_probabilities"
              + " WHERE job_id IN ('my_id', 'my_id_2') ORDER BY job_id, state"));
    }
  }

  @Test void actualCostIsTheCost() throws SQLException {
    try (Connection c = connect("")) {
      assertEquals(List.of("my_id|25.79|24.1|usd"), Rows.query(c,
          "SELECT job_id, estimated_cost, cost, cost_unit FROM job_costs WHERE job_id = 'my_id'"));
    }
  }
}
