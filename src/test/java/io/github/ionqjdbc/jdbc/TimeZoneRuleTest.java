package io.github.ionqjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One time zone per connection: whatever the zone, a timestamp filter gives the rows a client
 * would keep if it evaluated the filter itself on the values it read, whether the boundary is
 * written as a string literal, a TIMESTAMP literal, a JDBC escape or bound in any of the ways
 * tools bind it; and getString shows what getTimestamp shows.
 */
class TimeZoneRuleTest {
  private static final TimeZone JVM_ZONE = TimeZone.getDefault();
  private static final LocalDateTime BOUNDARY = LocalDateTime.of(2026, 7, 1, 0, 0);

  @AfterEach void restoreTheJvmZone() {
    TimeZone.setDefault(JVM_ZONE);
  }

  /**
   * The JVM runs in the zone (the connection takes it by default, as pgjdbc does); the
   * expected counts are those of the demo data as shown in that zone.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"America/New_York, 419", "Asia/Tokyo, 422", "UTC, 420"})
  void everyWayOfWritingTheBoundaryGivesTheRowsTheClientSees(String zone, long expected)
      throws SQLException {
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    try (Connection c = DriverManager.getConnection("jdbc:ionq:demo=true")) {
      assertEquals(expected, countAsTheClientSeesIt(c), "what getTimestamp shows in " + zone);
      assertEquals(expected, count(c, "submitted_at >= '2026-07-01 00:00:00'"));
      assertEquals(expected, count(c, "submitted_at >= TIMESTAMP '2026-07-01 00:00:00'"));
      assertEquals(expected, count(c, "submitted_at >= {ts '2026-07-01 00:00:00'}"));
      assertEquals(expected, count(c, "submitted_at >= DATE '2026-07-01'"));
      assertEquals(expected, countBound(c, p -> p.setTimestamp(1, Timestamp.valueOf(BOUNDARY))));
      assertEquals(expected, countBound(c, p -> p.setObject(1, BOUNDARY)));
      assertEquals(expected, countBound(c, p -> p.setString(1, "2026-07-01 00:00:00")));
      assertEquals(expected, countBound(c, p -> p.setString(1, "2026-07-01T00:00")));
      assertEquals(expected, countBound(c, p -> p.setObject(1, BOUNDARY.toLocalDate())));
      assertEquals(expected, countBound(c, p -> p.setObject(1,
          BOUNDARY.atZone(ZoneId.of(zone)).toOffsetDateTime())));
      assertEquals(expected, countBound(c, p -> p.setObject(1,
          BOUNDARY.atZone(ZoneId.of(zone)).toInstant())));
      assertEquals(expected, countBound(c, p -> p.setDate(1, java.sql.Date.valueOf("2026-07-01"))));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"America/New_York", "Asia/Tokyo", "UTC"})
  void getStringShowsWhatGetTimestampShowsAndTheInstantStaysTheApis(String zone)
      throws SQLException {
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    DateTimeFormatter shown = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    try (Connection c = DriverManager.getConnection("jdbc:ionq:demo=true");
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT submitted_at FROM jobs WHERE id = "
             + "(SELECT MIN(id) FROM jobs)")) {
      rs.next();
      Timestamp ts = rs.getTimestamp(1);
      assertEquals(shown.format(ts.toLocalDateTime()), rs.getString(1));
      assertEquals(ts.toLocalDateTime(), rs.getObject(1, LocalDateTime.class));
      assertEquals(ts.toInstant(), rs.getObject(1, Instant.class));
    }
    try (Connection utc = DriverManager.getConnection("jdbc:ionq:demo=true;timeZone=UTC");
         Connection local = DriverManager.getConnection("jdbc:ionq:demo=true");
         Statement a = utc.createStatement(); Statement b = local.createStatement();
         ResultSet x = a.executeQuery("SELECT submitted_at FROM jobs ORDER BY id");
         ResultSet y = b.executeQuery("SELECT submitted_at FROM jobs ORDER BY id")) {
      while (x.next() && y.next()) {
        assertEquals(x.getTimestamp(1).toInstant(), y.getTimestamp(1).toInstant(),
            "the instant does not depend on the connection's zone");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"America/New_York, 419", "Asia/Tokyo, 422"})
  void theTimeZonePropertyWinsOverTheJvmsZone(String zone, long expected) throws SQLException {
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    try (Connection c = DriverManager.getConnection("jdbc:ionq:demo=true;timeZone=" + zone)) {
      assertEquals(expected, count(c, "submitted_at >= '2026-07-01 00:00:00'"));
      assertEquals(expected, countBound(c, p -> p.setObject(1, BOUNDARY)));
    }
  }

  private static long countAsTheClientSeesIt(Connection c) throws SQLException {
    long n = 0;
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT submitted_at FROM jobs")) {
      while (rs.next()) {
        if (!rs.getTimestamp(1).toLocalDateTime().isBefore(BOUNDARY)) {
          n++;
        }
      }
    }
    return n;
  }

  private static long count(Connection c, String where) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM jobs WHERE " + where)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  interface Binder {
    void bind(PreparedStatement p) throws SQLException;
  }

  private static long countBound(Connection c, Binder binder) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "SELECT COUNT(*) FROM jobs WHERE submitted_at >= ?")) {
      binder.bind(p);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
