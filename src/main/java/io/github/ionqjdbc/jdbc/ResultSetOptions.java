package io.github.ionqjdbc.jdbc;

import java.sql.ResultSet;
import java.sql.SQLWarning;
import java.sql.Statement;

/**
 * Result-set types and concurrencies a statement may ask for. Results are forward-only and
 * read-only (rows stream from the API, page by page, and cannot be changed); asking for more
 * is downgraded with an {@link SQLWarning} on the connection and the statement, as JDBC allows,
 * instead of failing the tool that asked.
 */
final class ResultSetOptions {
  /** SQLState of the warning: an option value was changed. */
  static final String OPTION_VALUE_CHANGED = "01S02";

  private ResultSetOptions() {
  }

  static void downgrade(IonQConnection connection, Statement statement, int type,
      int concurrency) {
    if (type != ResultSet.TYPE_FORWARD_ONLY) {
      warn(connection, statement, "ionq-jdbc results are forward-only: result set type "
          + typeName(type) + " was downgraded to TYPE_FORWARD_ONLY");
    }
    if (concurrency != ResultSet.CONCUR_READ_ONLY) {
      warn(connection, statement, "ionq-jdbc results are read-only: concurrency "
          + concurrency + " was downgraded to CONCUR_READ_ONLY");
    }
  }

  private static void warn(IonQConnection connection, Statement statement, String message) {
    connection.addWarning(new SQLWarning(message, OPTION_VALUE_CHANGED));
    ((IonQStatement) statement).addWarning(new SQLWarning(message, OPTION_VALUE_CHANGED));
  }

  private static String typeName(int type) {
    switch (type) {
      case ResultSet.TYPE_SCROLL_INSENSITIVE:
        return "TYPE_SCROLL_INSENSITIVE";
      case ResultSet.TYPE_SCROLL_SENSITIVE:
        return "TYPE_SCROLL_SENSITIVE";
      default:
        return Integer.toString(type);
    }
  }
}
