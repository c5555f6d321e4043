package io.github.ionqjdbc.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.ionqjdbc.demo.DemoJobs;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fast local stand-in for {@code GET /jobs}: one page of realistic jobs rendered once, served
 * as page after page with cursors {@code p1, p2, ...} up to the requested history size, so that
 * what is measured is the client, not the server. An optional delay per page emulates latency.
 */
final class PageServer implements AutoCloseable {
  static {
    // Without TCP_NODELAY the JDK's server waits out delayed ACKs (~40 ms) on small responses,
    // which would drown the short-query figures.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final byte[] prefix;
  private final byte[] lastPage;
  private final int pages;
  private final long delayMillis;
  private final java.util.concurrent.atomic.AtomicInteger served =
      new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicInteger refused =
      new java.util.concurrent.atomic.AtomicInteger();
  /** Requests allowed per second (a token bucket holding one second's worth); 0 = no limit. */
  private volatile double ratePerSecond;
  private double tokens;
  private long refilledAt = System.nanoTime();

  /**
   * @param jobsPerPage jobs in every page (the page ignores the client's limit above this)
   * @param pages how many pages the history has
   * @param delayMillis added before each response
   */
  PageServer(int jobsPerPage, int pages, long delayMillis) throws IOException {
    this(jobsPerPage, pages, delayMillis, null);
  }

  /** As above, with every job's status set to {@code status} when it is not null. */
  PageServer(int jobsPerPage, int pages, long delayMillis, String status) throws IOException {
    this.pages = pages;
    this.delayMillis = delayMillis;
    List<Map<String, Object>> jobs = DemoJobs.generate(jobsPerPage, 11L);
    if (status != null) {
      jobs.forEach(j -> j.put("status", status));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("jobs", jobs);
    body.put("next", null);
    String json = new ObjectMapper().writeValueAsString(body);
    String head = json.substring(0, json.lastIndexOf("\"next\":null"));
    this.prefix = (head + "\"next\":").getBytes(StandardCharsets.UTF_8);
    this.lastPage = json.getBytes(StandardCharsets.UTF_8);
    this.executor = Executors.newFixedThreadPool(16, r -> {
      Thread t = new Thread(r, "bench-page-server");
      t.setDaemon(true);
      return t;
    });
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        64);
    server.setExecutor(executor);
    server.createContext("/", this::answer);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v0.4";
  }

  /** Bytes of one full page body, for reporting. */
  int pageBytes() {
    return lastPage.length;
  }

  /**
   * Allows {@code perSecond} requests per second from now on, as a rate-limited API does: a
   * request above it gets 429 with {@code Retry-After} (whole seconds until the next token).
   */
  synchronized void limitRate(double perSecond) {
    ratePerSecond = perSecond;
    tokens = perSecond;
    refilledAt = System.nanoTime();
  }

  /** Requests answered with a page. */
  int served() {
    return served.get();
  }

  /** Requests answered with 429. */
  int refused() {
    return refused.get();
  }

  /** Forgets the counts. */
  void resetCounts() {
    served.set(0);
    refused.set(0);
  }

  /** Takes a token; the seconds to wait for one when none is left, 0 when taken. */
  private synchronized long takeToken() {
    if (ratePerSecond <= 0) {
      return 0;
    }
    long now = System.nanoTime();
    tokens = Math.min(ratePerSecond, tokens + (now - refilledAt) / 1e9 * ratePerSecond);
    refilledAt = now;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return (long) Math.ceil((1 - tokens) / ratePerSecond);
  }

  private void answer(HttpExchange exchange) throws IOException {
    long wait = takeToken();
    if (wait > 0) {
      refused.incrementAndGet();
      byte[] body = "{\"error\":\"Too Many Requests\"}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("Retry-After", Long.toString(wait));
      exchange.sendResponseHeaders(429, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
      return;
    }
    served.incrementAndGet();
    String query = exchange.getRequestURI().getRawQuery();
    int page = 0;
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("next=p")) {
          page = Integer.parseInt(pair.substring("next=p".length()));
        }
      }
    }
    if (delayMillis > 0) {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] cursor = page + 1 < pages
        ? ("\"p" + (page + 1) + "\"}").getBytes(StandardCharsets.UTF_8) : null;
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    if (cursor == null) {
      exchange.sendResponseHeaders(200, lastPage.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(lastPage);
      }
      return;
    }
    exchange.sendResponseHeaders(200, prefix.length + cursor.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(prefix);
      out.write(cursor);
    }
  }

  @Override public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
