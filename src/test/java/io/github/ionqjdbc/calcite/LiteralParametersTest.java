package io.github.ionqjdbc.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ionqjdbc.testing.Rows;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Texts differing only in the constants of their filters and limits share one plan: which
 * constants are taken, which are left, and that answers are those of the literal texts.
 */
class LiteralParametersTest {
  private static Optional<LiteralParameters.Parameterized> of(String sql) {
    return LiteralParameters.of(sql);
  }

  @Test void comparisonsWithColumnsAndLimitsBecomeParameters() {
    LiteralParameters.Parameterized p = of("SELECT id FROM jobs WHERE status = 'failed'"
        + " AND submitted_at >= TIMESTAMP '2026-01-02 03:04:05' AND 5 < shots\n"
        + "  AND qubits BETWEEN 2 AND 11 ORDER BY id LIMIT 10 OFFSET 20").orElseThrow();
    assertEquals("SELECT id FROM jobs WHERE status = ? AND submitted_at >= ? AND ? < shots\n"
        + "  AND qubits BETWEEN ? AND ? ORDER BY id LIMIT ? OFFSET ?", p.sql());
    assertEquals(List.of("failed", "2026-01-02 03:04:05", 5L, 2L, 11L, 10L, 20L), p.values());
  }

  @Test void subqueriesJoinsAndUnionsAreWalked() {
    LiteralParameters.Parameterized p = of("SELECT j.id FROM (SELECT id FROM jobs WHERE"
        + " backend = 'simulator' LIMIT 3) j JOIN job_costs c ON c.job_id = j.id"
        + " WHERE c.cost > 7 UNION ALL SELECT id FROM jobs WHERE name = 'it''s'").orElseThrow();
    assertEquals("SELECT j.id FROM (SELECT id FROM jobs WHERE backend = ? LIMIT ?) j"
        + " JOIN job_costs c ON c.job_id = j.id WHERE c.cost > ? UNION ALL SELECT id FROM jobs"
        + " WHERE name = ?", p.sql());
    assertEquals(List.of("simulator", 3L, 7L, "it's"), p.values());
  }

  @Test void constantsWhoseMeaningAParameterWouldChangeStay() {
    for (String sql : List.of(
        "SELECT 'label', COUNT(*) FROM jobs GROUP BY 1",       // select list, ordinal
        "SELECT id FROM jobs WHERE shots > 2.5",                 // not a whole number
        "SELECT id FROM jobs WHERE status IN ('failed', 'canceled')",
        "SELECT id FROM jobs WHERE json_value(metadata, '$.team') = 'chemistry'",
        "SELECT id FROM jobs WHERE submitted_at > DATE '2026-01-01'",
        "SELECT id FROM jobs WHERE shots > -5",
        "SELECT id FROM jobs WHERE status = ?",                  // already a prepared text
        "SELECT {fn UCASE(id)} FROM jobs WHERE status = 'failed'",
        "EXPLAIN PLAN FOR SELECT id FROM jobs WHERE status = 'failed'",
        "SELECT id FROM jobs WHERE")) {                           // not SQL
      assertEquals(Optional.empty(), of(sql), sql);
    }
    assertEquals("SELECT id FROM jobs WHERE json_value(metadata, '$.team') = 'chemistry'"
        + " AND shots > 2.5 AND status = ?", of("SELECT id FROM jobs WHERE"
            + " json_value(metadata, '$.team') = 'chemistry' AND shots > 2.5"
            + " AND status = 'failed'").orElseThrow().sql(), "only the comparison with a column");
  }

  @Test void answersAreThoseOfTheLiteralTexts() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:ionq:demo=true;timeZone=Asia/Tokyo")) {
      for (int shots = 100; shots <= 4000; shots += 1300) {
        String sql = "SELECT id, shots, submitted_at FROM jobs WHERE status = 'completed'"
            + " AND shots >= " + shots + " AND submitted_at >= TIMESTAMP '2026-01-15 09:00:00'"
            + " ORDER BY id LIMIT 7";
        // A prepared statement runs its text as it is: the literals inline.
        List<String> literal;
        try (java.sql.PreparedStatement p = c.prepareStatement(sql)) {
          literal = Rows.of(p.executeQuery());
        }
        assertEquals(7, literal.size(), sql);
        assertEquals(literal, Rows.query(c, sql), sql);
      }
    }
  }
}
