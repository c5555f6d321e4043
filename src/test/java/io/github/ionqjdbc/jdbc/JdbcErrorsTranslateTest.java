package io.github.ionqjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import org.junit.jupiter.api.Test;

/** What reaches the user when a library fails with no sentence of its own. */
class JdbcErrorsTranslateTest {
  /** Caffeine once failed with IllegalStateException("SSMWA"): a class name, no hint. */
  @Test void aBareCodeFromALibrarySaysItIsTheDriversFault() {
    SQLException e = JdbcErrors.translate(new RuntimeException("wrapped",
        new IllegalStateException("SSMWA")));
    assertEquals("HY000", e.getSQLState());
    assertEquals("ionq-jdbc failed inside java.lang.IllegalStateException (SSMWA): this is a bug"
        + " in the driver, not in your query; please report it with the statement and the"
        + " driver version", e.getMessage());
  }

  @Test void aMessageThatSaysSomethingIsKept() {
    SQLException e = JdbcErrors.translate(new IllegalStateException("the pool is shut down"));
    assertEquals("the pool is shut down", e.getMessage());
  }

  @Test void anUnsupportedCallWithoutStateIs0A000() {
    SQLException e = JdbcErrors.translate(new SQLFeatureNotSupportedException());
    assertEquals("0A000", e.getSQLState());
    assertEquals("ionq-jdbc does not support this call", e.getMessage());
  }
}
