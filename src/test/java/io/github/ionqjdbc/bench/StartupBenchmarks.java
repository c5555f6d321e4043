package io.github.ionqjdbc.bench;

import io.github.ionqjdbc.bench.BenchmarkSuite.Row;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start-up and the cost of new query texts (issue 13), as whole processes in interleaved
 * rounds beside a plain Java program (OkHttp + Jackson) doing the same HTTP work: a one-shot
 * query from the CLI, with and without an application class-data-sharing archive; full scans
 * as whole processes; and on a warm connection, a query text not seen before.
 */
final class StartupBenchmarks {
  private final boolean quick;
  private final PrintStream log;
  private final List<Row> rows;
  private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  StartupBenchmarks(boolean quick, PrintStream log, List<Row> rows) {
    this.quick = quick;
    this.log = log;
    this.rows = rows;
  }

  /** Runs these benchmarks alone: {@code [--quick] [--new-texts]}. */
  public static void main(String[] args) throws Exception {
    List<Row> rows = new ArrayList<>();
    StartupBenchmarks startup = new StartupBenchmarks(List.of(args).contains("--quick"),
        System.out, rows);
    if (List.of(args).contains("--new-texts")) {
      startup.newQueryText(); // the plan-sharing rows alone
    } else {
      startup.run();
    }
    System.out.println(BenchmarkSuite.table(rows));
    System.exit(0);
  }

  void run() throws Exception {
    oneShot();
    wholeProcessScans();
    newQueryText();
  }

  // ---------------------------------------------------------------- one-shot from a cold JVM

  /** A process to time: its command line and what it adds to the environment. */
  private record Command(List<String> args, Map<String, String> env) {
    static Command of(List<String> args) {
      return new Command(args, Map.of());
    }
  }

  /** The CLI as users run it: {@code java -jar}, else from the class path. */
  private List<String> cli(Optional<Path> jar) {
    return new ArrayList<>(jar.map(j -> List.of(java, "-jar", j.toString()))
        .orElse(List.of(java, "-cp", System.getProperty("java.class.path"),
            "io.github.ionqjdbc.cli.IonQCli")));
  }

  /** The jar's class-data archive lives here during the run (made by its first one-shot). */
  private static Map<String, String> archiveCache() {
    return Map.of("IONQ_JDBC_CACHE", Path.of("target", "bench-cds-cache").toString());
  }

  private void oneShot() throws Exception {
    int rounds = quick ? 1 : 7;
    Optional<Path> jar = shadedJar();
    try (PageServer server = new PageServer(10, 1, 0)) {
      String url = "jdbc:ionq:apiKey=bench;validateOnConnect=false;baseUrl=" + server.baseUrl();
      Command baseline = Command.of(List.of(java, "-cp", System.getProperty("java.class.path"),
          ColdStartBaseline.class.getName(), server.baseUrl()));
      List<String> query = cli(jar);
      query.addAll(List.of("--url", url, "--format", "csv",
          "SELECT id, status FROM jobs LIMIT 5"));
      List<Command> commands = new ArrayList<>(List.of(baseline,
          new Command(query, Map.of("IONQ_JDBC_CDS", "off"))));
      // A JDBC program of the user's (no cache: its JVM is the user's), the same query.
      String programPath = jar.map(j -> j + File.pathSeparator + Path.of("target", "test-classes"))
          .orElse(System.getProperty("java.class.path"));
      Command program = Command.of(List.of(java, "-cp", programPath,
          WholeProcessScan.class.getName(), url, "limit5"));
      if (jar.isPresent()) {
        commands.add(new Command(query, archiveCache())); // the warm-up run makes the archive
      }
      commands.add(program);
      int programAt = commands.size() - 1;
      Optional<Path> newest = jar.isPresent() ? newestJdk() : Optional.empty();
      if (newest.isPresent()) {
        // The same two on the newest JDK: the plain program, and java -jar on its AOT cache.
        String newJava = newest.get().resolve("bin").resolve("java").toString();
        commands.add(Command.of(List.of(newJava, "-cp", System.getProperty("java.class.path"),
            ColdStartBaseline.class.getName(), server.baseUrl())));
        List<String> newQuery = new ArrayList<>(query);
        newQuery.set(0, newJava);
        commands.add(new Command(newQuery, Map.of("IONQ_JDBC_CACHE",
            Path.of("target", "bench-aot-cache").toString())));
      }
      double[] medians = interleaved(commands, rounds);
      String where = jar.isPresent() ? "shaded jar" : "class path";
      rows.add(new Row("cold one-shot: CLI SELECT id, status FROM jobs LIMIT 5 (" + where
              + ", IONQ_JDBC_CDS=off)", BenchmarkSuite.ms(medians[1]),
          BenchmarkSuite.ms(medians[0]) + " (plain Java, one page)", medians[1] / medians[0],
          "<= 1.5", medians[1] / medians[0] <= 1.5 ? "yes" : "no"));
      if (jar.isPresent()) {
        rows.add(new Row("cold one-shot, the same as java -jar runs it (on the jar's AppCDS"
                + " archive)", BenchmarkSuite.ms(medians[2]),
            BenchmarkSuite.ms(medians[0]) + " (plain Java, one page)", medians[2] / medians[0],
            "<= 1.5", medians[2] / medians[0] <= 1.5 ? "yes" : "no"));
      } else {
        rows.add(new Row("cold one-shot on the jar's AppCDS archive", "needs the shaded jar",
            "-", Double.NaN, "<= 1.5", "-"));
      }
      double p = medians[programAt];
      rows.add(new Row("cold JDBC program: SELECT id, status FROM jobs LIMIT 5 (no cache)",
          BenchmarkSuite.ms(p), BenchmarkSuite.ms(medians[0]) + " (plain Java, one page)",
          p / medians[0], "<= 2.0", p / medians[0] <= 2.0 ? "yes" : "no"));
      if (newest.isPresent()) {
        double plain = medians[programAt + 1];
        double cached = medians[programAt + 2];
        rows.add(new Row("cold one-shot on JDK " + newestFeature(newest.get()) + ", as java -jar"
                + " runs it (on the jar's AOT cache)", BenchmarkSuite.ms(cached),
            BenchmarkSuite.ms(plain) + " (plain Java on the same JDK, one page)",
            cached / plain, "<= 1.5", cached / plain <= 1.5 ? "yes" : "no"));
      } else {
        rows.add(new Row("cold one-shot on the newest JDK (AOT cache)", "no JDK newer than 17"
            + " found (looked for " + NEWEST_JDK + ")", "-", Double.NaN, "<= 1.5", "-"));
      }
    }
  }

