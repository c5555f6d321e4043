package io.github.ionqjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bind values as JDBC users (and jOOQ, JayDeBeApi) hand them over: converted to the
 * parameter's type, or refused at setXxx with 22018 / 22003 and a message naming the
 * parameter and the types.
 */
class BindConversionTest {
  private static Connection c;

  @BeforeAll static void connect() throws SQLException {
    c = DriverManager.getConnection("jdbc:ionq:demo=true;timeZone=UTC");
  }

  @AfterAll static void close() throws SQLException {
    c.close();
  }

  interface Binder {
    void bind(PreparedStatement p) throws SQLException;
  }

  private static List<String> strings(String sql, Binder binder) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      binder.bind(p);
      List<String> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  private static List<String> strings(String sql) throws SQLException {
    return strings(sql, p -> { });
  }

  @Test void limitAndOffsetTakeAnyIntegralTypeAsJooqAndPythonBindThem() throws SQLException {
    String paged = "SELECT id FROM jobs ORDER BY id LIMIT ? OFFSET ?";
    List<String> expected = strings("SELECT id FROM jobs ORDER BY id LIMIT 5 OFFSET 10");
    assertEquals(5, expected.size());
    assertEquals(expected, strings(paged, p -> { p.setLong(1, 5); p.setLong(2, 10); }));
    assertEquals(expected, strings(paged, p -> { p.setObject(1, 5L); p.setObject(2, 10L); }));
    assertEquals(expected, strings(paged, p -> {
      p.setObject(1, 5L, Types.BIGINT); p.setObject(2, (short) 10);
    }));
    assertEquals(expected, strings(paged, p -> {
      p.setObject(1, new BigDecimal("5")); p.setObject(2, BigInteger.TEN);
    }));
    assertEquals(expected, strings(paged, p -> { p.setString(1, "5"); p.setInt(2, 10); }));
    assertEquals(expected, strings(
        "SELECT id FROM jobs ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
        p -> { p.setLong(1, 10); p.setLong(2, 5); }));
  }

  @Test void integersTakeNumericStringsAndBooleansTakeWordsAndNumbers() throws SQLException {
    assertEquals(strings("SELECT COUNT(*) FROM jobs WHERE shots > 500"),
        strings("SELECT COUNT(*) FROM jobs WHERE shots > ?", p -> p.setString(1, " 500 ")));
    List<String> notDryRun = strings("SELECT COUNT(*) FROM jobs WHERE dry_run = false");
    String boolSql = "SELECT COUNT(*) FROM jobs WHERE dry_run = ?";
    assertEquals(notDryRun, strings(boolSql, p -> p.setBoolean(1, false)));
    assertEquals(notDryRun, strings(boolSql, p -> p.setString(1, "false")));
    assertEquals(notDryRun, strings(boolSql, p -> p.setString(1, "f")));
    assertEquals(notDryRun, strings(boolSql, p -> p.setInt(1, 0)));
    assertEquals(notDryRun, strings(boolSql, p -> p.setObject(1, 0L)));
    assertEquals(List.of("0"), strings("SELECT COUNT(*) FROM jobs WHERE status = ?",
        p -> p.setNull(1, Types.OTHER)), "NULL equals nothing");
  }

  @Test void aValueThatCannotConvertFailsAtSetWithTheParameterAndTypesNamed()
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "SELECT id FROM jobs WHERE shots > ? AND submitted_at > ? AND dry_run = ? LIMIT ?")) {
      SQLException text = assertThrows(SQLException.class, () -> p.setString(1, "many"));
      assertEquals("22018", text.getSQLState());
      assertTrue(text.getMessage().contains("Parameter 1 is INTEGER"), text.getMessage());
      assertTrue(text.getMessage().contains("java.lang.String"), text.getMessage());
      SQLException fraction = assertThrows(SQLException.class, () -> p.setDouble(1, 2.5));
      assertEquals("22018", fraction.getSQLState());
      SQLException big = assertThrows(SQLException.class, () -> p.setLong(4, 1L << 40));
      assertEquals("22003", big.getSQLState());
      assertTrue(big.getMessage().contains("Parameter 4 is INTEGER"), big.getMessage());
      SQLException when = assertThrows(SQLException.class, () -> p.setString(2, "yesterday"));
      assertEquals("22018", when.getSQLState());
      assertTrue(when.getMessage().contains("Parameter 2 is TIMESTAMP"), when.getMessage());
      SQLException number = assertThrows(SQLException.class, () -> p.setLong(2, 1L));
      assertEquals("22018", number.getSQLState());
      SQLException word = assertThrows(SQLException.class, () -> p.setString(3, "maybe"));
      assertEquals("22018", word.getSQLState());
      SQLException index = assertThrows(SQLException.class, () -> p.setInt(5, 1));
      assertEquals("07009", index.getSQLState());
    }
  }

  @Test void timestampsTakeJavaTimeValuesAndStringsWithOrWithoutAnOffset()
      throws SQLException {
    String sql = "SELECT COUNT(*) FROM jobs WHERE submitted_at >= ?";
    List<String> expected = strings(
        "SELECT COUNT(*) FROM jobs WHERE submitted_at >= TIMESTAMP '2026-09-01 12:00:00'");
    assertEquals(expected, strings(sql, p -> p.setString(1, "2026-09-01 12:00:00")));
    assertEquals(expected, strings(sql, p -> p.setString(1, "2026-09-01T14:00:00+02:00")));
    assertEquals(expected, strings(sql, p -> p.setString(1, "2026-09-01T12:00:00Z")));
    assertEquals(expected, strings(sql, p -> p.setObject(1,
        java.time.OffsetDateTime.parse("2026-09-01T08:00:00-04:00"))));
    assertEquals(expected, strings(sql, p -> p.setObject(1,
        java.time.Instant.parse("2026-09-01T12:00:00Z"))));
    assertEquals(expected, strings(sql, p -> p.setObject(1,
        java.time.LocalDateTime.parse("2026-09-01T12:00:00"))));
    assertEquals(expected, strings(sql, p -> p.setTimestamp(1,
        java.sql.Timestamp.from(java.time.Instant.parse("2026-09-01T12:00:00Z")))));
  }

  @Test void plainStatementsStillRunAfterABindFailure() throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM jobs")) {
      rs.next();
      assertEquals(500, rs.getInt(1));
    }
  }
}
