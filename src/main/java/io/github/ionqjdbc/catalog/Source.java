package io.github.ionqjdbc.catalog;

import java.util.List;

/**
 * Where a column's value is found: a path of field names from a starting point, or the value of
 * a request input. A column may list several sources; the first that is present wins (the
 * characterization's {@code fidelity.1q.mean}, else its {@code median}).
 *
 * @param from where the path starts
 * @param path field names from there (for {@link From#INPUT}: one, the input's name)
 */
public record Source(From from, List<String> path) {
  /** The starting point of a source. */
  public enum From {
    /** The row's own object (for nested rows: the inner one). */
    ROW,
    /** For nested rows: the outer object the row sits in. */
    PARENT,
    /** The whole response. */
    RESPONSE,
    /** The value the request was made with (a path variable or query parameter). */
    INPUT
  }

  public Source {
    path = List.copyOf(path);
  }

  /** A field of the row, e.g. {@code row("fidelity", "1q", "mean")}. */
  public static Source row(String... path) {
    return new Source(From.ROW, List.of(path));
  }

  public static Source parent(String... path) {
    return new Source(From.PARENT, List.of(path));
  }

  public static Source response(String... path) {
    return new Source(From.RESPONSE, List.of(path));
  }

  /** The value of the request input {@code name}. */
  public static Source input(String name) {
    return new Source(From.INPUT, List.of(name));
  }

  /** As documentation shows it: {@code fidelity.1q.mean}, {@code usage_data[].from}... */
  public String describe() {
    return String.join(".", path);
  }
}
