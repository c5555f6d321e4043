package io.github.ionqjdbc.calcite.lookup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.ionqjdbc.testing.FakeApi;
import io.github.ionqjdbc.testing.Fixtures;
import io.github.ionqjdbc.testing.Rows;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tables that need a key (job_probabilities, job_costs, cost_estimates): the key from a
 * predicate, an IN list, a bind variable, or the other side of a join, with exactly one request
 * per distinct key, none for a key a LIMIT no longer needs, and none (but a 42000) without a key.
 */
class LookupJoinTest {
  @RegisterExtension
  static WireMockExtension wm = FakeApi.extension();

  private static final String V = "/v0.4";

  @BeforeEach void fakeApi() {
    List<Map<String, Object>> jobs = new ArrayList<>();
    jobs.add(Fixtures.job("j1", "completed"));
    jobs.add(Fixtures.job("j2", "completed"));
    jobs.add(Fixtures.job("j3", "failed"));
    jobs.add(Fixtures.job("j4", "completed"));
    FakeApi.serve(wm, Fixtures.page(jobs, null));
    wm.stubFor(get(urlPathMatching(V + "/jobs/[^/]+/results/probabilities"))
        .willReturn(aResponse().withStatus(404)));
    wm.stubFor(get(urlPathEqualTo(V + "/jobs/j1/results/probabilities"))
        .willReturn(FakeApi.okJson("{\"0\":0.5,\"3\":0.5}")));
    wm.stubFor(get(urlPathEqualTo(V + "/jobs/j2/results/probabilities"))
        .willReturn(FakeApi.okJson("{\"c1\":{\"1\":1.0},\"c2\":{\"0\":0.25,\"2\":0.75}}")));
    wm.stubFor(get(urlPathEqualTo(V + "/jobs/j4/results/probabilities"))
        .willReturn(FakeApi.okJson("{\"registers\":{\"m\":{\"01\":0.125,\"10\":0.875}}}")));
    wm.stubFor(get(urlPathMatching(V + "/jobs/[^/]+/cost"))
        .willReturn(aResponse().withStatus(404)));
    wm.stubFor(get(urlPathEqualTo(V + "/jobs/j1/cost")).willReturn(FakeApi.okJson(
        "{\"dry_run\":false,\"estimated_cost\":{\"value\":1.5,\"unit\":\"usd\"},"
            + "\"cost\":{\"value\":1.25,\"unit\":\"usd\"}}")));
    wm.stubFor(get(urlPathEqualTo(V + "/jobs/estimate")).willReturn(FakeApi.okJson(
        "{\"estimate_context\":{\"organization\":\"o1\",\"project\":\"p1\"},"
            + "\"estimated_at\":\"2026-11-20T00:00:00Z\",\"estimated_unit\":\"usd\","
            + "\"rate_card\":{\"id\":\"rc\",\"rates\":{}},\"estimated_total_cost\":3.5,"
            + "\"estimated_execution_time\":9000,\"current_predicted_queue_time\":60000}")));
  }

  private static Connection connect(String extra) throws SQLException {
    return DriverManager.getConnection(FakeApi.jdbcUrl(wm, extra) + ";timeZone=UTC");
  }

  /** The requests other than job pages, sorted (lookups run concurrently). */
  private static List<String> lookups() {
    return wm.getAllServeEvents().stream().map(ServeEvent::getRequest)
        .map(r -> r.getUrl()).filter(u -> !u.startsWith(V + "/jobs?")).sorted().toList();
  }

  @Test void theThreeShapesOfProbabilitiesBecomeRows() throws SQLException {
    try (Connection c = connect("")) {
      assertEquals(List.of("j1|null|null|0|0.5", "j1|null|null|3|0.5",
          "j2|c1|null|1|1.0", "j2|c2|null|0|0.25", "j2|c2|null|2|0.75",
          "j4|null|m|01|0.125", "j4|null|m|10|0.875"),
          Rows.query(c, "SELECT * FROM job_probabilities WHERE job_id IN ('j1', 'j2', 'j4', 'nope')"));
    }
    assertEquals(List.of(V + "/jobs/j1/results/probabilities",
        V + "/jobs/j2/results/probabilities", V + "/jobs/j4/results/probabilities",
        V + "/jobs/nope/results/probabilities"), lookups(), "one per value; 404: no rows");
  }

  @Test void aBindVariableGivesTheKey() throws SQLException {
    try (Connection c = connect("");
         PreparedStatement p = c.prepareStatement(
             "SELECT state, probability FROM job_probabilities WHERE job_id = ?")) {
      p.setString(1, "j1");
      try (ResultSet rs = p.executeQuery()) {
        assertEquals(List.of("0|0.5", "3|0.5"), Rows.of(rs));
      }
    }
    assertEquals(List.of(V + "/jobs/j1/results/probabilities"), lookups());
  }

