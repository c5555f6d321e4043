package io.github.ionqjdbc.bench;

import io.github.ionqjdbc.bench.BenchmarkSuite.Row;
import io.github.ionqjdbc.jdbc.IonQConnection;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A dashboard's load on the request scheduler (issue 12): eight panels' connections running the
 * same crawl at once (coalescing), the same again within the cache's TTL, and sixteen
 * connections against an API that allows N requests per second (rate limit and shared pause).
 * Each part uses an API key of its own, so a scheduler of its own.
 */
final class DashboardBenchmarks {
  private static final String CRAWL = "select count(*), sum(shots) from jobs";

  private final boolean quick;
  private final PrintStream log;
  private final List<Row> rows;

  DashboardBenchmarks(boolean quick, PrintStream log, List<Row> rows) {
    this.quick = quick;
    this.log = log;
    this.rows = rows;
  }

  /** Runs these benchmarks alone: {@code [--quick]}. */
  public static void main(String[] args) throws Exception {
    List<Row> rows = new ArrayList<>();
    new DashboardBenchmarks(List.of(args).contains("--quick"), System.out, rows).run();
    System.out.println(BenchmarkSuite.table(rows));
    System.exit(0);
  }

  void run() throws Exception {
    coalescingAndCache();
    rateLimit();
  }

  /** 8 connections, the same 2,000-job crawl, 20 pages of 100 at 50 ms each. */
  private void coalescingAndCache() throws Exception {
    int pages = quick ? 4 : 20;
    int panels = 8;
    try (PageServer server = new PageServer(100, pages, 50)) {
      String url = "jdbc:ionq:validateOnConnect=false;pageSize=100;baseUrl=" + server.baseUrl();
      // Warm-up of the JIT on a key of its own.
      concurrently(panels, url + ";apiKey=bench-warm-up", 1);
      server.resetCounts();

      long start = System.nanoTime();
      List<Long> alone = concurrently(1, url + ";apiKey=bench-alone", 1);
      double oneCrawlMillis = (System.nanoTime() - start) / 1e6;
      int oneCrawl = server.served();
      server.resetCounts();

      start = System.nanoTime();
      List<Long> together = concurrently(panels, url + ";apiKey=bench-coalesce", 1);
      double togetherMillis = (System.nanoTime() - start) / 1e6;
      int coalesced = server.served();
      check(together, alone.get(0));
      double requestRatio = coalesced / (double) oneCrawl;
      rows.add(new Row(panels + " connections, the same " + pages * 100 + "-job crawl at once ("
          + "requests sent, cache off)", coalesced + " requests", oneCrawl + " (one crawl)",
          requestRatio, "<= 1.1", requestRatio <= 1.1 ? "yes" : "no"));
      double timeRatio = togetherMillis / oneCrawlMillis;
      rows.add(new Row(panels + " connections, the same crawl at once (wall time)",
          BenchmarkSuite.ms(togetherMillis), BenchmarkSuite.ms(oneCrawlMillis) + " (one crawl)",
          timeRatio, "<= 1.3", timeRatio <= 1.3 ? "yes" : "no"));
      server.resetCounts();

      List<Long> cached = concurrently(panels, url + ";apiKey=bench-cache;cacheTtlSeconds=300",
          3);
      check(cached, alone.get(0));
      int sent = server.served();
      rows.add(new Row(panels + " connections x 3 rounds within cacheTtlSeconds=300 (requests"
          + " sent)", sent + " requests", oneCrawl + " (one crawl)", sent / (double) oneCrawl,
          "= 1.0", sent == oneCrawl ? "yes" : "no"));
    }
  }

