package io.github.ionqjdbc.catalog;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of reading a table: a path (with {@code {variables}}), where its rows are, how it
 * pages, which predicates it takes, and which query parameters it always sends.
 *
 * @param path e.g. {@code /backends/{backend}/characterizations}
 * @param inputs the predicates this endpoint takes (a path variable must be given, by a
 *     predicate or its input's fallback, for the endpoint to be used)
 * @param notFoundIsEmpty true when a 404 means "no such row" (a get by key), not a wrong URL
 */
public record Endpoint(String path, Rows rows, Pagination pagination, List<Input> inputs,
    boolean notFoundIsEmpty) {
  private static final Pattern VARIABLE = Pattern.compile("\\{([a-z_]+)}");

  public Endpoint {
    inputs = List.copyOf(inputs);
  }

  /** The path variables, in order. */
  public List<String> pathVariables() {
    Matcher m = VARIABLE.matcher(path);
    List<String> names = new java.util.ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The input that fills path variable or parameter {@code param}, or null. */
  public Input input(String param) {
    return inputs.stream().filter(i -> i.param().equals(param)).findFirst().orElse(null);
  }

  /** The path with its variables filled in (values are path-segment encoded by the caller). */
  public String fill(Map<String, String> variables) {
    Matcher m = VARIABLE.matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(variables.get(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
