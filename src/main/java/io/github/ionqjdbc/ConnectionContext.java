package io.github.ionqjdbc;

import java.sql.Connection;
import java.util.Properties;

/**
 * What the JDBC wrappers of one connection share: the Calcite connection behind them, the URL
 * as it may be shown (no key), and the client info a tool sets.
 */
final class ConnectionContext {
  private final Connection calcite;
  private final String safeUrl;
  private final Properties clientInfo = new Properties();
  private final PreparedQueryCache preparedQueries;

  ConnectionContext(Connection calcite, String safeUrl) {
    this.calcite = calcite;
    this.safeUrl = safeUrl;
    this.preparedQueries = new PreparedQueryCache(calcite);
  }

  PreparedQueryCache preparedQueries() {
    return preparedQueries;
  }

  /** The Calcite connection (unwrapped): for result sets the driver builds itself. */
  Connection calcite() {
    return calcite;
  }

  String safeUrl() {
    return safeUrl;
  }

  Properties clientInfo() {
    return clientInfo;
  }
}
