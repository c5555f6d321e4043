package io.github.ionqjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ionqjdbc.demo.DemoJobsEndpoint;
import io.github.ionqjdbc.testing.DemoHttpServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Eight threads, each with its own connection, scan at once and all get the right answers. */
class ConcurrentScansTest {
  private static final String[] STATUSES = {"completed", "failed", "canceled", "submitted"};

  private static List<Long> answer(String url, int thread) throws Exception {
    List<Long> answers = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url);
         PreparedStatement count = c.prepareStatement(
             "select count(*), sum(shots) from jobs where status = ?");
         PreparedStatement all = c.prepareStatement("select count(*) from jobs")) {
      for (int round = 0; round < 3; round++) {
        count.setString(1, STATUSES[(thread + round) % STATUSES.length]);
        try (ResultSet rs = count.executeQuery()) {
          rs.next();
          answers.add(rs.getLong(1));
          answers.add(rs.getLong(2));
        }
        try (ResultSet rs = all.executeQuery()) {
          rs.next();
          answers.add(rs.getLong(1));
        }
      }
    }
    return answers;
  }

  /**
   * Compiled plans are cached across connections (by their generated code): each connection's
   * own API client must still be the one that runs, even for the very same SQL.
   */
  @Test void theSameSqlOnConnectionsToDifferentApisAnswersFromEach() throws Exception {
    try (DemoHttpServer small = new DemoHttpServer(DemoJobsEndpoint.withGeneratedData(300, 1L));
         DemoHttpServer large = new DemoHttpServer(DemoJobsEndpoint.withGeneratedData(700, 2L));
         Connection a = DriverManager.getConnection("jdbc:ionq:apiKey=k;baseUrl="
             + small.baseUrl());
         Connection b = DriverManager.getConnection("jdbc:ionq:apiKey=k;baseUrl="
             + large.baseUrl())) {
      for (int round = 0; round < 3; round++) {
        for (String sql : List.of("select count(*) from jobs",
            "select count(*) from jobs where status in ('completed', 'failed')")) {
          long fromA;
          long fromB;
          try (ResultSet rs = a.createStatement().executeQuery(sql)) {
            rs.next();
            fromA = rs.getLong(1);
          }
          try (ResultSet rs = b.createStatement().executeQuery(sql)) {
            rs.next();
            fromB = rs.getLong(1);
          }
          if (sql.endsWith("from jobs")) {
            assertEquals(300, fromA, sql);
            assertEquals(700, fromB, sql);
          } else {
            assertTrue(fromA < fromB, sql + ": " + fromA + " vs " + fromB);
          }
        }
      }
    }
  }

  @Test void eightConnectionsScanConcurrently() throws Exception {
    try (DemoHttpServer server = new DemoHttpServer(
        DemoJobsEndpoint.withGeneratedData(2000, 3L))) {
      String url = "jdbc:ionq:apiKey=k;pageSize=100;baseUrl=" + server.baseUrl();
      List<List<Long>> expected = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        expected.add(answer(url, t)); // one at a time first: the reference answers
      }
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<List<Long>>> running = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          int thread = t;
          running.add(pool.submit(() -> answer(url, thread)));
        }
        for (int t = 0; t < 8; t++) {
          assertEquals(expected.get(t), running.get(t).get(60, TimeUnit.SECONDS), "thread " + t);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