  @Test void anInnerJoinAsksEachDistinctKeyOfTheOtherSideOnce() throws SQLException {
    try (Connection c = connect("")) {
      assertEquals(List.of("j1|0|0.5", "j1|3|0.5", "j2|1|1.0", "j2|0|0.25", "j2|2|0.75",
          "j4|01|0.125", "j4|10|0.875"),
          Rows.query(c, "SELECT j.id, p.state, p.probability FROM jobs j"
              + " JOIN job_probabilities p ON p.job_id = j.id WHERE j.status = 'completed'"));
    }
    assertEquals(List.of(V + "/jobs/j1/results/probabilities",
        V + "/jobs/j2/results/probabilities", V + "/jobs/j4/results/probabilities"), lookups(),
        "no request for the failed job j3");
    assertEquals("completed", wm.getAllServeEvents().stream().map(ServeEvent::getRequest)
        .filter(r -> r.getUrl().startsWith(V + "/jobs?")).findFirst().orElseThrow()
        .queryParameter("status").firstValue(), "the filter on the other side is pushed");
  }

  @Test void aLeftJoinKeepsRowsWithoutAMatch() throws SQLException {
    try (Connection c = connect("")) {
      assertEquals(List.of("j1|1.25|usd", "j2|null|null", "j3|null|null", "j4|null|null"),
          Rows.query(c, "SELECT j.id, k.cost, k.cost_unit FROM jobs j"
              + " LEFT JOIN job_costs k ON k.job_id = j.id ORDER BY j.id"));
    }
    assertEquals(4, lookups().size(), "one per job");
  }

  @Test void underALimitNoKeyIsAskedThatTheLimitNoLongerNeeds() throws SQLException {
    try (Connection c = connect("maxConcurrentRequests=4")) {
      assertEquals(List.of("j1|0"), Rows.query(c, "SELECT j.id, p.state FROM jobs j"
          + " JOIN job_probabilities p ON p.job_id = j.id LIMIT 1"));
    }
    assertEquals(List.of(V + "/jobs/j1/results/probabilities"), lookups());
  }

  @Test void withoutAKeyTheStatementFailsBeforeAnyRequestAndSaysHowToGiveIt()
      throws SQLException {
    try (Connection c = connect("")) {
      SQLException e = assertThrows(SQLException.class,
          () -> Rows.query(c, "SELECT * FROM job_probabilities"));
      assertEquals("42000", e.getSQLState());
      assertTrue(e.getMessage().contains("job_id = ..."), e.getMessage());
      assertTrue(e.getMessage().contains("JOIN job_probabilities t ON t.job_id = x.id"),
          e.getMessage());
      SQLException estimate = assertThrows(SQLException.class, () -> Rows.query(c,
          "SELECT * FROM cost_estimates WHERE backend = 'qpu.forte-1'"));
      assertEquals("42000", estimate.getSQLState());
      assertTrue(estimate.getMessage().contains("qubits, shots, gates_1q, gates_2q"),
          estimate.getMessage());
    }
    assertEquals(0, wm.getAllServeEvents().size());
  }

  /**
   * A join gives cost_estimates its backend but nothing gives gates_2q: the message asks for
   * gates_2q alone, and says the backend comes from the join (it named both as missing).
   */
  @Test void aKeyAJoinGivesIsNotNamedAmongTheMissingOnes() throws SQLException {
    try (Connection c = connect("")) {
      SQLException e = assertThrows(SQLException.class, () -> Rows.query(c,
          "SELECT b.backend, e.estimated_total_cost FROM backends b"
              + " JOIN cost_estimates e ON e.backend = b.backend"
              + " WHERE e.qubits = 2 AND e.shots = 100 AND e.gates_1q = 1"));
      assertEquals("42000", e.getSQLState());
      assertTrue(e.getMessage().startsWith("The table cost_estimates needs gates_2q (GET "),
          e.getMessage());
      assertTrue(e.getMessage().contains("(gates_2q = ..., an IN list or a bind variable)"),
          e.getMessage());
      assertTrue(e.getMessage().contains("; backend already comes from the join"),
          e.getMessage());
    }
    assertEquals(0, wm.getAllServeEvents().size());
  }

