package io.github.ionqjdbc.catalog;

import java.util.List;

/**
 * Where the rows are in a response.
 *
 * @param kind the shape
 * @param path for {@link Kind#ARRAY}: the field holding the array (empty: the response is the
 *     array); for {@link Kind#NESTED}: the field holding the outer array
 * @param inner for {@link Kind#NESTED}: the field of each outer element holding the inner array
 * @param streamed true for pages read in one pass from their bytes straight into rows (no JSON
 *     tree): for long listings of wide rows, whose columns all come from the row's own fields
 */
public record Rows(Kind kind, List<String> path, String inner, boolean streamed) {
  /** Response shapes. */
  public enum Kind {
    /** An array of row objects. */
    ARRAY,
    /** The response is one row. */
    OBJECT,
    /**
     * An array of objects each holding an array: one row per inner element, and one row (with
     * the inner fields null) for an outer element whose inner array is empty or missing.
     */
    NESTED,
    /**
     * A probability distribution: an object of outcome to probability ({@code {"5": 0.5}}),
     * or of child job id to such an object (a multi-circuit job), or
     * {@code {"registers": {name: {...}}}}. One row per outcome, with the fields
     * {@code circuit_job_id}, {@code register}, {@code state} and {@code probability}.
     */
    DISTRIBUTION
  }

  public Rows {
    path = List.copyOf(path);
    if (streamed && (kind != Kind.ARRAY || path.size() != 1)) {
      throw new IllegalArgumentException("only an array under a field is read streamed");
    }
  }

  public Rows(Kind kind, List<String> path, String inner) {
    this(kind, path, inner, false);
  }

  /**
   * The rows are the array under {@code field} of a page read in one streaming pass (see
   * {@link #streamed()}).
   */
  public static Rows streamedArrayUnder(String field) {
    return new Rows(Kind.ARRAY, List.of(field), null, true);
  }

  /** The response is a top-level array of rows. */
  public static Rows topLevelArray() {
    return new Rows(Kind.ARRAY, List.of(), null);
  }

  /** The rows are the array under {@code field}. */
  public static Rows arrayUnder(String field) {
    return new Rows(Kind.ARRAY, List.of(field), null);
  }

  /** The response is one row. */
  public static Rows singleObject() {
    return new Rows(Kind.OBJECT, List.of(), null);
  }

  /** One row per outcome of a probability distribution (see {@link Kind#DISTRIBUTION}). */
  public static Rows distribution() {
    return new Rows(Kind.DISTRIBUTION, List.of(), null);
  }

  /** One row per element of {@code outer[].inner[]}. */
  public static Rows nested(String outer, String inner) {
    return new Rows(Kind.NESTED, List.of(outer), inner);
  }
}
