package io.github.ionqjdbc.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark suite: each figure beside its baseline, measured in the same run, with the ratio
 * and the goal. {@code --quick} shrinks every size so CI can prove the suite still runs; its
 * numbers mean nothing.
 *
 * <p>Run: {@code mvn -B -q -Pbench test-compile exec:exec} (see BENCHMARKS.md).
 */
public final class BenchmarkSuite {
  /** One line of the report. */
  public record Row(String name, String driver, String baseline, double ratio, String goal,
      String met) {
  }

  private final boolean quick;
  private final PrintStream log;
  private final List<Row> rows = new ArrayList<>();

  BenchmarkSuite(boolean quick, PrintStream log) {
    this.quick = quick;
    this.log = log;
  }

  public static void main(String[] args) throws Exception {
    boolean quick = Arrays.asList(args).contains("--quick");
    BenchmarkSuite suite = new BenchmarkSuite(quick, System.out);
    // --full-scan: the full-scan rows alone (an A/B of a change on the hot path takes minutes).
    List<Row> rows = Arrays.asList(args).contains("--full-scan") ? suite.fullScansOnly()
        : suite.run();
    System.out.println();
    System.out.println(table(rows));
    System.exit(0);
  }

  /** Runs every benchmark and returns the report rows. */
  public List<Row> run() throws Exception {
    fullScans();
    memory();
    shortQuery();
    latencyOverlap();
    lookupJoin();
    new DashboardBenchmarks(quick, log, rows).run();
    new StartupBenchmarks(quick, log, rows).run();
    return rows;
  }

  /** The full-scan rows alone. */
  public List<Row> fullScansOnly() throws Exception {
    fullScans();
    return rows;
  }

  // ---------------------------------------------------------------- lookup join

  /**
   * 200 completed jobs joined with their probabilities, against the demo API served on
   * loopback with 50 ms per lookup: the ideal is 200 x 50 ms / maxConcurrentRequests.
   */
  private void lookupJoin() throws Exception {
    int jobs = quick ? 20 : 200;
    long latency = 50;
    int concurrency = 4;
    try (io.github.ionqjdbc.testing.DemoHttpServer server =
        new io.github.ionqjdbc.testing.DemoHttpServer(
            io.github.ionqjdbc.demo.DemoApi.withDefaultData())) {
      server.addLatency("/results/probabilities", latency);
      String url = "jdbc:ionq:apiKey=bench;validateOnConnect=false;maxConcurrentRequests="
          + concurrency + ";baseUrl=" + server.baseUrl();
      String sql = "SELECT j.id, p.state FROM (SELECT id FROM jobs WHERE status = 'completed'"
          + " AND parent_job_id IS NULL ORDER BY id LIMIT " + jobs + ") j"
          + " JOIN job_probabilities p ON p.job_id = j.id";
      double took = medianMillis(() -> {
        try (Connection c = DriverManager.getConnection(url)) {
          return drain(c, sql);
        }
      });
      double ideal = jobs * latency / (double) concurrency;
      rows.add(new Row(String.format(Locale.ROOT, "lookup join: %d jobs JOIN job_probabilities,"
              + " %d ms per lookup, maxConcurrentRequests=%d", jobs, latency, concurrency),
          ms(took), ms(ideal) + " (ideal: jobs x latency / concurrency)", took / ideal,
          "<= 1.3", took / ideal <= 1.3 ? "yes" : "no"));
    }
  }

  private int iterations() {
    return quick ? 1 : 5;
  }

  // ---------------------------------------------------------------- full scan

