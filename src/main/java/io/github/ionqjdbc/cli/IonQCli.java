package io.github.ionqjdbc.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar ionq-jdbc-<version>-all.jar [--demo | --url URL] [--format ...] "SQL"}: runs
 * one query through the JDBC driver and prints the result. A JDBC user only: it knows nothing of
 * the driver's insides.
 */
@Command(name = "ionq-jdbc", mixinStandardHelpOptions = true,
    versionProvider = IonQCli.Version.class,
    description = {"Runs one SQL query against your IonQ job history (table: jobs) and prints"
        + " the result; with no query, opens an interactive SQL shell (sqlline).", "",
        "The API key is read from the IONQ_API_KEY environment variable unless the URL or -p"
            + " names apiKey."},
    footer = {"", "Examples:",
        "  ionq-jdbc --demo          (a shell: try !tables, !columns jobs)",
        "  ionq-jdbc --demo \"SELECT status, COUNT(*) FROM jobs GROUP BY status\"",
        "  ionq-jdbc --format csv \"SELECT id, failure_code FROM jobs WHERE status = 'failed'\"",
        "  ionq-jdbc --demo --file sql-examples/01_failures_by_code.sql"})
public final class IonQCli implements Callable<Integer> {
  @Option(names = "--demo", description = "Query the built-in sample data (no key, no network).")
  boolean demo;

  @Option(names = "--url", paramLabel = "URL",
      description = "JDBC URL (default: jdbc:ionq:). E.g. jdbc:ionq:pageSize=500")
  String url = "jdbc:ionq:";

  @Option(names = {"-p", "--property"}, paramLabel = "KEY=VALUE",
      description = "A connection property; may be repeated.")
  Map<String, String> properties = new LinkedHashMap<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      converter = FormatConverter.class,
      description = "Output format: table (default), csv or json.")
  ResultPrinter.OutputFormat format;

  @Option(names = "--file", paramLabel = "FILE", description = "Read the SQL from a file.")
  Path file;

  @Parameters(arity = "0..1", paramLabel = "SQL", description = "The query to run.")
  String sql;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // The jar bundles no SLF4J binding (a driver must not choose one for its host); the CLI
    // should not greet every run with SLF4J's "no providers" warning either.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the CLI; returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new IonQCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((e, args1) -> {
      err.println("error: " + e.getMessage() + " (see --help)");
      return 2;
    });
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      err.println("error: " + describe(e));
      return 1;
    });
    return cli.execute(args);
  }

  @Override public Integer call() throws Exception {
    String query = sql;
    if (file != null) {
      if (sql != null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "Give the SQL either as an argument or with --file, not both");
      }
      query = Files.readString(file, StandardCharsets.UTF_8);
    }
    if (query == null) {
      Map<String, String> shellProperties = new LinkedHashMap<>(properties);
      if (demo) {
        shellProperties.put("demo", "true");
      }
      utcUnlessAsked(shellProperties);
      return SqlShell.run(url, shellProperties, System.in, System.console() != null);
    }
    if (query.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "The SQL is empty");
    }
    query = stripTrailingSemicolon(query);
    Map<String, String> given = new LinkedHashMap<>(properties);
    utcUnlessAsked(given);
    Properties props = new Properties();
    props.putAll(given);
    if (demo) {
      props.setProperty("demo", "true");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Connection c = DriverManager.getConnection(url, props);
         Statement s = c.createStatement();
         AutoCloseable progress = progress(c);
         ResultSet rs = s.executeQuery(query)) {
      // Output to the terminal that shows the progress line ends the line first.
      ResultPrinter.of(format).print(rs, Progress.isTerminal(1)
          ? new PrintWriter(new ClosingOnFirstWrite(out, progress), true) : out);
      progress.close();
      out.flush();
      return 0;
    } catch (SQLException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("error: " + firstLine(e.getMessage())
          + (e.getSQLState() == null ? "" : " [SQLState " + e.getSQLState() + "]"));
      return 1;
    }
  }

  /** The live progress line of a statement on standard error, when that is a terminal. */
  private static AutoCloseable progress(Connection c) throws SQLException {
    if (!c.isWrapperFor(io.github.ionqjdbc.jdbc.IonQConnection.class)) {
      return () -> { };
    }
    io.github.ionqjdbc.jdbc.IonQConnection ionq =
        c.unwrap(io.github.ionqjdbc.jdbc.IonQConnection.class);
    return Progress.start(System.err, ionq::requestActivity);
  }

  /** A writer that closes something (the progress line) before its first character. */
  private static final class ClosingOnFirstWrite extends java.io.FilterWriter {
    private AutoCloseable before;

    ClosingOnFirstWrite(java.io.Writer out, AutoCloseable before) {
      super(out);
      this.before = before;
    }

    private void first() throws java.io.IOException {
      if (before != null) {
        try {
          before.close();
        } catch (Exception e) {
          throw new java.io.IOException(e);
        }
        before = null;
      }
    }

    @Override public void write(int c) throws java.io.IOException {
      first();
      super.write(c);
    }

    @Override public void write(char[] buf, int off, int len) throws java.io.IOException {
      first();
      super.write(buf, off, len);
    }

    @Override public void write(String str, int off, int len) throws java.io.IOException {
      first();
      super.write(str, off, len);
    }
  }

  /**
   * The CLI shows timestamps in UTC, the API's own zone, so that its output does not depend on
   * the machine it runs on; {@code -p timeZone=...} or the URL's {@code timeZone} change that.
   */
  private void utcUnlessAsked(Map<String, String> given) {
    boolean asked = given.keySet().stream().anyMatch(k -> k.equalsIgnoreCase("timeZone"))
        || url.toLowerCase(java.util.Locale.ROOT).contains("timezone=");
    if (!asked) {
      given.put("timeZone", "UTC");
    }
  }

  private static String stripTrailingSemicolon(String sql) {
    String s = sql.strip();
    while (s.endsWith(";")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  /**
   * A failure that is no SQLException (those are answered in {@link #call()}): a file that
   * cannot be read, or a bug, said as one; never a library's bare code ("SSMWA") alone.
   */
  static String describe(Throwable e) {
    if (e instanceof java.nio.file.NoSuchFileException missing) {
      return "no such file: " + missing.getFile();
    }
    if (e instanceof java.io.IOException io) {
      return "cannot read the file: " + io;
    }
    String message = e.getMessage();
    if (message == null || !message.strip().contains(" ")) {
      return "unexpected " + e + " (a bug in ionq-jdbc: please report it with the command)";
    }
    return firstLine(message);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /** Accepts the format in any case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<ResultPrinter.OutputFormat> {
    @Override public ResultPrinter.OutputFormat convert(String value) {
      try {
        return ResultPrinter.OutputFormat.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a format; use table, csv or json");
      }
    }
  }

  /** Prints the driver's version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override public String[] getVersion() {
      return new String[] {"ionq-jdbc " + io.github.ionqjdbc.api.DriverVersion.version()};
    }
  }
}
