package io.github.ionqjdbc.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ionqjdbc.testing.ReadmeSql;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.calcite.runtime.Hook;
import org.junit.jupiter.api.Test;

/**
 * The driver's own rule set plans what users write: every statement of the README and the SQL
 * shapes BI tools send are planned by the first planner, without falling back to Calcite's
 * default set (a second planner for one statement), and plan with the same answers
 * (the answers themselves are compared elsewhere: ShadedJarFeaturesIT, SqlExamplesTest).
 */
class PlannerRulesTest {
  private static final List<String> SHAPES = List.of(
      "SELECT backend, COUNT(*), COUNT(DISTINCT status), AVG(shots), STDDEV_POP(shots)"
          + " FROM jobs GROUP BY backend HAVING COUNT(*) > 1",
      "SELECT id, ROW_NUMBER() OVER (PARTITION BY backend ORDER BY submitted_at DESC) AS n"
          + " FROM jobs",
      "SELECT id FROM jobs WHERE status = 'failed' UNION SELECT id FROM jobs"
          + " WHERE backend = 'simulator' INTERSECT SELECT id FROM jobs EXCEPT"
          + " SELECT id FROM jobs WHERE shots > 1000",
      "SELECT id FROM jobs j WHERE EXISTS (SELECT 1 FROM sessions s WHERE s.id = j.session_id)"
          + " AND backend IN (SELECT backend FROM backends WHERE status = 'available')",
      "SELECT id, (SELECT MAX(b.qubits) FROM backends b WHERE b.backend = j.backend) FROM jobs j",
      "SELECT j.id, b.status, s.status FROM jobs j JOIN backends b ON b.backend = j.backend"
          + " LEFT JOIN sessions s ON s.id = j.session_id WHERE j.status = 'completed'"
          + " ORDER BY j.submitted_at DESC LIMIT 10 OFFSET 5",
      "SELECT * FROM jobs TABLESAMPLE BERNOULLI(50)",
      "SELECT j.id, p.state, p.probability FROM jobs j JOIN job_probabilities p"
          + " ON p.job_id = j.id WHERE j.status = 'completed' LIMIT 3",
      "SELECT backend, COUNT(CASE WHEN shots > 100 THEN 1 END) FROM jobs WHERE submitted_at"
          + " > TIMESTAMP '2026-10-01 00:00:00' - INTERVAL '7' DAY GROUP BY backend");

  /** How many planners preparing {@code sql} made: 1 when the driver's rules planned it. */
  private static int planners(Connection c, String sql) throws SQLException {
    AtomicInteger made = new AtomicInteger();
    try (Hook.Closeable counting = Hook.PLANNER.addThread(
        (java.util.function.Consumer<Object>) planner -> made.incrementAndGet());
         PreparedStatement p = c.prepareStatement(sql)) {
      return made.get();
    }
  }

  @Test void theDriversRulesPlanTheReadmeAndWhatBiToolsSend() throws SQLException,
      IOException {
    List<String> statements = new ArrayList<>(SHAPES);
    ReadmeSql.entries().forEach(e -> statements.add(e.sql()));
    List<String> fellBack = new ArrayList<>();
    int planned = 0;
    for (String sql : statements) {
      try (Connection c = DriverManager.getConnection("jdbc:ionq:demo=true")) {
        int made = planners(c, sql);
        if (made > 1) {
          fellBack.add(sql);
        }
        planned += made;
      }
    }
    assertEquals(List.of(), fellBack, "planned again with Calcite's default rules");
    assertTrue(planned >= SHAPES.size(), "the hook saw the planners: " + planned);
  }
}
