package io.github.ionqjdbc;

import io.github.ionqjdbc.api.IonQApiException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * The {@link Connection} calls a read-only driver without transactions must answer quietly,
 * because tools make them on connect: commit and rollback do nothing (there is nothing to
 * commit), client info is kept, and the type map is empty. Calcite would throw for these.
 * {@code isValid} asks the API for one job, as JDBC wants it to check for real.
 */
final class ConnectionOverrides {
  /** For isValid(0), which JDBC leaves without a timeout: bounded all the same. */
  private static final int DEFAULT_VALIDATION_SECONDS = 30;

  private final ConnectionContext context;

  ConnectionOverrides(ConnectionContext context) {
    this.context = context;
  }

  Object invoke(Connection connection, Method method, Object[] args) throws SQLException {
    switch (method.getName()) {
      case "isValid":
        return isValid(connection, (Integer) args[0]);
      case "commit":
      case "rollback":
      case "releaseSavepoint":
        return null;
      case "setClientInfo":
        if (args.length == 1) {
          context.clientInfo().putAll((Properties) args[0]);
        } else if (args[1] == null) {
          context.clientInfo().remove(args[0]);
        } else {
          context.clientInfo().setProperty((String) args[0], (String) args[1]);
        }
        return null;
      case "getClientInfo":
        if (args == null || args.length == 0) {
          Properties copy = new Properties();
          copy.putAll(context.clientInfo());
          return copy;
        }
        return context.clientInfo().getProperty((String) args[0]);
      case "getTypeMap":
        return Map.of();
      case "setTypeMap":
        return null;
      case "nativeSQL":
        return args[0];
      default:
        return JdbcProxy.NOT_OVERRIDDEN;
    }
  }

  private boolean isValid(Connection connection, int timeoutSeconds) throws SQLException {
    if (timeoutSeconds < 0) {
      throw new SQLException("isValid timeout must not be negative: " + timeoutSeconds,
          "HY024");
    }
    if (connection.isClosed()) {
      return false;
    }
    try {
      context.client().checkReachable(Duration.ofSeconds(timeoutSeconds == 0
          ? DEFAULT_VALIDATION_SECONDS : timeoutSeconds));
      return true;
    } catch (IonQApiException e) {
      return false;
    }
  }
}
