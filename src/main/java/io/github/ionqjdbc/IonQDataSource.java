package io.github.ionqjdbc;

import java.io.PrintWriter;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.naming.NamingException;
import javax.naming.Reference;
import javax.naming.Referenceable;
import javax.naming.StringRefAddr;
import javax.sql.DataSource;

/**
 * A {@link DataSource} of ionq-jdbc connections, for what configures a data source by its bean
 * properties rather than by a URL: HikariCP's {@code dataSourceClassName} with
 * {@code dataSource.*} properties, Spring, Jakarta EE servers and JNDI.
 *
 * <p>Every connection property of the driver is a bean property of the same name (for example
 * {@code setApiKey}, {@code setPageSize}, {@code setCacheTtlSeconds}); {@link #setUrl} takes a
 * {@code jdbc:ionq:} URL whose pairs the bean properties override. {@link #getConnection(String,
 * String)} takes the API key as the password, and {@link #setLoginTimeout} bounds connecting
 * (as {@code connectTimeoutMs}, unless that is set). The API key has no getter and never appears
 * in {@link #toString()}. Serializable, and {@link Referenceable} for JNDI
 * ({@link IonQDataSourceFactory} builds it back).
 *
 * <pre>{@code
 * IonQDataSource ds = new IonQDataSource();
 * ds.setApiKey(System.getenv("IONQ_API_KEY"));
 * ds.setCacheTtlSeconds(60);
 * try (Connection c = ds.getConnection()) { ... }
 * }</pre>
 */
public class IonQDataSource implements DataSource, Referenceable, Serializable {
  private static final long serialVersionUID = 1L;
  /** The reference address holding {@link #getUrl()}. */
  static final String URL_ADDRESS = "url";
  /** The reference address holding {@link #getLoginTimeout()}. */
  static final String LOGIN_TIMEOUT_ADDRESS = "loginTimeout";

  private final EnumMap<ConnectionProperty, String> values =
      new EnumMap<>(ConnectionProperty.class);
  private String url = IonQDriver.URL_PREFIX;
  private int loginTimeoutSeconds;
  private transient PrintWriter logWriter;

  /** A data source whose connections take every property's default (and IONQ_API_KEY). */
  public IonQDataSource() {
  }

  // Connecting.

  /** A connection with the properties set on this data source. */
  @Override public Connection getConnection() throws SQLException {
    return connect(connectionProperties());
  }

  /**
   * A connection with {@code password} as the API key (a tool's password field holds it);
   * {@code user} is accepted and ignored, as by the driver.
   */
  @Override public Connection getConnection(String user, String password) throws SQLException {
    Properties props = connectionProperties();
    if (user != null) {
      props.setProperty(ConnectionProperty.USER.key(), user);
    }
    if (password != null) {
      props.setProperty(ConnectionProperty.API_KEY.key(), password);
    }
    return connect(props);
  }

  private Connection connect(Properties props) throws SQLException {
    if (url == null || !url.startsWith(IonQDriver.URL_PREFIX)) {
      throw new SQLException("IonQDataSource's url must start with " + IonQDriver.URL_PREFIX
          + " (or be left unset); it is '" + url + "'", ConnectionSettings.INVALID_ATTRIBUTE);
    }
    return new IonQDriver().connect(url, props);
  }

  /** The connection properties as the driver takes them (the key among them). */
  Properties connectionProperties() {
    Properties props = new Properties();
    values.forEach((p, v) -> props.setProperty(p.key(), v));
    if (loginTimeoutSeconds > 0 && !values.containsKey(ConnectionProperty.CONNECT_TIMEOUT_MS)) {
      props.setProperty(ConnectionProperty.CONNECT_TIMEOUT_MS.key(),
          Integer.toString(loginTimeoutSeconds * 1000));
    }
    return props;
  }

  private void set(ConnectionProperty property, Object value) {
    if (value == null) {
      values.remove(property);
    } else {
      values.put(property, value.toString());
    }
  }

  private String text(ConnectionProperty property) {
    return values.getOrDefault(property, property.defaultValue());
  }

