package io.github.ionqjdbc;

import io.github.ionqjdbc.api.schedule.SchedulerSettings;
import io.github.ionqjdbc.api.ClientConfig;
import io.github.ionqjdbc.demo.DemoInterceptor;
import java.net.InetAddress;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import okhttp3.HttpUrl;
import org.apache.calcite.avatica.ConnectStringParser;

/**
 * The validated settings of one connection: the URL's {@code key=value;...} pairs overlaid by the
 * {@code Properties} given to {@code connect}, checked against {@link ConnectionProperty}.
 * Immutable; {@link #toString()} never shows the key.
 */
public final class ConnectionSettings {
  /** SQLState for an invalid connection attribute. */
  static final String INVALID_ATTRIBUTE = "HY024";
  /** SQLState for a missing or refused authorization. */
  static final String INVALID_AUTHORIZATION = "28000";
  static final String ENV_API_KEY = "IONQ_API_KEY";

  private final Map<ConnectionProperty, String> values;
  private final ClientConfig clientConfig;
  private final boolean demo;
  private final boolean pushdown;
  private final ZoneId timeZone;
  private final boolean validateOnConnect;
  private final SchedulerSettings scheduler;
  private final boolean strictParsing;

  private ConnectionSettings(Map<ConnectionProperty, String> values, ClientConfig clientConfig,
      boolean demo, boolean pushdown, ZoneId timeZone, boolean validateOnConnect,
      SchedulerSettings scheduler, boolean strictParsing) {
    this.strictParsing = strictParsing;
    this.values = values;
    this.clientConfig = clientConfig;
    this.demo = demo;
    this.pushdown = pushdown;
    this.timeZone = timeZone;
    this.validateOnConnect = validateOnConnect;
    this.scheduler = scheduler;
  }

  /**
   * Parses and validates.
   *
   * @param url a {@code jdbc:ionq:} URL
   * @param info properties given to {@code connect}; they win over the URL's pairs
   * @param env the environment (for {@code IONQ_API_KEY})
   */
  public static ConnectionSettings parse(String url, Properties info, Map<String, String> env)
      throws SQLException {
    Map<ConnectionProperty, String> values = new EnumMap<>(ConnectionProperty.class);
    Properties fromUrl;
    try {
      fromUrl = ConnectStringParser.parse(url.substring(IonQDriver.URL_PREFIX.length()));
    } catch (SQLException e) {
      throw new SQLException("Malformed ionq-jdbc URL: " + e.getMessage()
          + ". Expected jdbc:ionq:key=value;key=value", INVALID_ATTRIBUTE);
    }
    put(values, fromUrl);
    if (info != null) {
      put(values, info);
    }

    boolean demo = bool(values, ConnectionProperty.DEMO);
    String apiKey = values.get(ConnectionProperty.API_KEY);
    if (apiKey == null) {
      apiKey = values.get(ConnectionProperty.PASSWORD);
    }
    if (apiKey == null || apiKey.isBlank()) {
      apiKey = env.get(ENV_API_KEY);
    }
    if ((apiKey == null || apiKey.isBlank()) && !demo) {
      throw new SQLException("No IonQ API key: set the apiKey property (in the URL as"
          + " jdbc:ionq:apiKey=<key>, or in the connection properties / a tool's password field)"
          + " or the IONQ_API_KEY environment variable; or connect with demo=true to try the"
          + " built-in sample data", INVALID_AUTHORIZATION);
    }
    HttpUrl baseUrl = demo ? HttpUrl.get(DemoInterceptor.DEMO_BASE_URL) : baseUrl(values);
    ClientConfig config = new ClientConfig(
        baseUrl,
        demo ? null : apiKey.strip(),
        intValue(values, ConnectionProperty.PAGE_SIZE, 1, 100_000),
        Duration.ofMillis(intValue(values, ConnectionProperty.CONNECT_TIMEOUT_MS, 1, 600_000)),
        Duration.ofMillis(intValue(values, ConnectionProperty.READ_TIMEOUT_MS, 1, 3_600_000)),
        intValue(values, ConnectionProperty.MAX_RETRIES, 0, 100),
        Duration.ofMillis(intValue(values, ConnectionProperty.RETRY_BASE_DELAY_MS, 0, 600_000)),
        bool(values, ConnectionProperty.PREFETCH));
    boolean pushdown = bool(values, ConnectionProperty.PUSHDOWN);
    return new ConnectionSettings(values, config, demo, pushdown, zone(values),
        bool(values, ConnectionProperty.VALIDATE_ON_CONNECT), new SchedulerSettings(
            intValue(values, ConnectionProperty.MAX_CONCURRENT_REQUESTS, 1, 64),
            values.containsKey(ConnectionProperty.MAX_REQUESTS_PER_SECOND)
                ? rate(values.get(ConnectionProperty.MAX_REQUESTS_PER_SECOND)) : 0,
            Duration.ofSeconds(intValue(values, ConnectionProperty.CACHE_TTL_SECONDS, 0,
                7 * 24 * 3600)),
            (long) intValue(values, ConnectionProperty.CACHE_MAX_MB, 1, 65_536) << 20),
        bool(values, ConnectionProperty.STRICT_PARSING));
  }

  /**
   * The URL as it may be shown (in DatabaseMetaData.getURL, say): the given pairs in a stable
   * order, without the key.
   */
  public String safeUrl() {
    StringBuilder url = new StringBuilder(IonQDriver.URL_PREFIX);
    values.forEach((property, value) -> {
      if (property != ConnectionProperty.API_KEY && property != ConnectionProperty.PASSWORD
          && property != ConnectionProperty.USER) {
        url.append(url.length() == IonQDriver.URL_PREFIX.length() ? "" : ";")
            .append(property.key()).append('=').append(value);
      }
    });
    return url.toString();
  }