  @Test void costEstimatesEchoTheirInputs() throws SQLException {
    try (Connection c = connect("")) {
      assertEquals(List.of("qpu.forte-1|25|1000|10|20|ionq.circuit.v1|false|3.5|usd|o1"),
          Rows.query(c, "SELECT backend, qubits, shots, gates_1q, gates_2q, type, error_mitigation,"
              + " estimated_total_cost, estimated_unit, organization_id FROM cost_estimates"
              + " WHERE backend = 'qpu.forte-1' AND qubits = 25 AND shots = 1000"
              + " AND gates_1q = 10 AND gates_2q = 20"));
    }
    assertEquals(List.of(V + "/jobs/estimate?backend=qpu.forte-1&qubits=25&shots=1000"
        + "&1q_gates=10&2q_gates=20&type=ionq.circuit.v1&error_mitigation=false"), lookups());
  }

  private static String estimate(String backend, int qubits, int shots, int gates1q,
      int gates2q) {
    return V + "/jobs/estimate?backend=" + backend + "&qubits=" + qubits + "&shots=" + shots
        + "&1q_gates=" + gates1q + "&2q_gates=" + gates2q
        + "&type=ionq.circuit.v1&error_mitigation=false";
  }

  /** Jobs on several backends, for lookups whose inputs come from a join and a WHERE. */
  private static void serveJobsOnBackends() {
    List<Map<String, Object>> jobs = new ArrayList<>();
    String[][] spec = {{"j1", "completed", "simulator"}, {"j2", "completed", "qpu.aria-1"},
        {"j3", "completed", "qpu.aria-1"}, {"j4", "failed", "qpu.forte-1"}};
    for (String[] j : spec) {
      Map<String, Object> job = Fixtures.job(j[0], j[1]);
      job.put("backend", j[2]);
      jobs.add(job);
    }
    FakeApi.serve(wm, Fixtures.page(jobs, null));
  }

  @Test void inputsComeFromWhereConstantsAndAJoinKeyTogether() throws SQLException {
    serveJobsOnBackends();
    try (Connection c = connect("")) {
      assertEquals(List.of("j1|simulator|8|500|3.5", "j2|qpu.aria-1|8|500|3.5",
          "j3|qpu.aria-1|8|500|3.5"),
          Rows.query(c, "SELECT j.id, e.backend, e.qubits, e.shots, e.estimated_total_cost"
              + " FROM jobs j JOIN cost_estimates e ON e.backend = j.backend"
              + " WHERE e.qubits = 8 AND e.shots = 500 AND e.gates_1q = 40 AND e.gates_2q = 12"
              + " AND j.status = 'completed' ORDER BY j.id"));
    }
    assertEquals(List.of(estimate("qpu.aria-1", 8, 500, 40, 12),
        estimate("simulator", 8, 500, 40, 12)), lookups(), "one per distinct combination");
    assertEquals("completed", wm.getAllServeEvents().stream().map(ServeEvent::getRequest)
        .filter(r -> r.getUrl().startsWith(V + "/jobs?")).findFirst().orElseThrow()
        .queryParameter("status").firstValue(), "the WHERE on the other side is still pushed");
  }

  @Test void inputsComeFromAnInListABindVariableAndAJoinWithTheTableOnTheLeft()
      throws SQLException {
    serveJobsOnBackends();
    try (Connection c = connect("");
         PreparedStatement p = c.prepareStatement("SELECT e.backend, e.qubits, e.shots"
             + " FROM cost_estimates e JOIN jobs j ON j.backend = e.backend"
             + " WHERE e.qubits IN (8, 16) AND e.shots = ? AND e.gates_1q = 1"
             + " AND e.gates_2q = 2 AND j.id = 'j2' ORDER BY e.qubits")) {
      p.setInt(1, 500);
      try (ResultSet rs = p.executeQuery()) {
        assertEquals(List.of("qpu.aria-1|8|500", "qpu.aria-1|16|500"), Rows.of(rs));
      }
    }
    assertEquals(List.of(estimate("qpu.aria-1", 16, 500, 1, 2),
        estimate("qpu.aria-1", 8, 500, 1, 2)), lookups());
  }

  @Test void joinKeysAndConstantsMayGiveAnyOfTheInputs() throws SQLException {
    serveJobsOnBackends();
    try (Connection c = connect("")) {
      assertEquals(List.of("j1|qpu.forte-1|100", "j2|qpu.forte-1|100", "j3|qpu.forte-1|100"),
          Rows.query(c, "SELECT j.id, e.backend, e.shots FROM jobs j JOIN cost_estimates e"
              + " ON e.shots = j.shots AND e.qubits = 4 WHERE e.backend = 'qpu.forte-1'"
              + " AND e.gates_1q = 1 AND e.gates_2q = 2 AND j.status = 'completed'"
              + " ORDER BY j.id"));
    }
    assertEquals(List.of(estimate("qpu.forte-1", 4, 100, 1, 2)), lookups(),
        "the three jobs share one combination");
  }
}