  private int number(ConnectionProperty property) {
    return Integer.parseInt(text(property));
  }

  private boolean flag(ConnectionProperty property) {
    return Boolean.parseBoolean(text(property));
  }

  // The URL, and the JDBC user/password conventions.

  /** A {@code jdbc:ionq:} URL whose {@code key=value} pairs the bean properties override. */
  public void setUrl(String url) {
    this.url = url == null ? IonQDriver.URL_PREFIX : url;
  }

  public String getUrl() {
    return url;
  }

  /** Accepted and ignored, as by the driver: the key identifies the user. */
  public void setUser(String user) {
    set(ConnectionProperty.USER, user);
  }

  public String getUser() {
    return values.get(ConnectionProperty.USER);
  }

  /** The API key, under the name tools give it (an alias of {@link #setApiKey}). */
  public void setPassword(String password) {
    set(ConnectionProperty.PASSWORD, password);
  }

  // One bean property per connection property (see README's table for what each does).

  /** The IonQ API key; without it, the IONQ_API_KEY environment variable. No getter. */
  public void setApiKey(String apiKey) {
    set(ConnectionProperty.API_KEY, apiKey);
  }

  public void setBaseUrl(String baseUrl) {
    set(ConnectionProperty.BASE_URL, baseUrl);
  }

  public String getBaseUrl() {
    return text(ConnectionProperty.BASE_URL);
  }

  public void setPageSize(int pageSize) {
    set(ConnectionProperty.PAGE_SIZE, pageSize);
  }

  public int getPageSize() {
    return number(ConnectionProperty.PAGE_SIZE);
  }

  public void setDemo(boolean demo) {
    set(ConnectionProperty.DEMO, demo);
  }

  public boolean isDemo() {
    return flag(ConnectionProperty.DEMO);
  }

  public void setPushdown(boolean pushdown) {
    set(ConnectionProperty.PUSHDOWN, pushdown);
  }

  public boolean isPushdown() {
    return flag(ConnectionProperty.PUSHDOWN);
  }

  public void setPrefetch(boolean prefetch) {
    set(ConnectionProperty.PREFETCH, prefetch);
  }

  public boolean isPrefetch() {
    return flag(ConnectionProperty.PREFETCH);
  }

  public void setConnectTimeoutMs(int millis) {
    set(ConnectionProperty.CONNECT_TIMEOUT_MS, millis);
  }

  public int getConnectTimeoutMs() {
    return number(ConnectionProperty.CONNECT_TIMEOUT_MS);
  }

  public void setReadTimeoutMs(int millis) {
    set(ConnectionProperty.READ_TIMEOUT_MS, millis);
  }

  public int getReadTimeoutMs() {
    return number(ConnectionProperty.READ_TIMEOUT_MS);
  }

  public void setMaxRetries(int retries) {
    set(ConnectionProperty.MAX_RETRIES, retries);
  }

  public int getMaxRetries() {
    return number(ConnectionProperty.MAX_RETRIES);
  }

  public void setRetryBaseDelayMs(int millis) {
    set(ConnectionProperty.RETRY_BASE_DELAY_MS, millis);
  }

  public int getRetryBaseDelayMs() {
    return number(ConnectionProperty.RETRY_BASE_DELAY_MS);
  }

  /** A zone id such as {@code Europe/Berlin} or {@code UTC}; null for the JVM's zone. */
  public void setTimeZone(String zone) {
    set(ConnectionProperty.TIME_ZONE, zone);
  }

  public String getTimeZone() {
    return values.get(ConnectionProperty.TIME_ZONE);
  }

  public void setOrganizationId(String organizationId) {
    set(ConnectionProperty.ORGANIZATION_ID, organizationId);
  }

  public String getOrganizationId() {
    return values.get(ConnectionProperty.ORGANIZATION_ID);
  }

  public void setMaxConcurrentRequests(int requests) {
    set(ConnectionProperty.MAX_CONCURRENT_REQUESTS, requests);
  }

  public int getMaxConcurrentRequests() {
    return number(ConnectionProperty.MAX_CONCURRENT_REQUESTS);
  }