  /** Where the newest LTS JDK is on these machines (set newestJdk to name another). */
  private static final Path NEWEST_JDK = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

  static Optional<Path> newestJdk() {
    String named = System.getProperty("newestJdk", "");
    Path home = named.isBlank() ? NEWEST_JDK : Path.of(named);
    return Files.isExecutable(home.resolve("bin").resolve("java")) ? Optional.of(home)
        : Optional.empty();
  }

  private static String newestFeature(Path home) {
    try {
      for (String line : Files.readAllLines(home.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          return line.substring(line.indexOf('"') + 1, line.lastIndexOf('"'));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the row names it less exactly
    }
    return home.getFileName().toString();
  }

  // ---------------------------------------------------------------- whole-process scans

  private void wholeProcessScans() throws Exception {
    int pages = quick ? 5 : 200;
    int rounds = quick ? 1 : 5;
    Optional<Path> jar = shadedJar();
    String classpath = jar.map(j -> j + File.pathSeparator + Path.of("target", "test-classes"))
        .orElse(System.getProperty("java.class.path"));
    try (PageServer server = new PageServer(1000, pages, 0)) {
      String url = "jdbc:ionq:apiKey=bench;validateOnConnect=false;pageSize=1000;baseUrl="
          + server.baseUrl();
      Command baseline = Command.of(List.of(java, "-cp", System.getProperty("java.class.path"),
          ColdStartBaseline.class.getName(), server.baseUrl(), "scan"));
      Command count = Command.of(List.of(java, "-cp", classpath,
          WholeProcessScan.class.getName(), url, "count"));
      Command star = Command.of(List.of(java, "-cp", classpath,
          WholeProcessScan.class.getName(), url, "star"));
      List<String> cliCount = cli(jar);
      cliCount.addAll(List.of("--url", url, "--format", "csv",
          "select count(*), sum(shots) from jobs"));
      double[] m = interleaved(List.of(baseline, count, star,
          new Command(cliCount, archiveCache())), rounds);
      String jobs = String.format(Locale.ROOT, "%,d", pages * 1000);
      rows.add(new Row("whole process: COUNT(*), SUM(shots) over " + jobs + " jobs (JDBC"
              + " program)", BenchmarkSuite.ms(m[1]), BenchmarkSuite.ms(m[0])
              + " (plain Java scan)", m[1] / m[0], "<= 1.3", m[1] / m[0] <= 1.3 ? "yes" : "no"));
      rows.add(new Row("whole process: SELECT * over " + jobs + " jobs, every column read (JDBC"
              + " program)", BenchmarkSuite.ms(m[2]), BenchmarkSuite.ms(m[0])
              + " (plain Java scan)", m[2] / m[0], "<= 1.5", m[2] / m[0] <= 1.5 ? "yes" : "no"));
      rows.add(new Row("whole process: the COUNT from the CLI" + (jar.isPresent()
              ? " (java -jar, on its AppCDS archive)" : " (class path)"), BenchmarkSuite.ms(m[3]),
          BenchmarkSuite.ms(m[0]) + " (plain Java scan)", m[3] / m[0], "<= 1.3",
          m[3] / m[0] <= 1.3 ? "yes" : "no"));
    }
  }

  // ---------------------------------------------------------------- new query text, warm

  /**
   * On a warm demo connection (in process, so no HTTP time), each statement a text not seen
   * before (a literal changes), against the same text again (its plan cached).
   */
  void newQueryText() throws Exception {
    int runs = quick ? 5 : 60;
    try (Connection c = DriverManager.getConnection("jdbc:ionq:demo=true")) {
      // Every demo job has at most 4,096 shots: each text of these two, new or not, passes the
      // same rows and stops at the same fifth one, so the figures differ only by the text.
      // (With "shots > i" a new text passed no row and read every page the repeated one did
      // not: that measured the data, not the text.)
      newTextRow(c, runs, "simple", i -> "SELECT id, status FROM jobs WHERE status = 'failed'"
          + " AND shots < " + (100_000 + i) + " LIMIT 5");
      newTextRow(c, runs, "join", i -> "SELECT j.id, p.state, p.probability FROM jobs j"
          + " JOIN job_probabilities p ON p.job_id = j.id WHERE j.status = 'completed'"
          + " AND j.shots < " + (100_000 + i) + " LIMIT 5");
      // The shapes dashboards generate (issue 19).
      newTextRow(c, runs, "IN list", i -> "SELECT id, status FROM jobs WHERE shots IN (" + i
          + ", " + (i + 1) + ", " + (i + 2) + ") AND status IN ('failed', 'canceled') LIMIT 5");
      newTextRow(c, runs, "DATE range and a decimal", i -> "SELECT backend, COUNT(*) FROM jobs"
          + " WHERE submitted_at >= DATE '" + LocalDate.of(2000, 1, 1).plusDays(i)
          + "' AND shots > " + i + ".5 GROUP BY backend");
      newTextRow(c, runs, "TIMESTAMP - INTERVAL 'n' DAY",
          i -> "SELECT backend, COUNT(*) FROM jobs WHERE submitted_at > TIMESTAMP"
              + " '2026-10-01 00:00:00' - INTERVAL '" + (i % 9000 + 1) + "' DAY GROUP BY backend");
    }
  }

  private void newTextRow(Connection c, int runs, String shape,
      java.util.function.IntFunction<String> template) throws SQLException {
    for (int i = 0; i < Math.max(10, runs / 3); i++) { // warm-up, texts of their own
      drain(c, template.apply(100_000 + i));
    }
    double[] fresh = new double[runs];
    double[] repeated = new double[runs];
    String same = template.apply(1);
    for (int i = 0; i < runs; i++) {
      fresh[i] = time(c, template.apply(200_000 + i));
      repeated[i] = time(c, same);
    }
    double f = BenchmarkSuite.percentile(fresh, 50);
    double r = BenchmarkSuite.percentile(repeated, 50);
    rows.add(new Row("new query text on a warm connection, " + shape + " (demo, in process)",
        String.format(Locale.ROOT, "median %s, p90 %s", BenchmarkSuite.ms(f),
            BenchmarkSuite.ms(BenchmarkSuite.percentile(fresh, 90))),
        BenchmarkSuite.ms(r) + " (the same text again)", f / r, "<= 10 ms",
        f <= 10 ? "yes" : "no"));
  }

  private static double time(Connection c, String sql) throws SQLException {
    long start = System.nanoTime();
    drain(c, sql);
    return (System.nanoTime() - start) / 1e6;
  }

  private static void drain(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rs.getString(1);
      }
    }
  }

