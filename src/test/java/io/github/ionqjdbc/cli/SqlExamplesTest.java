package io.github.ionqjdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in sql-examples/ runs against the demo data, as {@code --demo --format csv --file}
 * runs it, and gives exactly its expected answer ({@code src/test/resources/sql-examples/}).
 */
class SqlExamplesTest {
  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("sql-examples"))) {
      List<Path> sql = files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
      assertTrue(sql.size() >= 19, "the examples are all here");
      return sql;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void givesItsExpectedAnswerOnTheDemoData(Path file) throws Exception {
    assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith("--"),
        file + " starts with a comment saying what it answers");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = IonQCli.run(new String[] {"--demo", "--format", "csv", "--file", file.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals("", err.toString());
    assertEquals(0, exit);
    String name = file.getFileName().toString().replace(".sql", ".csv");
    try (InputStream expected = SqlExamplesTest.class.getResourceAsStream(
        "/sql-examples/" + name)) {
      assertTrue(expected != null, "an expected answer for " + file);
      assertEquals(new String(expected.readAllBytes(), StandardCharsets.UTF_8), out.toString(),
          file + " (regenerate: java -jar target/ionq-jdbc-*-all.jar --demo --format csv"
              + " --file " + file + ")");
    }
  }
}