  /**
   * Requests a second for this API key, a positive number such as {@code 10} or {@code 0.5};
   * null or empty for no limit, the default. Text, as pools pass bean properties (HikariCP
   * converts to whole numbers and booleans only); checked when connecting.
   */
  public void setMaxRequestsPerSecond(String perSecond) {
    set(ConnectionProperty.MAX_REQUESTS_PER_SECOND,
        perSecond == null || perSecond.isBlank() ? null : perSecond.strip());
  }

  public String getMaxRequestsPerSecond() {
    return values.get(ConnectionProperty.MAX_REQUESTS_PER_SECOND);
  }

  public void setCacheTtlSeconds(int seconds) {
    set(ConnectionProperty.CACHE_TTL_SECONDS, seconds);
  }

  public int getCacheTtlSeconds() {
    return number(ConnectionProperty.CACHE_TTL_SECONDS);
  }

  public void setCacheMaxMb(int megabytes) {
    set(ConnectionProperty.CACHE_MAX_MB, megabytes);
  }

  public int getCacheMaxMb() {
    return number(ConnectionProperty.CACHE_MAX_MB);
  }

  public void setStrictParsing(boolean strict) {
    set(ConnectionProperty.STRICT_PARSING, strict);
  }

  public boolean isStrictParsing() {
    return flag(ConnectionProperty.STRICT_PARSING);
  }

  public void setValidateOnConnect(boolean validate) {
    set(ConnectionProperty.VALIDATE_ON_CONNECT, validate);
  }

  public boolean isValidateOnConnect() {
    return flag(ConnectionProperty.VALIDATE_ON_CONNECT);
  }

  public void setAllowInsecureHttp(boolean allow) {
    set(ConnectionProperty.ALLOW_INSECURE_HTTP, allow);
  }

  public boolean isAllowInsecureHttp() {
    return flag(ConnectionProperty.ALLOW_INSECURE_HTTP);
  }

  // DataSource.

  /** Bounds connecting, in seconds (as connectTimeoutMs when that is not set); 0 for none. */
  @Override public void setLoginTimeout(int seconds) {
    this.loginTimeoutSeconds = Math.max(0, seconds);
  }

  @Override public int getLoginTimeout() {
    return loginTimeoutSeconds;
  }

  /** Kept as DataSource asks; the driver logs through SLF4J. */
  @Override public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("ionq-jdbc logs through SLF4J, not"
        + " java.util.logging (logger io.github.ionqjdbc)");
  }

  @Override public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("IonQDataSource is not a " + iface.getName(),
        ConnectionSettings.INVALID_ATTRIBUTE);
  }

  @Override public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }

  // JNDI.

  /** The data source as JNDI stores it: its URL, login timeout and each property set. */
  @Override public Reference getReference() throws NamingException {
    Reference ref = new Reference(IonQDataSource.class.getName(),
        IonQDataSourceFactory.class.getName(), null);
    ref.add(new StringRefAddr(URL_ADDRESS, url));
    ref.add(new StringRefAddr(LOGIN_TIMEOUT_ADDRESS, Integer.toString(loginTimeoutSeconds)));
    values.forEach((p, v) -> ref.add(new StringRefAddr(p.key(), v)));
    return ref;
  }

  /** Sets a property by its driver name (what {@link IonQDataSourceFactory} reads back). */
  void setProperty(String name, String value) {
    if (URL_ADDRESS.equals(name)) {
      setUrl(value);
    } else if (LOGIN_TIMEOUT_ADDRESS.equals(name)) {
      setLoginTimeout(Integer.parseInt(value));
    } else {
      ConnectionProperty.byKey(name).ifPresent(p -> set(p, value));
    }
  }

  /** The URL and the properties set, without the key. */
  @Override public String toString() {
    Map<String, String> shown = new java.util.LinkedHashMap<>();
    values.forEach((p, v) -> shown.put(p.key(), p == ConnectionProperty.API_KEY
        || p == ConnectionProperty.PASSWORD ? "***" : v));
    return "IonQDataSource[url=" + url + ", " + shown + "]";
  }
}