  // ---------------------------------------------------------------- measuring

  /** Median wall time of each command, run in turn round after round after one warm-up round. */
  private double[] interleaved(List<Command> commands, int rounds) throws Exception {
    for (Command command : commands) {
      timeProcess(command);
    }
    double[][] times = new double[commands.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < commands.size(); i++) {
        times[i][r] = timeProcess(commands.get(i));
      }
    }
    double[] medians = new double[commands.size()];
    for (int i = 0; i < medians.length; i++) {
      medians[i] = BenchmarkSuite.percentile(times[i], 50);
      List<String> args = commands.get(i).args();
      log.printf(Locale.ROOT, "%s %s: %s%n", commands.get(i).env(), String.join(" ",
          args.subList(Math.max(0, args.size() - 2), args.size())), Arrays.toString(times[i]));
    }
    return medians;
  }

  private static double timeProcess(Command command) throws Exception {
    long start = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(command.args()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(new File(
            System.getProperty("java.io.tmpdir"), "ionq-bench-process.txt")));
    builder.environment().putAll(command.env());
    Process p = builder.start();
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException("failed: " + command + ": " + Files.readString(Path.of(
          System.getProperty("java.io.tmpdir"), "ionq-bench-process.txt")));
    }
    return (System.nanoTime() - start) / 1e6;
  }

  static Optional<Path> shadedJar() throws IOException {
    Path target = Path.of("target");
    if (!Files.isDirectory(target)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(f -> f.getFileName().toString().matches("ionq-jdbc-.*-all\\.jar"))
          .findFirst();
    }
  }
}
