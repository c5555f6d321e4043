package io.github.ionqjdbc.jdbc;

import io.github.ionqjdbc.api.CancelSignal;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * One execution of a statement, from the moment {@code execute} is called until its result is
 * closed: whether it was cancelled, and by when its query timeout ends it. The scans of the
 * execution poll it (between pages, while backing off, and through the watchdog while a
 * request is in flight), and the JDBC face checks it after planning and on every row, so a
 * cancel or timeout ends the statement at any moment of its life with SQLState 57014.
 */
final class Execution implements CancelSignal {
  private final long deadlineNanos;
  private final int timeoutSeconds;
  private volatile boolean cancelled;

  /** @param timeoutSeconds the statement's query timeout, 0 for none */
  Execution(int timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
    this.deadlineNanos = timeoutSeconds <= 0 ? Long.MAX_VALUE
        : System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
  }

  void cancel() {
    cancelled = true;
  }

  @Override public boolean isCancelled() {
    return cancelled;
  }

  @Override public long deadlineNanos() {
    return deadlineNanos;
  }

  /** Throws if the execution was cancelled or ran out of time. */
  void check() throws SQLException {
    if (cancelled) {
      throw new SQLException("The query was cancelled", JdbcErrors.QUERY_CANCELED);
    }
    if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos >= 0) {
      throw new SQLTimeoutException("The query timed out after " + timeoutSeconds
          + (timeoutSeconds == 1 ? " second" : " seconds") + " (setQueryTimeout)",
          JdbcErrors.QUERY_CANCELED);
    }
  }
}
