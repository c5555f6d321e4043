package io.github.ionqjdbc;

import io.github.ionqjdbc.api.http.IonQClient;
import io.github.ionqjdbc.api.http.SharedResources;
import io.github.ionqjdbc.api.DriverVersion;
import io.github.ionqjdbc.api.IonQApiException;
import io.github.ionqjdbc.calcite.IonQSchema;
import io.github.ionqjdbc.calcite.IonQTypeSystem;
import io.github.ionqjdbc.demo.DemoInterceptor;
import io.github.ionqjdbc.demo.DemoApi;
import io.github.ionqjdbc.jdbc.IonQConnection;
import io.github.ionqjdbc.jdbc.IonQFactory;
import io.github.ionqjdbc.jdbc.JdbcErrors;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import okhttp3.OkHttpClient;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.ConnectStringParser;
import org.apache.calcite.avatica.Handler;
import org.apache.calcite.avatica.HandlerImpl;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.jdbc.CalciteSchema;

/**
 * The ionq-jdbc driver: {@code jdbc:ionq:key=value;...} connections whose schema {@code ionq}
 * holds the tables of the IonQ Cloud API.
 *
 * <p>It is Calcite's own {@link org.apache.calcite.jdbc.Driver} with this driver's URL prefix,
 * name and version, connection factory ({@link IonQFactory}) and handler (which keeps
 * Calcite's internal {@code metadata} schema out of a connection). The connection it returns is
 * the driver's JDBC face ({@link IonQConnection}) over Calcite's.
 */
public final class IonQDriver extends org.apache.calcite.jdbc.Driver {
  /** Every URL this driver accepts starts with this. */
  public static final String URL_PREFIX = "jdbc:ionq:";
  /**
   * The system property that, set to {@code false}, keeps the driver from loading the classes
   * of a first query on a background thread at the first connection (README, "Start-up"): for
   * a JVM that starts from a class cache, where they are loaded already.
   */
  public static final String PRELOAD_PROPERTY = FirstQueryClasses.PROPERTY;

  static {
    // Calcite compiles each query plan to Java; with this cache a query run again on any
    // connection reuses the compiled class instead of compiling it anew. The adapter's
    // generated code holds no per-query constants (they are passed in), so hits are common.
    if (System.getProperty("calcite.bindable.cache.maxSize") == null) {
      System.setProperty("calcite.bindable.cache.maxSize", "500");
    }
    try {
      // Deregistration (a tool unloading the driver) releases the shared threads and sockets.
      DriverManager.registerDriver(new IonQDriver(), () -> {
        FirstQueryClasses.stop();
        SharedResources.release();
      });
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  public IonQDriver() {
    super();
  }

  @Override protected String getConnectStringPrefix() {
    return URL_PREFIX;
  }

  @Override protected String getFactoryClassName(
      org.apache.calcite.avatica.UnregisteredDriver.JdbcVersion jdbcVersion) {
    return IonQFactory.class.getName();
  }

  @Override protected org.apache.calcite.avatica.DriverVersion createDriverVersion() {
    return new org.apache.calcite.avatica.DriverVersion(IonQConnection.DRIVER_NAME,
        DriverVersion.version(), IonQConnection.PRODUCT_NAME, IonQConnection.PRODUCT_VERSION,
        false, DriverVersion.major(), DriverVersion.minor(), 0, 4);
  }

  @Override protected Handler createHandler() {
    Handler calcite = super.createHandler();
    return new HandlerImpl() {
      @Override public void onConnectionInit(AvaticaConnection connection) throws SQLException {
        calcite.onConnectionInit(connection);
        // Calcite's own catalog of its internals: not the user's data, and it would put 79
        // internal functions into every database browser.
        CalciteSchema.from(((CalciteConnection) connection).getRootSchema())
            .removeSubSchema("metadata");
      }
    };
  }

  /** Calcite's preparation, with metadata that needs no code compiled at first use. */
  @Override public org.apache.calcite.jdbc.CalcitePrepare createPrepare() {
    return new io.github.ionqjdbc.calcite.IonQPrepare();
  }

  @Override public boolean acceptsURL(String url) {
    return url != null && url.startsWith(URL_PREFIX);
  }

  @Override public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null; // the JDBC contract: let DriverManager ask the next driver
    }
    // Not at class load: DriverManager loads every driver on the class path, and a program
    // that never connects here should not pay for this one's start-up work.
    FirstQueryClasses.startLoading();
    return open(ConnectionSettings.parse(url, info, System.getenv()));
  }

  private Connection open(ConnectionSettings settings) throws SQLException {
    if (settings.demo()) {
      DemoApi.prepareInBackground(); // the sample account is made while Calcite connects
    }
    // Calcite's connection first: meanwhile the shared transport is being made on another
    // thread (SharedResources), and on a cold JVM both take a while.
    // The URL given to Calcite carries nothing: the key stays out of every object Calcite keeps.
    Connection calcite = super.connect(URL_PREFIX, calciteProperties());
    IonQClient client;
    try {
      OkHttpClient transport = SharedResources.http();
      if (settings.demo()) {
        transport = transport.newBuilder()
            .addInterceptor(new DemoInterceptor(DemoApi::withDefaultData))
            .build();
      }
      client = new IonQClient(transport, settings.clientConfig(), settings.scheduler());
      if (settings.validateOnConnect()) {
        validate(client, settings);
      }
    } catch (SQLException e) {
      calcite.close();
      throw e;
    } catch (RuntimeException e) {
      calcite.close();
      throw JdbcErrors.translate(e);
    }
    try {
      CalciteConnection c = calcite.unwrap(CalciteConnection.class);
      c.getRootSchema().add(IonQSchema.NAME, new IonQSchema(client, settings.pushdown(),
          settings.tableProperties()));
      c.setSchema(IonQSchema.NAME);
      return new IonQConnection(calcite, client, settings.safeUrl(), settings.timeZone(),
          settings.strictParsing());
    } catch (SQLException | RuntimeException e) {
      calcite.close();
      throw JdbcErrors.translate(e);
    }
  }

  /**
   * One {@code GET /whoami}: a refused key fails here (28000), not at the first query. An API
   * without {@code /whoami} (404) is accepted as it is.
   */
  private static void validate(IonQClient client, ConnectionSettings settings)
      throws SQLException {
    try {
      client.whoami(Duration.ofMillis(settings.clientConfig().connectTimeout().toMillis()
          + settings.clientConfig().readTimeout().toMillis()));
    } catch (IonQApiException e) {
      throw JdbcErrors.translate(e);
    }
  }

  /**
   * How Calcite should behave for our users: unquoted identifiers case-insensitive (folded to
   * lower case, like PostgreSQL), double-quoted identifiers, TIMESTAMP values held as UTC
   * instants (the connection's own zone is applied at the JDBC border and to literals), and
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
    IonQSchema.parserProperties().forEach(p::setProperty);
    return p;
  }

  @Override public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    Properties given = new Properties();
    if (acceptsURL(url)) {
      try {
        given.putAll(ConnectStringParser.parse(url.substring(URL_PREFIX.length())));
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

  /** Not fully JDBC compliant: read-only, and SQL is Calcite's dialect. */
  @Override public boolean jdbcCompliant() {
    return false;
  }

  /** For tests: a map-based environment instead of the process's. */
  Connection connect(String url, Properties info, Map<String, String> env) throws SQLException {
    return open(ConnectionSettings.parse(url, info, env));
  }
}
