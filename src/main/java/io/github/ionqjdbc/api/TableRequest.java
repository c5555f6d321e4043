package io.github.ionqjdbc.api;

import io.github.ionqjdbc.catalog.Endpoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One request stream of a table: the endpoint, its path variables and query parameters, and
 * which of the rows that come back belong to it.
 *
 * @param parameters every parameter's values, path variables first, in request order (a
 *     parameter with several values is repeated: {@code ids=a&ids=b})
 * @param belongs whether a returned row is one this request asked for (the API may ignore a
 *     filter, and the rows another request of the same scan asks for must not come twice);
 *     null when every row does
 */
public record TableRequest(Endpoint endpoint, Map<String, List<String>> parameters,
    @Nullable Predicate<Object[]> belongs) {
  public TableRequest {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    parameters.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    parameters = java.util.Collections.unmodifiableMap(copy);
  }

  /** A request with one value per parameter, whose every row belongs to it. */
  public static TableRequest of(Endpoint endpoint, Map<String, String> values) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    values.forEach((name, value) -> parameters.put(name, List.of(value)));
    return new TableRequest(endpoint, parameters, null);
  }

  /**
   * The values the request was made with, by parameter name, as rows may echo them
   * ({@code Source.input}); several values of one parameter joined by commas.
   */
  public Map<String, String> inputValues() {
    Map<String, String> values = new LinkedHashMap<>();
    parameters.forEach((name, list) -> values.put(name, String.join(",", list)));
    return values;
  }

  /**
   * The URL of one page.
   *
   * @param position the page number or cursor of the page, null for the first page of a
   *     cursor listing (ignored without pagination)
   * @param limit the page size to ask for, or 0 to leave it to the API
   */
  public HttpUrl url(HttpUrl base, @Nullable String position, int limit) {
    List<String> variables = endpoint.pathVariables();
    Map<String, String> pathValues = new LinkedHashMap<>();
    for (String v : variables) {
      pathValues.put(v, "\u0000" + v); // placeholders, replaced segment by segment below
    }
    HttpUrl.Builder url = base.newBuilder();
    for (String segment : endpoint.fill(pathValues).substring(1).split("/")) {
      url.addPathSegment(segment.startsWith("\u0000")
          ? String.join(",", parameters.get(segment.substring(1))) : segment);
    }
    parameters.forEach((name, values) -> {
      if (!variables.contains(name)) {
        values.forEach(value -> url.addQueryParameter(name, value));
      }
    });
    var pagination = endpoint.pagination();
    if (pagination.paged()) {
      if (pagination.limitParam() != null && limit > 0) {
        url.addQueryParameter(pagination.limitParam(), Integer.toString(limit));
      }
      if (position != null) {
        url.addQueryParameter(pagination.positionParam(), position);
      }
    }
    return url.build();
  }

  /** As EXPLAIN and messages show it: the first page's path and query (never the key). */
  public String describe(ClientConfig config, int limit) {
    HttpUrl url = url(config.baseUrl(), firstPosition(), limit);
    return "GET " + url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.query());
  }

  /** The position of the first page: page 1, or no cursor. */
  public @Nullable String firstPosition() {
    return endpoint.pagination().kind()
        == io.github.ionqjdbc.catalog.Pagination.Kind.PAGE_NUMBERS ? "1" : null;
  }
}
