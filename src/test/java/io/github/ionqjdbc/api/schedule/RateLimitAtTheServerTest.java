package io.github.ionqjdbc.api.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.ionqjdbc.testing.Fixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code maxRequestsPerSecond=N} holds where the API counts: at the server, on arrivals, in any
 * one-second window, with requests delayed unevenly on their way (0 to 50 ms, as a network
 * does). The fake API here refuses the N+1st arrival of any sliding second with 429, as a
 * strict rate limiter does.
 */
class RateLimitAtTheServerTest {
  private static final int PER_SECOND = 10;
  private static final int CONNECTIONS = 8;
  private static final int PAGES = 3;
  private static final long SECOND = 1_000_000_000L;

  private HttpServer server;
  private ExecutorService handlers;
  private final Random jitter = new Random(20261205);
  private final ArrayDeque<Long> window = new ArrayDeque<>();
  private final List<Long> arrivals = new ArrayList<>();
  private int refused;

  @BeforeEach void strictSlidingWindowApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    handlers = Executors.newFixedThreadPool(32);
    server.setExecutor(handlers);
    server.createContext("/v0.4/jobs", this::answer);
    server.start();
  }

  @AfterEach void stop() {
    server.stop(0);
    handlers.shutdownNow();
  }

  private void answer(HttpExchange exchange) throws IOException {
    try {
      long delay;
      synchronized (jitter) {
        delay = jitter.nextInt(51);
      }
      TimeUnit.MILLISECONDS.sleep(delay); // on its way: the request arrives this much later
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    boolean allowed = arrive(System.nanoTime());
    String query = exchange.getRequestURI().getQuery();
    int page = query != null && query.contains("next=") ? Integer.parseInt(
        query.substring(query.indexOf("next=") + 5).split("&")[0]) : 0;
    byte[] body = (allowed
        ? Fixtures.page(Fixtures.jobs("p" + page, 0, 1), page + 1 < PAGES ? "" + (page + 1)
            : null)
        : "{\"statusCode\":429,\"error\":\"Too Many Requests\",\"message\":\"slow down\"}")
        .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    if (!allowed) {
      exchange.getResponseHeaders().add("Retry-After", "1");
    }
    exchange.sendResponseHeaders(allowed ? 200 : 429, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  /** Counts an arrival; false when it is more than N in the second up to it. */
  private synchronized boolean arrive(long now) {
    arrivals.add(now);
    while (!window.isEmpty() && now - window.peekFirst() >= SECOND) {
      window.removeFirst();
    }
    if (window.size() >= PER_SECOND) {
      refused++;
      return false;
    }
    window.addLast(now);
    return true;
  }

  /** The most arrivals in any one-second window, allowed or not. */
  private synchronized int busiestSecond() {
    int most = 0;
    for (int i = 0, j = 0; i < arrivals.size(); i++) {
      while (arrivals.get(i) - arrivals.get(j) >= SECOND) {
        j++;
      }
      most = Math.max(most, i - j + 1);
    }
    return most;
  }

  @Test void noSecondAtTheServerSeesMoreThanTheLimitDespiteJitter() throws Exception {
    String url = "jdbc:ionq:baseUrl=http://127.0.0.1:" + server.getAddress().getPort()
        + "/v0.4;apiKey=rate-limit-test-key;validateOnConnect=false;retryBaseDelayMs=1"
        + ";maxRequestsPerSecond=" + PER_SECOND;
    ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
    try {
      List<Future<Long>> counts = new ArrayList<>();
      for (int i = 0; i < CONNECTIONS; i++) {
        int pageSize = 10 + i; // a URL of its own: no two connections share a request
        counts.add(clients.submit(() -> {
          try (Connection c = DriverManager.getConnection(url + ";pageSize=" + pageSize);
               Statement s = c.createStatement();
               ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM jobs")) {
            rs.next();
            return rs.getLong(1);
          }
        }));
      }
      for (Future<Long> count : counts) {
        assertEquals(PAGES, count.get(60, TimeUnit.SECONDS), "every page read");
      }
    } finally {
      clients.shutdownNow();
    }
    synchronized (this) {
      assertEquals(CONNECTIONS * PAGES, arrivals.size(), "no request sent twice");
      assertEquals(0, refused, "no request refused");
    }
    assertTrue(busiestSecond() <= PER_SECOND, "busiest second: " + busiestSecond());
  }
}
