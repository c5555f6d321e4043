package io.github.ionqjdbc.calcite.sql;

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
        "SELECT id FROM jobs WHERE json_value(metadata, '$.team') = 'chemistry'",
        "SELECT id FROM jobs WHERE submitted_at > CURRENT_TIMESTAMP - INTERVAL '7' DAY",
        "SELECT id FROM jobs WHERE submitted_at > TIMESTAMP '2026-10-01 00:00:00'"
            + " - INTERVAL '7' DAY * 2",                          // more than one shift
        "SELECT id FROM jobs WHERE shots > -5",
        "SELECT id FROM jobs WHERE status = ?",                  // already a prepared text
        "SELECT {fn UCASE(id)} FROM jobs WHERE status = 'failed'",
        "EXPLAIN PLAN FOR SELECT id FROM jobs WHERE status = 'failed'",
        "SELECT id FROM jobs WHERE")) {                           // not SQL
      assertEquals(Optional.empty(), of(sql), sql);
    }
    assertEquals("SELECT id FROM jobs WHERE json_value(metadata, '$.team') = 'chemistry'"
        + " AND shots + 1 > 2 AND status = ?", of("SELECT id FROM jobs WHERE"
            + " json_value(metadata, '$.team') = 'chemistry' AND shots + 1 > 2"
            + " AND status = 'failed'").orElseThrow().sql(), "only the comparison with a column");
  }

  /** The shapes dashboards and BI tools generate (issue 19). */
  @Test void inListsDatesAndDecimalsBecomeParameters() {
    LiteralParameters.Parameterized p = of("SELECT id FROM jobs WHERE status IN ('failed',"
        + " 'canceled') AND backend NOT IN ('simulator') AND submitted_at > DATE '2026-01-01'"
        + " AND shots > 2.5 AND qubits BETWEEN 2 AND 11").orElseThrow();
    assertEquals("SELECT id FROM jobs WHERE status IN (?, ?) AND backend NOT IN (?)"
        + " AND submitted_at > ? AND shots > CAST(? AS DECIMAL(2, 1)) AND qubits BETWEEN ? AND ?",
        p.sql());
    assertEquals(List.of("failed", "canceled", "simulator",
        java.time.LocalDate.of(2026, 1, 1), new java.math.BigDecimal("2.5"), 2L, 11L),
        p.values());
    LiteralParameters.Parameterized shift = of("SELECT backend, COUNT(*) FROM jobs WHERE"
        + " submitted_at > TIMESTAMP '2026-10-01 00:00:00' - INTERVAL '7' DAY AND submitted_at"
        + " < INTERVAL '1' MONTH + TIMESTAMP '2026-10-01 12:00:00' GROUP BY backend")
        .orElseThrow();
    assertEquals("SELECT backend, COUNT(*) FROM jobs WHERE submitted_at > ? AND submitted_at"
        + " < ? GROUP BY backend", shift.sql());
    java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
    assertEquals(java.time.Instant.parse("2026-09-23T22:00:00Z"),
        ((LiteralParameters.ShiftedTimestamp) shift.values().get(0)).in(berlin),
        "midnight in Berlin (UTC+2), then seven days back");
    assertEquals(java.time.Instant.parse("2026-11-01T10:00:00Z"),
        ((LiteralParameters.ShiftedTimestamp) shift.values().get(1)).in(berlin),
        "noon in Berlin, a month on by the calendar of its UTC value");
    assertEquals(of("SELECT id FROM jobs WHERE status IN ('completed', 'ready')").orElseThrow()
        .sql(), of("SELECT id FROM jobs WHERE status IN ('failed', 'started')").orElseThrow()
        .sql(), "lists of the same length share a text, so a plan");
  }

  /** The requests a statement added to the connection's log, sorted. */
  private static List<String> requestsOf(Connection c, java.util.concurrent.Callable<List<String>>
      run, List<String> answer) throws Exception {
    int before = Rows.query(c, "SELECT path FROM requests").size();
    answer.addAll(run.call());
    List<String> all = Rows.query(c, "SELECT path FROM requests ORDER BY started_at, path");
    return all.subList(before, all.size()).stream().sorted().toList();
  }

  /**
   * The same answers and the same requests as the literal texts, on every table's forms: the
   * demo API over HTTP, with a key of this test's own (so the requests table is its alone).
   */
  @Test void dashboardShapesAnswerAsTheirLiteralTextsWithTheSameRequests() throws Exception {
    try (io.github.ionqjdbc.testing.DemoHttpServer server =
             new io.github.ionqjdbc.testing.DemoHttpServer(
                 io.github.ionqjdbc.demo.DemoApi.withDefaultData());
         Connection c = DriverManager.getConnection("jdbc:ionq:apiKey=literal-parameters-test;"
             + "validateOnConnect=false;prefetch=false;timeZone=Asia/Tokyo;organizationId="
             + "5a7c0b6e-2d4f-4e1a-9c3b-7f8e6d5c4b3a;baseUrl=" + server.baseUrl())) {
      for (String sql : List.of(
          "SELECT id FROM jobs WHERE status IN ('failed', 'canceled') AND backend NOT IN"
              + " ('simulator') ORDER BY id",
          "SELECT COUNT(*) FROM jobs WHERE submitted_at >= DATE '2026-07-01'",
          "SELECT backend, COUNT(*) FROM jobs WHERE submitted_at > TIMESTAMP"
              + " '2026-10-01 00:00:00' - INTERVAL '30' DAY GROUP BY backend ORDER BY backend",
          "SELECT COUNT(*) FROM jobs WHERE submitted_at BETWEEN TIMESTAMP '2026-10-31 23:30:00'"
              + " - INTERVAL '2' MONTH AND INTERVAL '90' MINUTE + TIMESTAMP '2026-10-31 23:30:00'",
          "SELECT characterized_at FROM characterizations WHERE backend = 'qpu.forte-1'"
              + " AND characterized_at >= TIMESTAMP '2026-11-20 09:00:00' - INTERVAL '3' DAY"
              + " ORDER BY characterized_at",
          "SELECT COUNT(*) FROM jobs WHERE shots > 1023.5 AND shots < 2048.25",
          "SELECT period_start, amount FROM usage WHERE modality IN ('monthly')"
              + " AND period_start BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"
              + " ORDER BY period_start",
          "SELECT backend, characterized_at FROM characterizations WHERE backend IN"
              + " ('qpu.forte-1', 'qpu.aria-1') AND characterized_at >= DATE '2026-11-18'"
              + " ORDER BY backend, characterized_at",
          "SELECT job_id, cost FROM job_costs WHERE job_id IN (SELECT id FROM jobs"
              + " WHERE status = 'completed' AND backend = 'qpu.forte-1' ORDER BY id LIMIT 2)"
              + " AND cost > 0.5 ORDER BY job_id")) {
        List<String> literal = new java.util.ArrayList<>();
        List<String> literalRequests = requestsOf(c, () -> {
          try (java.sql.PreparedStatement p = c.prepareStatement(sql)) {
            return Rows.of(p.executeQuery()); // a prepared statement runs its text as it is
          }
        }, literal);
        List<String> shared = new java.util.ArrayList<>();
        List<String> sharedRequests = requestsOf(c, () -> Rows.query(c, sql), shared);
        assertEquals(false, literal.isEmpty() || literal.equals(List.of("0")), sql);
        assertEquals(literal, shared, sql);
        assertEquals(literalRequests, sharedRequests, "the same requests: " + sql);
        assertEquals(true, of(sql).isPresent(), "shared: " + sql);
      }
    }
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
