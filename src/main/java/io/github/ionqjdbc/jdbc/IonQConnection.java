package io.github.ionqjdbc.jdbc;

import io.github.ionqjdbc.api.http.IonQClient;
import io.github.ionqjdbc.api.IonQApiException;
import io.github.ionqjdbc.calcite.PlanningScope;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * A connection of the driver, over Calcite's. It answers what a read-only connection without
 * transactions should (commit and rollback do nothing, isolation is NONE, it is read-only),
 * validates for real in {@link #isValid}, and hands out the driver's own statements and
 * metadata. Its statements plan SQL inside a {@link PlanningScope} with the connection's zone.
 */
public final class IonQConnection extends ForwardingConnection {
  /** The driver's name, as metadata reports it. */
  public static final String DRIVER_NAME = "ionq-jdbc";
  /** The product behind the connection, as metadata reports it. */
  public static final String PRODUCT_NAME = "IonQ Cloud";
  /** The API version the driver speaks. */
  public static final String PRODUCT_VERSION = "API v0.4";
  /** For isValid(0), which JDBC leaves without a timeout: bounded all the same. */
  private static final int DEFAULT_VALIDATION_SECONDS = 30;

  private final IonQClient client;
  private final String safeUrl;
  private final ZoneId zone;
  private final BindValues binds;
  private final PreparedQueryCache preparedQueries;
  private final Properties clientInfo = new Properties();
  private final Set<IonQStatement> openStatements = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;
  private final Warnings warnings = new Warnings();
  private int networkTimeoutMillis;
  private final boolean strictParsing;

  /**
   * @param calcite the Calcite connection, its schema set up
   * @param client the connection's API client
   * @param safeUrl the connection's URL as metadata may show it: without the key
   * @param zone the zone of timestamp literals, bind values and {@code getString}
   * @param strictParsing true when a value that cannot be read as its column's type fails the
   *     query (else it is NULL with a warning)
   */
  public IonQConnection(Connection calcite, IonQClient client, String safeUrl, ZoneId zone,
      boolean strictParsing) {
    super(calcite);
    this.client = client;
    this.strictParsing = strictParsing;
    this.safeUrl = safeUrl;
    this.zone = zone;
    this.binds = new BindValues(zone);
    this.preparedQueries = new PreparedQueryCache(this::prepareCalcite);
  }

  String safeUrl() {
    return safeUrl;
  }

  ZoneId zone() {
    return zone;
  }

  /** What a statement's scans do with a value that cannot be read: warn, or fail. */
  ReadWarnings readWarnings() {
    return strictParsing ? null : new ReadWarnings();
  }

  BindValues binds() {
    return binds;
  }

  PreparedQueryCache preparedQueries() {
    return preparedQueries;
  }

  /** Calcite's connection, for the metadata queries the driver builds itself. */
  Connection calcite() {
    return delegate;
  }

  /** Prepares {@code sql} on Calcite's connection, planned with this connection's settings. */
  PreparedStatement prepareCalcite(String sql) throws SQLException {
    try (PlanningScope planning = PlanningScope.open(zone)) {
      return delegate.prepareStatement(sql);
    } catch (Throwable t) {
      throw JdbcErrors.border(t);
    }
  }

  void checkOpen() throws SQLException {
    if (closed) {
      throw new SQLException("The connection is closed", "08003");
    }
  }

  void forget(IonQStatement statement) {
    openStatements.remove(statement);
  }

  private <S extends IonQStatement> S track(S statement) {
    openStatements.add(statement);
    return statement;
  }

  // Statements.

  @Override public Statement createStatement() throws SQLException {
    checkOpen();
    return track(new IonQStatement(this));
  }

  @Override public Statement createStatement(int type, int concurrency) throws SQLException {
    Statement s = createStatement();
    ResultSetOptions.downgrade(this, s, type, concurrency);
    return s;
  }

  @Override public Statement createStatement(int type, int concurrency, int holdability)
      throws SQLException {
    return createStatement(type, concurrency);
  }

  @Override public PreparedStatement prepareStatement(String sql) throws SQLException {
    checkOpen();
    return track(new IonQPreparedStatement(this, sql, prepareCalcite(sql)));
  }

  @Override public PreparedStatement prepareStatement(String sql, int type, int concurrency)
      throws SQLException {
    PreparedStatement p = prepareStatement(sql);
    ResultSetOptions.downgrade(this, p, type, concurrency);
    return p;
  }

  @Override public PreparedStatement prepareStatement(String sql, int type, int concurrency,
      int holdability) throws SQLException {
    return prepareStatement(sql, type, concurrency);
  }

  /** Generated keys: a read-only driver generates none, so the request changes nothing. */
  @Override public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys)
      throws SQLException {
    return prepareStatement(sql);
  }

  @Override public PreparedStatement prepareStatement(String sql, int[] columnIndexes)
      throws SQLException {
    return prepareStatement(sql);
  }

  @Override public PreparedStatement prepareStatement(String sql, String[] columnNames)
      throws SQLException {
    return prepareStatement(sql);
  }

  @Override public CallableStatement prepareCall(String sql) throws SQLException {
    throw new SQLFeatureNotSupportedException("ionq-jdbc has no stored procedures;"
        + " use prepareStatement for queries", JdbcErrors.NOT_SUPPORTED);
  }

  @Override public CallableStatement prepareCall(String sql, int type, int concurrency)
      throws SQLException {
    return prepareCall(sql);
  }

  @Override public CallableStatement prepareCall(String sql, int type, int concurrency,
      int holdability) throws SQLException {
    return prepareCall(sql);
  }

  @Override public DatabaseMetaData getMetaData() throws SQLException {
    checkOpen();
    return new IonQDatabaseMetaData(this, delegate.getMetaData());
  }

  @Override public String nativeSQL(String sql) {
    return sql;
  }

  // Transactions: there are none. Reads see the API as it is at each request.

  @Override public void commit() throws SQLException {
    checkOpen();
  }

  @Override public void rollback() throws SQLException {
    checkOpen();
  }

  @Override public void rollback(Savepoint savepoint) throws SQLException {
    throw new SQLFeatureNotSupportedException("ionq-jdbc has no transactions, so no"
        + " savepoints", JdbcErrors.NOT_SUPPORTED);
  }

  @Override public Savepoint setSavepoint() throws SQLException {
    return setSavepoint(null);
  }

  @Override public Savepoint setSavepoint(String name) throws SQLException {
    throw new SQLFeatureNotSupportedException("ionq-jdbc has no transactions, so no"
        + " savepoints", JdbcErrors.NOT_SUPPORTED);
  }

  @Override public void releaseSavepoint(Savepoint savepoint) throws SQLException {
    throw new SQLFeatureNotSupportedException("ionq-jdbc has no transactions, so no"
        + " savepoints", JdbcErrors.NOT_SUPPORTED);
  }

  /** Auto-commit is on: every statement stands alone (there is nothing to commit). */
  @Override public boolean getAutoCommit() throws SQLException {
    checkOpen();
    return true;
  }

  /** Accepted either way: with nothing to commit, the setting changes nothing. */
  @Override public void setAutoCommit(boolean autoCommit) throws SQLException {
    checkOpen();
  }

  @Override public int getTransactionIsolation() throws SQLException {
    checkOpen();
    return TRANSACTION_NONE;
  }

  /**
   * Only NONE is offered. Another level is downgraded with a warning, as JDBC allows, rather
   * than refused: pools and tools set one by habit.
   */
  @Override public void setTransactionIsolation(int level) throws SQLException {
    checkOpen();
    if (level != TRANSACTION_NONE) {
      addWarning(new SQLWarning("ionq-jdbc has no transactions; isolation stays"
          + " TRANSACTION_NONE (asked: " + level + ")", "01000"));
    }
  }

  @Override public boolean isReadOnly() throws SQLException {
    checkOpen();
    return true;
  }

  /** Accepted either way: the connection reads only, whatever is asked. */
  @Override public void setReadOnly(boolean readOnly) throws SQLException {
    checkOpen();
  }

  @Override public int getHoldability() throws SQLException {
    checkOpen();
    return ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }

  /** Both holdabilities mean the same here: nothing is ever committed under a cursor. */
  @Override public void setHoldability(int holdability) throws SQLException {
    checkOpen();
  }

  @Override public Map<String, Class<?>> getTypeMap() throws SQLException {
    checkOpen();
    return Map.of();
  }

  @Override public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
    checkOpen();
  }

  // Client info: kept, as tools set it on connect.

  @Override public void setClientInfo(String name, String value) throws SQLClientInfoException {
    if (value == null) {
      clientInfo.remove(name);
    } else {
      clientInfo.setProperty(name, value);
    }
  }

  @Override public void setClientInfo(Properties properties) throws SQLClientInfoException {
    clientInfo.clear();
    clientInfo.putAll(properties);
  }

  @Override public String getClientInfo(String name) throws SQLException {
    checkOpen();
    return clientInfo.getProperty(name);
  }

  @Override public Properties getClientInfo() throws SQLException {
    checkOpen();
    Properties copy = new Properties();
    copy.putAll(clientInfo);
    return copy;
  }

  /** Kept for pools that read it back; requests are bounded by the timeout properties. */
  @Override public void setNetworkTimeout(Executor executor, int milliseconds)
      throws SQLException {
    checkOpen();
    if (milliseconds < 0) {
      throw new SQLException("Network timeout must not be negative: " + milliseconds,
          JdbcErrors.INVALID_ATTRIBUTE);
    }
    networkTimeoutMillis = milliseconds;
  }

  @Override public int getNetworkTimeout() throws SQLException {
    checkOpen();
    return networkTimeoutMillis;
  }

  // Warnings.

  void addWarning(SQLWarning warning) {
    warnings.add(warning);
  }

  @Override public SQLWarning getWarnings() throws SQLException {
    checkOpen();
    return warnings.get();
  }

  @Override public void clearWarnings() throws SQLException {
    checkOpen();
    warnings.clear();
  }

  // Life cycle.

  /** Asks the API who this key is, as JDBC wants: false if it cannot be had in time. */
  @Override public boolean isValid(int timeoutSeconds) throws SQLException {
    if (timeoutSeconds < 0) {
      throw new SQLException("isValid timeout must not be negative: " + timeoutSeconds,
          JdbcErrors.INVALID_ATTRIBUTE);
    }
    if (closed) {
      return false;
    }
    try {
      client.checkReachable(Duration.ofSeconds(timeoutSeconds == 0
          ? DEFAULT_VALIDATION_SECONDS : timeoutSeconds));
      return true;
    } catch (IonQApiException e) {
      return false;
    }
  }

  @Override public boolean isClosed() {
    return closed;
  }

  /** Closes the statements (ending their scans and prefetches) and Calcite's connection. */
  @Override public void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    SQLException first = null;
    for (IonQStatement s : openStatements) {
      try {
        s.close();
      } catch (SQLException e) {
        first = first == null ? e : first;
      }
    }
    preparedQueries.clear();
    try {
      delegate.close();
    } catch (Throwable t) {
      first = first == null ? JdbcErrors.border(t) : first;
    }
    if (first != null) {
      throw first;
    }
  }

  @Override public void abort(Executor executor) throws SQLException {
    close();
  }

  /**
   * Running totals of the requests made with this connection's API key in this JVM (all its
   * connections together): subtract two snapshots to see what a statement cost.
   */
  public io.github.ionqjdbc.api.schedule.RequestActivity requestActivity() {
    return client.scheduler().activity();
  }

  @Override public <T> T unwrap(Class<T> iface) throws SQLException {
    return Wrappers.unwrap(this, iface);
  }

  @Override public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }

  @Override public String toString() {
    return "IonQConnection[" + safeUrl + "]";
  }
}
