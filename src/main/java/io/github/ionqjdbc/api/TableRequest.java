package io.github.ionqjdbc.api;

import io.github.ionqjdbc.catalog.Endpoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * One request stream of a declared table: the endpoint, its path variables and query
 * parameters (one value each), and so the values the rows may echo ({@code Source.input}).
 *
 * @param values every parameter's value, path variables first, in a stable order
 */
public record TableRequest(Endpoint endpoint, Map<String, String> values) {
  public TableRequest {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The URL of page {@code page} (1-based; ignored without pagination) asking for {@code limit}. */
  public HttpUrl url(IonQClient client, int page, int limit) {
    List<String> variables = endpoint.pathVariables();
    Map<String, String> pathValues = new LinkedHashMap<>();
    for (String v : variables) {
      pathValues.put(v, "\u0000" + v); // placeholders, replaced segment by segment below
    }
    HttpUrl.Builder url = client.config().baseUrl().newBuilder();
    for (String segment : endpoint.fill(pathValues).substring(1).split("/")) {
      url.addPathSegment(segment.startsWith("\u0000") ? values.get(segment.substring(1))
          : segment);
    }
    values.forEach((name, value) -> {
      if (!variables.contains(name)) {
        url.addQueryParameter(name, value);
      }
    });
    if (endpoint.pagination().kind() == io.github.ionqjdbc.catalog.Pagination.Kind.PAGE_NUMBERS) {
      if (endpoint.pagination().limitParam() != null) {
        url.addQueryParameter(endpoint.pagination().limitParam(), Integer.toString(limit));
      }
      url.addQueryParameter(endpoint.pagination().pageParam(), Integer.toString(page));
    }
    return url.build();
  }

  /** As EXPLAIN shows it: the first page's path and query. */
  public String describe(IonQClient client, int limit) {
    HttpUrl url = url(client, 1, limit);
    return "GET " + url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.query());
  }
}
