package io.github.ionqjdbc.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Puts the {@link DemoApi} behind an OkHttp client, in process: the request is answered
 * before any connection is made (no socket, no DNS), so the client's own request building,
 * status handling, parsing and pagination run exactly as against the real API.
 */
public final class DemoInterceptor implements Interceptor {
  /** A base URL that can never resolve: if the interceptor were bypassed, nothing would leak. */
  public static final String DEMO_BASE_URL = "http://demo.ionq-jdbc.invalid/v0.4";
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final java.util.function.Supplier<DemoApi> endpoint;

  public DemoInterceptor(DemoApi endpoint) {
    this(() -> endpoint);
  }

  /** @param endpoint gives the API at the first request (the demo account may still be made) */
  public DemoInterceptor(java.util.function.Supplier<DemoApi> endpoint) {
    this.endpoint = endpoint;
  }

  @Override public Response intercept(Chain chain) {
    Request request = chain.request();
    HttpUrl url = request.url();
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (int i = 0; i < url.querySize(); i++) {
      query.computeIfAbsent(url.queryParameterName(i), k -> new ArrayList<>())
          .add(url.queryParameterValue(i));
    }
    DemoJobsEndpoint.Answer answer = endpoint.get().handle(request.method(), url.encodedPath(), query);
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(answer.status())
        .message(answer.status() == 200 ? "OK" : "Error")
        .body(ResponseBody.create(answer.json(), JSON))
        .build();
  }
}
