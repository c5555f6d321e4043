package io.github.ionqjdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class IonQCliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return IonQCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test void printsAnAlignedTableByDefault() {
    assertEquals(0, run("--demo", "select status, count(*) as n from jobs group by status"
        + " order by status"));
    String text = out.toString();
    assertTrue(text.contains("| status    | n   |"), text);
    assertTrue(text.contains("| canceled  |"), text);
    assertTrue(text.contains("(6 rows)"), text);
    assertEquals("", err.toString());
  }

  @Test void printsCsvWithAHeader() {
    assertEquals(0, run("--demo", "--format", "csv",
        "select id, name from jobs where id = 'nope' or status = 'ready' order by id"));
    String[] lines = out.toString().split("\r\n");
    assertEquals("id,name", lines[0]);
    assertTrue(lines.length >= 2, out.toString());
  }

  @Test void printsJsonWithTypedValues() throws Exception {
    assertEquals(0, run("--demo", "-f", "JSON", "select count(*) as n, max(submitted_at) as t,"
        + " every(dry_run) as d from jobs"));
    JsonNode rows = new ObjectMapper().readTree(out.toString());
    assertEquals(500, rows.get(0).get("n").asInt());
    assertTrue(rows.get(0).get("t").asText().endsWith("Z"), rows.toString());
    assertTrue(rows.get(0).get("d").isBoolean());
  }

  @Test void runsAFileAndIgnoresItsTrailingSemicolon() {
    assertEquals(0, run("--demo", "--file", "sql-examples/01_failures_by_code.sql"));
    assertTrue(out.toString().contains("failure_code"));
  }

  @Test void aBadQueryIsOneLineOnStderrAndExitCode1() {
    assertEquals(1, run("--demo", "select nope from jobs"));
    String message = err.toString().strip();
    assertTrue(message.startsWith("error: "), message);
    assertTrue(message.contains("nope"), message);
    assertEquals(1, message.lines().count(), message);
  }

  @Test void aBadConnectionPropertyIsOneLineOnStderr() {
    assertEquals(1, run("--url", "jdbc:ionq:demo=true;pageSize=x", "select 1"));
    assertTrue(err.toString().contains("pageSize"), err.toString());
    assertTrue(err.toString().contains("HY024"), err.toString());
  }

  @Test void emptySqlIsAUsageError() {
    assertEquals(2, run("--demo", " "));
    assertTrue(err.toString().contains("The SQL is empty"), err.toString());
  }

  @Test void aWrongOptionIsOneLineAndExitCode2() {
    assertEquals(2, run("--demo", "--format", "xml", "select 1"));
    String message = err.toString().strip();
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.contains("use table, csv or json"), message);
  }

  @Test void aMissingFileIsNamed() {
    assertEquals(1, run("--demo", "--file", "no-such-dir/q.sql"));
    assertEquals("error: no such file: no-such-dir/q.sql", err.toString().strip());
  }

  /** A library's bare code (Caffeine's "SSMWA" once) is said to be a bug, not shown alone. */
  @Test void aFailureWithoutASentenceIsCalledABug() {
    assertEquals("unexpected java.lang.IllegalStateException: SSMWA (a bug in ionq-jdbc: please"
        + " report it with the command)", IonQCli.describe(new IllegalStateException("SSMWA")));
    assertEquals("the pool is shut down", IonQCli.describe(
        new IllegalStateException("the pool is shut down\nat line 2")));
  }
}
