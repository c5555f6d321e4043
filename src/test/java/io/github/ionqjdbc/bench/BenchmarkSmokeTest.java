package io.github.ionqjdbc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark suite still runs, end to end, in its quick mode. Its timings are not checked:
 * speed is judged from full runs (BENCHMARKS.md), never by timed assertions in tests.
 */
class BenchmarkSmokeTest {
  @Test void theQuickSuiteProducesEveryRow() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<BenchmarkSuite.Row> rows = new BenchmarkSuite(true,
        new PrintStream(log, true, StandardCharsets.UTF_8)).run();
    assertEquals(24, rows.size(), BenchmarkSuite.table(rows));
    BenchmarkSuite.Row memory = rows.get(2);
    assertTrue(memory.name().startsWith("memory"), memory.toString());
    assertEquals("yes", memory.met(), "SELECT * completes under -Xmx64m: " + log);
    String table = BenchmarkSuite.table(rows);
    assertTrue(table.contains("| full scan COUNT(*)"), table);
    assertTrue(table.contains("| latency overlap"), table);
    assertTrue(table.contains("| lookup join"), table);
  }
}
