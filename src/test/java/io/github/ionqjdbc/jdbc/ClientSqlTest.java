package io.github.ionqjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ionqjdbc.testing.Rows;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SQL and metadata calls that tools send, answered as they expect, on the demo data. */
class ClientSqlTest {
  private static Connection c;

  @BeforeAll static void connect() throws SQLException {
    c = DriverManager.getConnection("jdbc:ionq:demo=true;timeZone=UTC");
  }

  @AfterAll static void close() throws SQLException {
    c.close();
  }

  private static List<String> rows(String sql) throws SQLException {
    return Rows.query(c, sql);
  }

  @Test void jdbcEscapeFunctionsDatesAndOuterJoinsWork() throws SQLException {
    assertEquals(List.of("COMPLETED|completed-x"), rows("SELECT {fn UCASE(status)},"
        + " {fn CONCAT(status, '-x')} FROM jobs WHERE status = 'completed' LIMIT 1"));
    assertEquals(List.of("2026-07-01|2026-07-01 12:30:00"),
        rows("SELECT {d '2026-07-01'}, {ts '2026-07-01 12:30:00'}"));
    assertEquals(rows("SELECT COUNT(*) FROM jobs a LEFT OUTER JOIN jobs b"
            + " ON a.parent_job_id = b.id"),
        rows("SELECT COUNT(*) FROM {oj jobs a LEFT OUTER JOIN jobs b"
            + " ON a.parent_job_id = b.id}"));
    assertEquals(List.of("500"), rows("SELECT COUNT(*) FROM jobs WHERE '{oj' <> '}'"),
        "braces in literals are left alone");
  }

  @Test void commonWordsServeAsAliasesAndTheSchemaCrawlerRowCountRuns() throws SQLException {
    assertEquals(List.of("500"), rows("SELECT COUNT(*) AS COUNT FROM ionq.jobs"));
    assertEquals(List.of("500"), rows("SELECT COUNT(*) FROM \"ionq\".\"jobs\""));
    assertEquals(List.of("completed|378"), rows("SELECT status AS value, COUNT(*) AS year"
        + " FROM jobs GROUP BY status ORDER BY year DESC LIMIT 1"));
  }

  @Test void writesAreRefusedAsReadOnlyBeforeAnythingRuns() throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : List.of("DELETE FROM jobs", "UPDATE jobs SET name = 'x'",
          "INSERT INTO jobs (id) VALUES ('x')", "CREATE TABLE t (x INT)", "DROP TABLE jobs")) {
        SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        assertEquals("25006", e.getSQLState(), sql + ": " + e.getMessage());
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
      }
      assertEquals("25006", assertThrows(SQLException.class,
          () -> s.executeUpdate("DELETE FROM jobs")).getSQLState());
      assertEquals("25006", assertThrows(SQLException.class,
          () -> c.prepareStatement("DELETE FROM jobs")).getSQLState());
    }
  }

  /** After a downgrade, a tool that still scrolls is told why it cannot and what to do. */
  @Test void movingAnywhereButForwardSaysResultsAreForwardOnly() throws SQLException {
    try (Statement s = c.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE,
        ResultSet.CONCUR_READ_ONLY);
         ResultSet rs = s.executeQuery("SELECT id FROM jobs ORDER BY id LIMIT 3")) {
      assertTrue(rs.next());
      List<org.junit.jupiter.api.function.Executable> moves = List.of(rs::last, rs::first,
          rs::previous, rs::beforeFirst, rs::afterLast, () -> rs.absolute(2),
          () -> rs.relative(1));
      for (org.junit.jupiter.api.function.Executable move : moves) {
        SQLException e = assertThrows(SQLException.class, move);
        assertEquals("24000", e.getSQLState());
        assertTrue(e.getMessage().startsWith("ionq-jdbc results are forward-only (rows stream"
            + " from the API page by page and are not kept), so "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" is not possible: read the rows in order with"
            + " next(), and run the query again to start over"), e.getMessage());
      }
      assertTrue(rs.next(), "the result is still usable after a refused move");
      assertTrue(rs.next());
      assertFalse(rs.next());
    }
  }

  @Test void scrollableAndUpdatableRequestsAreDowngradedWithAWarning() throws SQLException {
    c.clearWarnings();
    try (Statement s = c.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE,
        ResultSet.CONCUR_UPDATABLE)) {
      assertEquals(ResultSet.TYPE_FORWARD_ONLY, s.getResultSetType());
      assertEquals(ResultSet.CONCUR_READ_ONLY, s.getResultSetConcurrency());
      SQLWarning w = s.getWarnings();
      assertNotNull(w);
      assertEquals("01S02", w.getSQLState());
      assertTrue(w.getMessage().contains("TYPE_SCROLL_INSENSITIVE"), w.getMessage());
      assertNotNull(w.getNextWarning(), "one warning for each downgrade");
      assertNotNull(c.getWarnings());
      s.setEscapeProcessing(false);
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM jobs")) {
        assertEquals(ResultSet.TYPE_FORWARD_ONLY, rs.getType());
        rs.next();
        assertEquals(500, rs.getInt(1));
      }
    }
  }

  @Test void metadataPatternsFindTablesAsTheSqlDoesAndShowOnlyTheIonqSchema()
      throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    try (ResultSet rs = md.getTables(null, "IONQ", "JOBS", null)) {
      assertTrue(rs.next());
      assertEquals("jobs", rs.getString("TABLE_NAME"));
      assertFalse(rs.next());
    }
    try (ResultSet rs = md.getColumns(null, "Ionq", "Jo_s", "SUBMITTED%")) {
      assertTrue(rs.next());
      assertEquals("submitted_at", rs.getString("COLUMN_NAME"));
      assertFalse(rs.next());
    }
    List<String> schemas = new ArrayList<>();
    try (ResultSet rs = md.getSchemas()) {
      while (rs.next()) {
        schemas.add(rs.getString("TABLE_SCHEM"));
      }
    }
    assertEquals(List.of("ionq"), schemas, "Calcite's internal metadata schema is hidden");
    try (ResultSet rs = md.getFunctions(null, null, "%")) {
      assertFalse(rs.next(), "none of Calcite's internal functions");
    }
  }

  @Test void transactionAnswersAreConsistent() throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    assertEquals(Connection.TRANSACTION_NONE, c.getTransactionIsolation());
    assertEquals(Connection.TRANSACTION_NONE, md.getDefaultTransactionIsolation());
    assertFalse(md.supportsTransactions());
    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    assertEquals(Connection.TRANSACTION_NONE, c.getTransactionIsolation(),
        "not accepted and then reported");
    assertTrue(c.getAutoCommit());
    c.commit();
    c.rollback();
    assertTrue(c.isReadOnly());
  }

  @Test void unwrapHandsOutTheDriversOwnObjects() throws SQLException {
    assertSame(c, c.unwrap(Connection.class));
    assertFalse(c.isWrapperFor(org.apache.calcite.jdbc.CalciteConnection.class));
    assertThrows(SQLException.class,
        () -> c.unwrap(org.apache.calcite.jdbc.CalciteConnection.class));
    try (PreparedStatement p = c.prepareStatement("SELECT id FROM jobs LIMIT 1");
         ResultSet rs = p.executeQuery()) {
      assertSame(p, p.unwrap(PreparedStatement.class));
      assertSame(rs, rs.unwrap(ResultSet.class));
      assertSame(p, rs.getStatement());
      assertSame(c, p.getConnection());
      assertSame(c, c.getMetaData().getConnection());
    }
  }
}