  private void fullScans() throws Exception {
    int pages = quick ? 5 : 200;
    try (PageServer server = new PageServer(1000, pages, 0)) {
      String url = "jdbc:ionq:apiKey=bench;pageSize=1000;baseUrl=" + server.baseUrl();
      BaselineScan baseline = new BaselineScan(server.baseUrl());
      log.printf("full scan: %,d jobs in %d pages of %,d bytes%n", pages * 1000L, pages,
          server.pageBytes());
      try (Connection c = DriverManager.getConnection(url)) {
        double[] medians = interleavedMedians(List.of(() -> baseline.scan(1000),
            () -> countAndSum(c), () -> selectStar(c)));
        double base = medians[0];
        double count = medians[1];
        double star = medians[2];
        rows.add(new Row("full scan COUNT(*), SUM(shots), " + pages * 1000 + " jobs",
            ms(count), ms(base), count / base, "<= 1.25", count / base <= 1.25 ? "yes" : "no"));
        rows.add(new Row("full scan SELECT * (getObject every column)", ms(star), ms(base),
            star / base, "<= 1.25", star / base <= 1.25 ? "yes" : "no"));
      }
    }
  }

  private static long countAndSum(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select count(*), sum(shots) from jobs")) {
      rs.next();
      return rs.getLong(1) + rs.getLong(2);
    }
  }

  private static long selectStar(Connection c) throws SQLException {
    long n = 0;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select * from jobs")) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          if (rs.getObject(i) != null) {
            n++;
          }
        }
      }
    }
    return n;
  }

  // ---------------------------------------------------------------- memory

  private void memory() throws Exception {
    int pages = quick ? 20 : 1000;
    try (PageServer server = new PageServer(1000, pages, 0)) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process p = new ProcessBuilder(java, "-Xmx64m", "-cp",
          System.getProperty("java.class.path"), MemoryBenchmark.class.getName(),
          server.baseUrl()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      p.waitFor(30, TimeUnit.MINUTES);
      log.println("memory: " + out);
      String result = out.lines().filter(l -> l.startsWith("rows=")).findFirst().orElse("");
      boolean completed = p.exitValue() == 0 && result.startsWith("rows=" + pages * 1000L + " ");
      String peak = result.isEmpty() ? "failed" : String.format(Locale.ROOT, "%.1f MB peak heap in use",
          Long.parseLong(result.replaceAll(".*peakHeapBytes=(\\d+).*", "$1")) / 1e6);
      rows.add(new Row("memory: SELECT * over " + pages * 1000 + " jobs, -Xmx64m", peak,
          "64 MB limit", Double.NaN, "completes", completed ? "yes" : "no"));
    }
  }

  // ---------------------------------------------------------------- short query

  private void shortQuery() throws Exception {
    int runs = quick ? 20 : 300;
    try (PageServer server = new PageServer(10, 1, 0, "failed")) {
      String url = "jdbc:ionq:apiKey=bench;baseUrl=" + server.baseUrl();
      BaselineScan baseline = new BaselineScan(server.baseUrl());
      String sql = "select id, status from jobs where status = 'failed' limit 10";
      try (Connection c = DriverManager.getConnection(url);
           PreparedStatement prepared = c.prepareStatement(sql)) {
        double[] base = sample(runs, () -> baseline.onePage("status=failed&limit=10"));
        double[] statement = sample(runs, () -> drain(c, sql));
        double[] reused = sample(runs, () -> drain(prepared));
        rows.add(shortRow("short query, new Statement each time", statement, base));
        rows.add(shortRow("short query, PreparedStatement reused", reused, base));
      }
    }
  }

  private static Row shortRow(String name, double[] driver, double[] base) {
    double median = percentile(driver, 50);
    double baseMedian = percentile(base, 50);
    return new Row(name, String.format(Locale.ROOT, "median %s, p99 %s (+%.2f ms)",
        ms(median), ms(percentile(driver, 99)), median - baseMedian),
        String.format(Locale.ROOT, "median %s, p99 %s", ms(baseMedian), ms(percentile(base, 99))),
        median / baseMedian, "overhead small", "see ms");
  }

  private static long drain(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return drain(rs);
    }
  }

  private static long drain(PreparedStatement p) throws SQLException {
    try (ResultSet rs = p.executeQuery()) {
      return drain(rs);
    }
  }

  private static long drain(ResultSet rs) throws SQLException {
    long n = 0;
    while (rs.next()) {
      n += rs.getString(1).length() + rs.getString(2).length();
    }
    return n;
  }

  // ---------------------------------------------------------------- latency overlap

  private void latencyOverlap() throws Exception {
    int pages = quick ? 4 : 20;
    long latency = 30;
    long work = 30;
    try (PageServer server = new PageServer(100, pages, latency)) {
      String url = "jdbc:ionq:apiKey=bench;pageSize=100;baseUrl=" + server.baseUrl();
      double sequential = medianMillis(() -> slowConsumer(url + ";prefetch=false", work));
      double overlapped = medianMillis(() -> slowConsumer(url, work));
      rows.add(new Row(String.format(Locale.ROOT, "latency overlap: %d pages, %d ms latency +"
              + " %d ms work per page", pages, latency, work), ms(overlapped)
          + " (prefetch)", ms(sequential) + " (prefetch=false)", overlapped / sequential,
          "<= 0.65", overlapped / sequential <= 0.65 ? "yes" : "no"));
    }
  }

  /** Reads every row, spending {@code workMillis} per page of 100 rows. */
  private static long slowConsumer(String url, long workMillis) throws Exception {
    long n = 0;
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select id from jobs")) {
      while (rs.next()) {
        if (++n % 100 == 1) {
          Thread.sleep(workMillis);
        }
      }
    }
    return n;
  }

  // ---------------------------------------------------------------- measuring

  private interface Work {
    Object run() throws Exception;
  }

  /** Median wall time over the iterations, after as many warm-up runs. */
  private double medianMillis(Work work) throws Exception {
    for (int i = 0; i < iterations(); i++) {
      work.run();
    }
    double[] times = new double[iterations()];
    for (int i = 0; i < times.length; i++) {
      long start = System.nanoTime();
      work.run();
      times[i] = (System.nanoTime() - start) / 1e6;
    }
    return percentile(times, 50);
  }

  /**
   * Median wall time of each piece of work, the pieces run in turn round after round (so that
   * drift in the machine's speed falls on all of them alike), after as many warm-up rounds.
   */
  private double[] interleavedMedians(List<Work> works) throws Exception {
    int rounds = quick ? 1 : 9;
    for (int i = 0; i < rounds; i++) {
      for (Work w : works) {
        w.run();
      }
    }
    double[][] times = new double[works.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int w = 0; w < works.size(); w++) {
        long start = System.nanoTime();
        works.get(w).run();
        times[w][r] = (System.nanoTime() - start) / 1e6;
      }
    }
    double[] medians = new double[works.size()];
    for (int w = 0; w < works.size(); w++) {
      medians[w] = percentile(times[w], 50);
    }
    return medians;
  }

  /** Each run's wall time in ms, after a warm-up of a tenth as many runs. */
  private static double[] sample(int runs, Work work) throws Exception {
    for (int i = 0; i < Math.max(5, runs / 10); i++) {
      work.run();
    }
    double[] times = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.run();
      times[i] = (System.nanoTime() - start) / 1e6;
    }
    return times;
  }

  static double percentile(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  static String ms(double millis) {
    return millis >= 100 ? String.format(Locale.ROOT, "%.0f ms", millis)
        : String.format(Locale.ROOT, "%.2f ms", millis);
  }

  /** The report as a Markdown table. */
  public static String table(List<Row> rows) {
    StringBuilder b = new StringBuilder(
        "| benchmark | driver | baseline | ratio | goal | met |\n|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      b.append("| ").append(r.name()).append(" | ").append(r.driver()).append(" | ")
          .append(r.baseline()).append(" | ")
          .append(Double.isNaN(r.ratio()) ? "-" : String.format(Locale.ROOT, "%.2f", r.ratio()))
          .append(" | ").append(r.goal()).append(" | ").append(r.met()).append(" |\n");
    }
    return b.toString();
  }
}
