package io.github.ionqjdbc.testing;

import com.sun.net.httpserver.HttpServer;
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
  private final DemoJobsEndpoint endpoint;

  public DemoHttpServer(DemoJobsEndpoint endpoint) throws IOException {
    this.endpoint = endpoint;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
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

  public DemoJobsEndpoint endpoint() {
    return endpoint;
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
  }
}
