package io.github.ionqjdbc;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.util.Map;
import java.util.Properties;

/**
 * The {@link Connection} calls a read-only driver without transactions must answer quietly,
 * because tools make them on connect: commit and rollback do nothing (there is nothing to
 * commit), client info is kept, and the type map is empty. Calcite would throw for these.
 */
final class ConnectionOverrides {
  private final ConnectionContext context;

  ConnectionOverrides(ConnectionContext context) {
    this.context = context;
  }

  Object invoke(Method method, Object[] args) {
    switch (method.getName()) {
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
}
