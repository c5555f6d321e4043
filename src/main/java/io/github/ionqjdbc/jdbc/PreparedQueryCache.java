package io.github.ionqjdbc.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared statements kept per SQL text, so that a plain {@code Statement.executeQuery} run
 * again (a dashboard refreshing) reuses the plan instead of parsing, validating and optimizing
 * the same SQL each time; Calcite itself keeps no plans for plain statements.
 *
 * <p>A statement is checked out while a {@code Statement} uses it and checked in when that
 * statement runs something else or closes, so two statements running the same SQL never
 * share one (which would close the other's result set). Bounded; least recently used first out.
 */
final class PreparedQueryCache {
  private static final int MAX_SQL_TEXTS = 64;
  private static final int MAX_IDLE_PER_SQL = 2;

  /** Makes a new prepared statement for a SQL text. */
  @FunctionalInterface
  interface Preparer {
    PreparedStatement prepare(String sql) throws SQLException;
  }

  private final Preparer preparer;
  private final Map<String, Deque<PreparedStatement>> idle =
      new LinkedHashMap<>(16, 0.75f, true);

  PreparedQueryCache(Preparer preparer) {
    this.preparer = preparer;
  }

  /** An idle prepared statement for {@code sql}, or a newly prepared one. */
  PreparedStatement checkOut(String sql) throws SQLException {
    synchronized (this) {
      Deque<PreparedStatement> ready = idle.get(sql);
      while (ready != null && !ready.isEmpty()) {
        PreparedStatement p = ready.pop();
        if (!p.isClosed()) {
          return p;
        }
      }
    }
    return preparer.prepare(sql);
  }

  /** Closes every idle statement (the connection is closing). */
  synchronized void clear() {
    idle.values().forEach(ready -> ready.forEach(PreparedQueryCache::closeQuietly));
    idle.clear();
  }

  /** Gives a statement back for reuse (or closes it when the cache is full). */
  void checkIn(String sql, PreparedStatement statement) throws SQLException {
    statement.clearWarnings();
    PreparedStatement evicted = null;
    synchronized (this) {
      Deque<PreparedStatement> ready = idle.computeIfAbsent(sql, k -> new ArrayDeque<>());
      if (ready.size() < MAX_IDLE_PER_SQL) {
        ready.push(statement);
        statement = null;
      }
      if (idle.size() > MAX_SQL_TEXTS) {
        Iterator<Map.Entry<String, Deque<PreparedStatement>>> eldest = idle.entrySet().iterator();
        Deque<PreparedStatement> old = eldest.next().getValue();
        eldest.remove();
        evicted = old.isEmpty() ? null : old.pop();
        old.forEach(PreparedQueryCache::closeQuietly);
      }
    }
    if (statement != null) {
      statement.close();
    }
    if (evicted != null) {
      evicted.close();
    }
  }

  private static void closeQuietly(PreparedStatement p) {
    try {
      p.close();
    } catch (SQLException e) {
      // Closing a cached statement that is no longer wanted: nothing the user can act on.
    }
  }
}
