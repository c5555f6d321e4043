package io.github.ionqjdbc;

import io.github.ionqjdbc.api.IonQClient;
import java.sql.Connection;
import java.util.Properties;

/**
 * What the JDBC wrappers of one connection share: the Calcite connection behind them, its API
 * client, the URL as it may be shown (no key), the client info a tool sets, and the prepared
 * statements kept for plain statements.
 */
final class ConnectionContext {
  private final Connection calcite;
  private final IonQClient client;
  private final String safeUrl;
  private final Properties clientInfo = new Properties();
  private final PreparedQueryCache preparedQueries;

  ConnectionContext(Connection calcite, IonQClient client, String safeUrl) {
    this.calcite = calcite;
    this.client = client;
    this.safeUrl = safeUrl;
    this.preparedQueries = new PreparedQueryCache(calcite);
  }

  /** The API client of this connection. */
  IonQClient client() {
    return client;
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