  public ClientConfig clientConfig() {
    return clientConfig;
  }

  public boolean demo() {
    return demo;
  }

  public boolean pushdown() {
    return pushdown;
  }

  /** The properties that table inputs may fall back on, by name (those given only). */
  public Map<String, String> tableProperties() {
    Map<String, String> properties = new java.util.HashMap<>();
    properties.put(ConnectionProperty.MAX_CONCURRENT_REQUESTS.key(),
        Integer.toString(scheduler.maxConcurrentRequests()));
    String organization = values.get(ConnectionProperty.ORGANIZATION_ID);
    if ((organization == null || organization.isBlank()) && demo) {
      organization = io.github.ionqjdbc.demo.DemoApi.organizationId();
    }
    if (organization != null && !organization.isBlank()) {
      properties.put(ConnectionProperty.ORGANIZATION_ID.key(), organization.strip());
    }
    return Map.copyOf(properties);
  }

  /** What this connection asks of its API key's request scheduler. */
  public SchedulerSettings scheduler() {
    return scheduler;
  }

  /** The zone of timestamp literals, bind values and {@code getString}. */
  public ZoneId timeZone() {
    return timeZone;
  }

  /** True when a value that cannot be read as its column's type fails the query. */
  public boolean strictParsing() {
    return strictParsing;
  }

  public boolean validateOnConnect() {
    return validateOnConnect;
  }

  private static ZoneId zone(Map<ConnectionProperty, String> values) throws SQLException {
    String text = values.get(ConnectionProperty.TIME_ZONE);
    if (text == null || text.isBlank()) {
      return ZoneId.systemDefault();
    }
    try {
      return ZoneId.of(text.strip());
    } catch (DateTimeException e) {
      throw invalid(ConnectionProperty.TIME_ZONE, text,
          "a time zone such as UTC, Europe/Berlin or +02:00");
    }
  }

  private static void put(Map<ConnectionProperty, String> values, Properties props)
      throws SQLException {
    for (String name : props.stringPropertyNames()) {
      ConnectionProperty property = ConnectionProperty.byKey(name).orElseThrow(() ->
          new SQLException("Unknown ionq-jdbc property '" + name + "'. Valid properties: "
              + ConnectionProperty.allKeys(), INVALID_ATTRIBUTE));
      values.put(property, props.getProperty(name));
    }
  }

  private static HttpUrl baseUrl(Map<ConnectionProperty, String> values) throws SQLException {
    String text = valueOrDefault(values, ConnectionProperty.BASE_URL).strip();
    HttpUrl url = HttpUrl.parse(text);
    if (url == null) {
      throw invalid(ConnectionProperty.BASE_URL, text,
          "an http:// or https:// URL such as " + ConnectionProperty.BASE_URL.defaultValue());
    }
    if (url.querySize() > 0 || url.fragment() != null) {
      throw invalid(ConnectionProperty.BASE_URL, text, "a URL without query or fragment");
    }
    if (!url.isHttps() && !isLoopback(url.host())
        && !bool(values, ConnectionProperty.ALLOW_INSECURE_HTTP)) {
      throw new SQLException("Refusing baseUrl '" + text + "': plain http to a host other than"
          + " this machine would send the API key in clear. Use https://, or set"
          + " allowInsecureHttp=true if you really mean it", INVALID_ATTRIBUTE);
    }
    return url;
  }

  private static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    // Only literal addresses are checked: resolving a name here would do DNS at connect time.
    if (host.matches("[0-9.]+") || host.contains(":")) {
      try {
        return InetAddress.getByName(host).isLoopbackAddress();
      } catch (java.net.UnknownHostException e) {
        return false;
      }
    }
    return false;
  }

  private static int intValue(Map<ConnectionProperty, String> values, ConnectionProperty p,
      int min, int max) throws SQLException {
    String text = valueOrDefault(values, p).strip();
    try {
      int v = Integer.parseInt(text);
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid(p, text, "a whole number from " + min + " to " + max);
  }

  /** A positive number of requests per second, fractions allowed (0.5 = one every 2 s). */
  private static double rate(String given) throws SQLException {
    String text = given.strip();
    try {
      double v = Double.parseDouble(text);
      if (v > 0 && v <= 100_000 && !Double.isNaN(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid(ConnectionProperty.MAX_REQUESTS_PER_SECOND, text,
        "a number of requests per second above 0 (e.g. 10 or 0.5), at most 100000");
  }

  private static boolean bool(Map<ConnectionProperty, String> values, ConnectionProperty p)
      throws SQLException {
    String text = valueOrDefault(values, p).strip().toLowerCase(Locale.ROOT);
    if (text.equals("true") || text.equals("false")) {
      return text.equals("true");
    }
    throw invalid(p, text, "true or false");
  }

  private static String valueOrDefault(Map<ConnectionProperty, String> values,
      ConnectionProperty p) {
    String v = values.get(p);
    return v != null ? v : p.defaultValue();
  }

  private static SQLException invalid(ConnectionProperty p, String value, String expected) {
    return new SQLException("Invalid value '" + value + "' for ionq-jdbc property '" + p.key()
        + "': expected " + expected + ". Valid properties: " + ConnectionProperty.allKeys(),
        INVALID_ATTRIBUTE);
  }

  @Override public String toString() {
    return "ConnectionSettings[" + clientConfig + ", demo=" + demo + ", pushdown=" + pushdown
        + ", timeZone=" + timeZone + "]";
  }
}