  /**
   * 16 connections, each its own crawl (a page size of its own, so nothing coalesces), against
   * an API allowing {@code perSecond} requests a second: with maxRequestsPerSecond at that rate,
   * and without (the shared pause alone).
   */
  private void rateLimit() throws Exception {
    int connections = 16;
    int pages = quick ? 2 : 8;
    int perSecond = 20;
    try (PageServer server = new PageServer(50, pages, 20)) {
      server.limitRate(perSecond);
      String base = "jdbc:ionq:validateOnConnect=false;baseUrl=" + server.baseUrl();

      long start = System.nanoTime();
      List<Long> limited = distinctCrawls(connections, base + ";apiKey=bench-limited"
          + ";maxRequestsPerSecond=" + perSecond);
      double limitedSeconds = (System.nanoTime() - start) / 1e9;
      int refusedLimited = server.refused();
      checkEach(limited, pages * 50L);
      log.printf(Locale.ROOT, "rate limit %d/s, maxRequestsPerSecond=%d: %d pages in %.1f s,"
          + " %d x 429%n", perSecond, perSecond, server.served(), limitedSeconds,
          refusedLimited);
      rows.add(new Row(String.format(Locale.ROOT, "%d connections, API allows %d requests/s,"
              + " maxRequestsPerSecond=%d (429s)", connections, perSecond, perSecond),
          refusedLimited + " x 429, " + String.format(Locale.ROOT, "%.1f s", limitedSeconds),
          String.format(Locale.ROOT, "%.1f s (%d requests / %d per s)",
              connections * pages / (double) perSecond, connections * pages, perSecond),
          Double.NaN, "0 x 429", refusedLimited == 0 ? "yes" : "no"));

      Thread.sleep(1100); // the bucket refills
      server.limitRate(perSecond);
      server.resetCounts();
      String key = "bench-unlimited";
      start = System.nanoTime();
      List<Long> unlimited = distinctCrawls(connections, base + ";apiKey=" + key);
      double unlimitedSeconds = (System.nanoTime() - start) / 1e9;
      checkEach(unlimited, pages * 50L);
      int refused = server.refused();
      long pauses;
      try (Connection c = DriverManager.getConnection(base + ";apiKey=" + key)) {
        pauses = c.unwrap(IonQConnection.class).requestActivity().pauses();
      }
      double perPause = pauses == 0 ? 0 : refused / (double) pauses;
      log.printf(Locale.ROOT, "rate limit %d/s, no maxRequestsPerSecond: %d pages in %.1f s,"
          + " %d x 429 in %d pauses%n", perSecond, server.served(), unlimitedSeconds, refused,
          pauses);
      rows.add(new Row(String.format(Locale.ROOT, "%d connections, API allows %d requests/s,"
              + " no maxRequestsPerSecond (429s per shared pause)", connections, perSecond),
          String.format(Locale.ROOT, "%d x 429 in %d pauses, %.1f s, answers exact", refused,
              pauses, unlimitedSeconds),
          String.format(Locale.ROOT, "%.1f s (%d requests / %d per s)",
              connections * pages / (double) perSecond, connections * pages, perSecond),
          perPause, "<= 2 per pause", perPause <= 2 ? "yes" : "no"));
    }
  }

  /** {@code n} connections each run the crawl {@code rounds} times, all starting together. */
  private static List<Long> concurrently(int n, String url, int rounds) throws Exception {
    List<Callable<Long>> work = new ArrayList<>();
    CyclicBarrier together = new CyclicBarrier(n);
    for (int i = 0; i < n; i++) {
      work.add(() -> {
        long answer = 0;
        try (Connection c = DriverManager.getConnection(url)) {
          for (int r = 0; r < rounds; r++) {
            together.await();
            answer = crawl(c);
          }
        }
        return answer;
      });
    }
    return runAll(work);
  }

  /** {@code n} connections with page sizes 41, 42, ... (distinct URLs), crawling at once. */
  private static List<Long> distinctCrawls(int n, String url) throws Exception {
    List<Callable<Long>> work = new ArrayList<>();
    CyclicBarrier together = new CyclicBarrier(n);
    for (int i = 0; i < n; i++) {
      String own = url + ";pageSize=" + (41 + i);
      work.add(() -> {
        try (Connection c = DriverManager.getConnection(own);
             Statement s = c.createStatement();
             ResultSet rs = executeTogether(s, together)) {
          rs.next();
          return rs.getLong(1);
        }
      });
    }
    return runAll(work);
  }

  private static ResultSet executeTogether(Statement s, CyclicBarrier together)
      throws Exception {
    together.await();
    return s.executeQuery("select count(*) from jobs");
  }

  private static List<Long> runAll(List<Callable<Long>> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(work.size());
    try {
      List<Long> answers = new ArrayList<>();
      for (Future<Long> f : pool.invokeAll(work)) {
        answers.add(f.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long crawl(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(CRAWL)) {
      rs.next();
      return rs.getLong(1) * 1_000_000 + rs.getLong(2);
    }
  }

  private static void check(List<Long> answers, long expected) {
    for (long a : answers) {
      if (a != expected) {
        throw new IllegalStateException("a panel got " + a + " instead of " + expected);
      }
    }
  }

  private static void checkEach(List<Long> counts, long expected) {
    check(counts, expected);
  }
}
