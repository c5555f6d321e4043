package io.github.ionqjdbc.testing;

import com.sun.net.httpserver.HttpServer;
import io.github.ionqjdbc.demo.DemoApi;
import io.github.ionqjdbc.demo.DemoJobsEndpoint;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's {@code GET /jobs} emulation served over real HTTP on 127.0.0.1, for tests that need
 * a fake API with a large, filterable history (WireMock stubs answer fixed pages).
 */
public final class DemoHttpServer implements AutoCloseable {
  private final HttpServer server;
  private final DemoApi endpoint;
  private final java.util.concurrent.atomic.AtomicInteger faultsInjected =
      new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.ExecutorService executor;
  private volatile double faultRate;
  private volatile long latencyMillis;
  private volatile String latencyPathPart = "";
  private volatile java.util.Random faultRandom = new java.util.Random(1);

  public DemoHttpServer(DemoJobsEndpoint endpoint) throws IOException {
    this(new DemoApi(endpoint));
  }

  /** Serves the whole demo API (jobs and the other tables). */
  public DemoHttpServer(DemoApi endpoint) throws IOException {
    this.endpoint = endpoint;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = java.util.concurrent.Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "demo-http-server");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", exchange -> {
      if (injectFault(exchange)) {
        return;
      }
      String requested = exchange.getRequestURI().getPath();
      if (latencyMillis > 0 && requested.contains(latencyPathPart)) {
        try {
          Thread.sleep(latencyMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      Map<String, List<String>> query = parseQuery(exchange.getRequestURI().getRawQuery());
      DemoJobsEndpoint.Answer answer = endpoint.handle(exchange.getRequestMethod(),
          exchange.getRequestURI().getPath(), query);
      byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(answer.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  /** From now on, answers requests whose path contains {@code pathPart} after a delay. */
  public void addLatency(String pathPart, long millis) {
    this.latencyPathPart = pathPart;
    this.latencyMillis = millis;
  }

  /**
   * From now on, fails this share of requests (0 to 1) with a random fault: 503, 429 with
   * Retry-After: 0, a proxy's HTML 502, a body cut short of its Content-Length, or a closed
   * connection with no response at all.
   */
  public void injectFaults(double rate, long seed) {
    this.faultRandom = new java.util.Random(seed);
    this.faultRate = rate;
  }

  public int faultsInjected() {
    return faultsInjected.get();
  }

  private boolean injectFault(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
    int fault;
    synchronized (this) {
      if (faultRate <= 0 || faultRandom.nextDouble() >= faultRate) {
        return false;
      }
      fault = faultRandom.nextInt(5);
    }
    faultsInjected.incrementAndGet();
    switch (fault) {
      case 0:
        respond(exchange, 503, "application/json",
            "{\"statusCode\":503,\"error\":\"Service Unavailable\",\"message\":\"down\"}");
        break;
      case 1:
        exchange.getResponseHeaders().set("Retry-After", "0");
        respond(exchange, 429, "application/json",
            "{\"statusCode\":429,\"error\":\"Too Many Requests\",\"message\":\"slow\"}");
        break;
      case 2:
        respond(exchange, 502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");
        break;
      case 3:
        // Headers promise a long body; half of a real page arrives, then the connection closes.
        byte[] partial = "{\"jobs\":[{\"id\":\"cut-short\",\"status\":\"completed\"}"
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 100_000);
        exchange.getResponseBody().write(partial);
        exchange.getResponseBody().flush();
        exchange.close();
        break;
      default:
        exchange.close(); // no response: the client sees the connection end
        break;
    }
    return true;
  }

  private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status,
      String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  public DemoJobsEndpoint endpoint() {
    return endpoint.jobsEndpoint();
  }

  /** The API root, e.g. {@code http://127.0.0.1:PORT/v0.4}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v0.4";
  }

  private static Map<String, List<String>> parseQuery(String raw) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq),
          StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1),
          StandardCharsets.UTF_8);
      query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return query;
  }

  @Override public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
