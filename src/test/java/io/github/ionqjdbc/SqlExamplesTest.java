package io.github.ionqjdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in sql-examples/ runs against the demo data and returns rows. */
class SqlExamplesTest {
  private static Connection connection;

  @BeforeAll static void connect() throws SQLException {
    connection = DriverManager.getConnection("jdbc:ionq:demo=true");
  }

  @AfterAll static void close() throws SQLException {
    connection.close();
  }

  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("sql-examples"))) {
      List<Path> sql = files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
      assertTrue(sql.size() >= 8, "at least eight examples");
      return sql;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void runsAgainstTheDemoAndReturnsRows(Path file) throws Exception {
    String sql = Files.readString(file, StandardCharsets.UTF_8).strip();
    sql = sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
    assertTrue(sql.startsWith("--"), file + " starts with a comment saying what it answers");
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next(), file + " returns at least one row on the demo data");
    }
  }
}
