package io.github.ionqjdbc;

import java.lang.reflect.Method;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A plain {@link Statement} whose {@code executeQuery(sql)} runs through a prepared statement
 * from the connection's {@link PreparedQueryCache}: the plan is made once per SQL text. The
 * statement's settings (max rows, query timeout, fetch size) are carried over, and
 * {@code cancel()} reaches the statement actually running.
 */
final class StatementOverrides {
  private final Statement statement;
  private final PreparedQueryCache cache;
  private volatile PreparedStatement running;
  private String runningSql;
  private ResultSet lastResult;

  StatementOverrides(Statement statement, PreparedQueryCache cache) {
    this.statement = statement;
    this.cache = cache;
  }

  Object invoke(Method method, Object[] args) throws SQLException {
    switch (method.getName()) {
      case "executeQuery":
        return executeQuery((String) args[0]);
      case "execute":
        if (args.length == 1) {
          // GUI SQL editors run everything through execute(sql), then ask for the result set.
          return execute((String) args[0]);
        }
        release();
        return JdbcProxy.NOT_OVERRIDDEN;
      case "getResultSet":
        return running != null ? lastResult : JdbcProxy.NOT_OVERRIDDEN;
      case "getUpdateCount":
        return running != null ? -1 : JdbcProxy.NOT_OVERRIDDEN;
      case "getMoreResults":
        if (running != null && (args == null || args.length == 0)) {
          release(); // one result only: moving on closes it
          return false;
        }
        return JdbcProxy.NOT_OVERRIDDEN;
      case "cancel":
        PreparedStatement p = running;
        if (p != null) {
          p.cancel();
        }
        return JdbcProxy.NOT_OVERRIDDEN;
      case "close":
        release();
        return JdbcProxy.NOT_OVERRIDDEN;
      case "executeUpdate":
      case "executeLargeUpdate":
      case "addBatch":
        release(); // the statement is used another way now: JDBC closes the previous result
        return JdbcProxy.NOT_OVERRIDDEN;
      default:
        return JdbcProxy.NOT_OVERRIDDEN;
    }
  }

  private ResultSet executeQuery(String sql) throws SQLException {
    release();
    return run(sql, cache.checkOut(sql));
  }

  /**
   * {@code execute(sql)} through the cache when the SQL prepares (a query); anything that does
   * not prepare goes to Calcite's own {@code execute}, which reports its error or runs it.
   */
  private Object execute(String sql) throws SQLException {
    release();
    PreparedStatement p;
    try {
      p = cache.checkOut(sql);
    } catch (SQLException notPreparable) {
      return JdbcProxy.NOT_OVERRIDDEN;
    }
    run(sql, p);
    return true;
  }

  /** Runs a checked-out statement with this statement's settings. */
  private ResultSet run(String sql, PreparedStatement p) throws SQLException {
    try {
      p.setMaxRows(statement.getMaxRows());
      p.setQueryTimeout(statement.getQueryTimeout());
      p.setFetchSize(statement.getFetchSize());
      runningSql = sql;
      running = p;
      lastResult = p.executeQuery();
      return lastResult;
    } catch (SQLException | RuntimeException e) {
      running = null;
      p.close(); // a statement that failed is not worth keeping
      throw e;
    }
  }

  /** Closes the current result and returns its prepared statement to the cache. */
  private void release() throws SQLException {
    PreparedStatement p = running;
    if (p == null) {
      return;
    }
    running = null;
    if (lastResult != null) {
      lastResult.close();
      lastResult = null;
    }
    cache.checkIn(runningSql, p);
  }
}
