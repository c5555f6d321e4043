package io.github.ionqjdbc.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ionqjdbc.testing.Rows;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The declared tables on the demo data: exact answers, tables that agree with the jobs (every
 * job's backend and session exists, every QPU job has its day's characterization, usage adds
 * up the jobs' billed time), and the same answers with pushdown off.
 */
class DeclaredTablesDemoTest {
  private static Connection pushed;
  private static Connection local;

  @BeforeAll static void connect() throws SQLException {
    pushed = DriverManager.getConnection("jdbc:ionq:demo=true;timeZone=UTC");
    local = DriverManager.getConnection("jdbc:ionq:demo=true;timeZone=UTC;pushdown=false");
  }

  @AfterAll static void close() throws SQLException {
    pushed.close();
    local.close();
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    return Rows.query(c, sql);
  }

  @Test void everyTableAnswersOnTheDemoData() throws SQLException {
    assertEquals(List.of("qpu.aria-1|unavailable|25", "qpu.aria-2|available|25",
        "qpu.forte-1|available|36", "qpu.forte-enterprise-1|available|36",
        "simulator|available|29"),
        rows(pushed, "SELECT backend, status, qubits FROM backends ORDER BY backend"));
    assertEquals(List.of("qpu.aria-1|172", "qpu.aria-2|172", "qpu.forte-1|172",
        "qpu.forte-enterprise-1|172"), rows(pushed, "SELECT backend, COUNT(*) FROM"
        + " characterizations GROUP BY backend ORDER BY backend"));
    assertEquals(List.of("12|1"), rows(pushed, "SELECT COUNT(*), SUM(CASE WHEN active THEN 1"
        + " ELSE 0 END) FROM sessions"));
    assertEquals(List.of("7d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a09|ionq-jdbc demo"
        + "|1333d459-cf47-4a5e-acc1-8d4eb4f7b025"), rows(pushed, "SELECT * FROM whoami"));
    assertEquals(List.of("19|0.9996"), rows(pushed, "SELECT COUNT(*), ROUND(MIN(fidelity_1q),"
        + " 4) FROM characterizations WHERE backend = 'qpu.forte-1'"
        + " AND characterized_at >= TIMESTAMP '2026-11-01 00:00:00'"));
  }

  /**
   * With pushdown=false, inputs that have a default (usage's period, modality, grouping and
   * organization) are still sent: left to their defaults the API answers other rows, which no
   * local filter brings back.
   */
  @Test void pushdownOffStillSendsInputsThatHaveADefault() throws SQLException {
    for (String sql : List.of(
        "SELECT period_start, group_name, job_count FROM usage WHERE modality = 'monthly'"
            + " AND period_start >= DATE '2026-06-01' AND period_start < DATE '2026-12-01'"
            + " ORDER BY period_start",
        "SELECT COUNT(DISTINCT group_id) FROM usage WHERE group_type = 'user'"
            + " AND modality = 'weekly' AND period_start >= DATE '2026-10-01'"
            + " AND period_start <= DATE '2026-11-30'",
        "SELECT COUNT(*) FROM usage WHERE organization_id = '5a7c0b6e-2d4f-4e1a-9c3b-7f8e6d5c4b3a'"
            + " AND period_start BETWEEN DATE '2026-07-01' AND DATE '2026-07-31'")) {
      List<String> answer = rows(pushed, sql);
      assertEquals(answer, rows(local, sql), sql);
      assertTrue(!answer.isEmpty() && !answer.contains("0"), sql + ": " + answer);
    }
  }

  @Test void theTablesAgreeWithTheJobs() throws SQLException {
    assertEquals(List.of("0"), rows(pushed, "SELECT COUNT(*) FROM jobs j LEFT JOIN backends b"
        + " ON b.backend = j.backend WHERE b.backend IS NULL"));
    assertEquals(List.of("0"), rows(pushed, "SELECT COUNT(*) FROM jobs j LEFT JOIN sessions s"
        + " ON s.id = j.session_id WHERE j.session_id IS NOT NULL AND s.id IS NULL"));
    assertEquals(List.of("0"), rows(pushed, "SELECT COUNT(*) FROM jobs j"
        + " LEFT JOIN characterizations c ON c.backend = j.backend"
        + " AND c.characterized_at = FLOOR(j.submitted_at TO DAY)"
        + " WHERE j.backend <> 'simulator' AND c.id IS NULL"));
    assertEquals(rows(pushed, "SELECT SUM(billed_quantum_compute_time_us), COUNT(*) FROM jobs"
            + " WHERE billed_quantum_compute_time_us > 0"),
        rows(pushed, "SELECT SUM(time_us), SUM(job_count) FROM usage WHERE modality = 'monthly'"
            + " AND period_start >= DATE '2026-06-01' AND period_start < DATE '2026-12-01'"),
        "usage adds up the jobs' billed time");
    assertEquals(List.of("5|2"), rows(pushed, "SELECT COUNT(DISTINCT group_id),"
        + " COUNT(DISTINCT period_start) FROM usage WHERE group_type = 'user'"
        + " AND modality = 'monthly' AND period_start >= DATE '2026-10-01'"
        + " AND period_start <= DATE '2026-11-30'"), "five submitters in two months");
  }

  @Test void lookupTablesAgreeWithTheJobs() throws SQLException {
    assertEquals(List.of("0"), rows(pushed, "SELECT COUNT(*) FROM (SELECT p.job_id,"
        + " p.circuit_job_id, SUM(p.probability) AS total FROM jobs j"
        + " JOIN job_probabilities p ON p.job_id = j.id GROUP BY p.job_id, p.circuit_job_id)"
        + " WHERE total <> 1.0"), "every distribution sums to 1, per job or child circuit");
    assertEquals(List.of("completed"), rows(pushed, "SELECT DISTINCT j.status FROM jobs j"
        + " JOIN job_probabilities p ON p.job_id = j.id"), "results of completed jobs only");
    assertEquals(rows(pushed, "SELECT ROUND(SUM(amount), 4) FROM usage WHERE"
            + " modality = 'monthly' AND period_start >= DATE '2026-06-01'"
            + " AND period_start < DATE '2026-12-01'"),
        rows(pushed, "SELECT ROUND(SUM(k.cost), 4) FROM jobs j JOIN job_costs k"
            + " ON k.job_id = j.id WHERE j.billed_quantum_compute_time_us > 0"),
        "each job's cost follows its billed time, and usage adds the costs up");
    assertEquals(List.of("qpu.forte-1|33.9|usd|demo-rate-card-2026"),
        rows(pushed, "SELECT backend, estimated_total_cost, estimated_unit,"
            + " JSON_VALUE(rate_card, '$.id') FROM cost_estimates WHERE backend = 'qpu.forte-1'"
            + " AND qubits = 25 AND shots = 1000 AND gates_1q = 100 AND gates_2q = 90"),
        "1000 shots x (100 x 135 + 90 x 600 + 300) us at 0.50 usd/s");
  }

  /** Queries answerable both ways give the same rows with pushdown off (order aside). */
  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM backends WHERE backend = 'qpu.forte-1'",
      "SELECT backend, status FROM backends WHERE backend IN ('qpu.aria-2', 'nope', 'simulator')",
      "SELECT * FROM backends WHERE degraded OR qubits > 30",
      "SELECT id, backend, characterized_at FROM characterizations"
          + " WHERE characterized_at >= TIMESTAMP '2026-11-15 00:00:00'",
      "SELECT id FROM characterizations WHERE backend IN ('qpu.aria-1', 'qpu.forte-1')"
          + " AND characterized_at > TIMESTAMP '2026-09-01 00:00:00'"
          + " AND characterized_at <= TIMESTAMP '2026-09-03 00:00:00'",
      "SELECT id FROM characterizations WHERE characterized_at BETWEEN"
          + " TIMESTAMP '2026-07-01 00:00:00' AND TIMESTAMP '2026-07-02 00:00:00'",
      "SELECT COUNT(*) FROM characterizations WHERE backend = 'simulator'",
      "SELECT * FROM sessions WHERE active",
      "SELECT id FROM sessions WHERE NOT active AND backend = 'qpu.aria-1'",
      "SELECT id, status FROM sessions WHERE id IN ('4f94b628-0bc1-4e8b-8999-436c7fefa697',"
          + " 'nope')",
      "SELECT * FROM whoami",
      "SELECT j.id, c.fidelity_2q FROM jobs j JOIN characterizations c ON c.backend = j.backend"
          + " AND c.characterized_at = FLOOR(j.submitted_at TO DAY) WHERE j.status = 'failed'",
      "SELECT * FROM job_probabilities WHERE job_id IN (SELECT id FROM jobs"
          + " WHERE status = 'completed' AND backend = 'qpu.aria-1')",
      "SELECT j.id, p.state, p.probability FROM jobs j JOIN job_probabilities p"
          + " ON p.job_id = j.id WHERE j.session_id = '3ca278e2-a76e-4f6c-ad2e-6dec6a45184b'",
      "SELECT j.id, k.cost FROM jobs j LEFT JOIN job_costs k ON k.job_id = j.id"
          + " WHERE j.backend = 'qpu.aria-2'"})
  void pushdownOffGivesTheSameRows(String sql) throws SQLException {
    List<String> withPushdown = new ArrayList<>(rows(pushed, sql));
    List<String> without = new ArrayList<>(rows(local, sql));
    withPushdown.sort(null);
    without.sort(null);
    assertEquals(without, withPushdown, sql);
  }
}
