package io.github.ionqjdbc;

import io.github.ionqjdbc.api.DriverVersion;
import io.github.ionqjdbc.api.IonQClient;
import io.github.ionqjdbc.calcite.IonQSchema;
import io.github.ionqjdbc.calcite.IonQTypeSystem;
import io.github.ionqjdbc.demo.DemoInterceptor;
import io.github.ionqjdbc.demo.DemoJobsEndpoint;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import okhttp3.OkHttpClient;
import org.apache.calcite.jdbc.CalciteConnection;

/**
 * The ionq-jdbc driver: {@code jdbc:ionq:key=value;...} connections whose schema {@code ionq}
 * holds the {@code jobs} table over IonQ's {@code GET /jobs}.
 *
 * <p>A connection is a Calcite connection (parsing, planning, execution) with the IonQ schema as
 * its default schema, wrapped so that errors reach the caller as the driver's own
 * {@code SQLException}s.
 */
public final class IonQDriver implements Driver {
  /** Every URL this driver accepts starts with this. */
  public static final String URL_PREFIX = "jdbc:ionq:";

  static {
    // Calcite compiles each query plan to Java; with this cache a query run again on any
    // connection reuses the compiled class instead of compiling it anew. The adapter's
    // generated code holds no per-query constants (they are passed in), so hits are common.
    if (System.getProperty("calcite.bindable.cache.maxSize") == null) {
      System.setProperty("calcite.bindable.cache.maxSize", "500");
    }
    try {
      DriverManager.registerDriver(new IonQDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static final org.apache.calcite.jdbc.Driver CALCITE = new org.apache.calcite.jdbc.Driver();

  /** One HTTP client per driver: every connection shares its connection pool and threads. */
  private volatile OkHttpClient http;

  @Override public boolean acceptsURL(String url) {
    return url != null && url.startsWith(URL_PREFIX);
  }

  @Override public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null; // the JDBC contract: let DriverManager ask the next driver
    }
    ConnectionSettings settings = ConnectionSettings.parse(url, info, System.getenv());
    return open(settings);
  }

  private Connection open(ConnectionSettings settings) throws SQLException {
    OkHttpClient transport = sharedHttp();
    if (settings.demo()) {
      transport = transport.newBuilder()
          .addInterceptor(new DemoInterceptor(DemoJobsEndpoint.withDefaultData()))
          .build();
    }
    IonQClient client = new IonQClient(transport, settings.clientConfig());
    Connection connection = CALCITE.connect("jdbc:calcite:", calciteProperties());
    try {
      CalciteConnection calcite = connection.unwrap(CalciteConnection.class);
      calcite.getRootSchema().add(IonQSchema.NAME, new IonQSchema(client, settings.pushdown()));
      calcite.setSchema(IonQSchema.NAME);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw JdbcErrors.translate(e);
    }
    return JdbcProxy.wrap(connection, client, settings.safeUrl());
  }

  /**
   * How Calcite should behave for our users: unquoted identifiers case-insensitive (folded to
   * lower case, like PostgreSQL), double-quoted identifiers, TIMESTAMP values in UTC (so that
   * {@code getTimestamp(...).toInstant()} is the API's instant whatever the JVM's zone), and
   * PostgreSQL's aggregate types.
   */
  static Properties calciteProperties() {
    Properties p = new Properties();
    p.setProperty("caseSensitive", "false");
    p.setProperty("unquotedCasing", "TO_LOWER");
    p.setProperty("quotedCasing", "UNCHANGED");
    p.setProperty("quoting", "DOUBLE_QUOTE");
    p.setProperty("timeZone", "UTC");
    p.setProperty("typeSystem", IonQTypeSystem.class.getName() + "#INSTANCE");
    p.setProperty("materializationsEnabled", "false");
    return p;
  }

  private OkHttpClient sharedHttp() {
    OkHttpClient h = http;
    if (h == null) {
      synchronized (this) {
        if (http == null) {
          http = new OkHttpClient();
        }
        h = http;
      }
    }
    return h;
  }

  @Override public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    Properties given = new Properties();
    if (acceptsURL(url)) {
      try {
        given.putAll(org.apache.calcite.avatica.ConnectStringParser.parse(
            url.substring(URL_PREFIX.length())));
      } catch (SQLException malformed) {
        // A tool asks while the user is still typing the URL: show the defaults.
      }
    }
    if (info != null) {
      given.putAll(info);
    }
    ConnectionProperty[] all = ConnectionProperty.values();
    DriverPropertyInfo[] out = new DriverPropertyInfo[all.length];
    for (int i = 0; i < all.length; i++) {
      ConnectionProperty p = all[i];
      DriverPropertyInfo d = new DriverPropertyInfo(p.key(), secretSafeValue(p, given));
      d.description = p.description()
          + (p.defaultValue() == null ? "" : " Default: " + p.defaultValue() + ".");
      d.required = false;
      d.choices = p.choices() == null ? null : p.choices().toArray(new String[0]);
      out[i] = d;
    }
    return out;
  }

  /** The value to show for a property: what the caller gave, else the default; never a key. */
  private static String secretSafeValue(ConnectionProperty p, Properties given) {
    if (p == ConnectionProperty.API_KEY || p == ConnectionProperty.PASSWORD) {
      return null;
    }
    for (String name : given.stringPropertyNames()) {
      if (name.equalsIgnoreCase(p.key())) {
        return given.getProperty(name);
      }
    }
    return p.defaultValue();
  }

  @Override public int getMajorVersion() {
    return DriverVersion.major();
  }

  @Override public int getMinorVersion() {
    return DriverVersion.minor();
  }

  /** Not fully JDBC compliant: read-only, and SQL is Calcite's dialect. */
  @Override public boolean jdbcCompliant() {
    return false;
  }

  @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("ionq-jdbc logs through SLF4J");
  }

  /** For tests: a map-based environment instead of the process's. */
  Connection connect(String url, Properties info, Map<String, String> env) throws SQLException {
    return open(ConnectionSettings.parse(url, info, env));
  }
}
