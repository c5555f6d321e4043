package io.github.ionqjdbc.calcite.scan;

import io.github.ionqjdbc.catalog.Input;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What has been pushed into a scan of a table: constraints on columns (a column is one of these
 * values; a column is at least / at most a value), the row cap of a LIMIT/OFFSET, and what the
 * scan's consumer is known to do (stop early without a cap; take every row as a result row).
 * Immutable; the rules build it, {@link ApiScanPlan} turns it into requests once bind variables
 * are known.
 */
public final class ApiScanSpec {
  /**
   * A pushed predicate.
   *
   * @param values for EQUALS: any of these; for a bound: one value
   * @param inclusive for a bound: whether the bound itself matches
   */
  public record Constraint(String column, Input.Operator operator, List<Operand> values,
      boolean inclusive) {
    public Constraint {
      values = List.copyOf(values);
    }

    /** As EXPLAIN shows it, literals written by {@code show}. */
    String describe(java.util.function.Function<Operand, String> show) {
      switch (operator) {
        case EQUALS:
          return column + " IN " + values.stream().map(show).toList();
        case LOWER_BOUND:
          return column + (inclusive ? " >= " : " > ") + show.apply(values.get(0));
        default:
          return column + (inclusive ? " <= " : " < ") + show.apply(values.get(0));
      }
    }
  }

  static final ApiScanSpec EMPTY = new ApiScanSpec(List.of(), null, null, true, false);

  private final List<Constraint> constraints;
  private final @Nullable Operand fetch;
  private final @Nullable Operand offset;
  private final boolean prefetch;
  private final boolean rowsAreResultRows;

  private ApiScanSpec(List<Constraint> constraints, @Nullable Operand fetch,
      @Nullable Operand offset, boolean prefetch, boolean rowsAreResultRows) {
    this.constraints = List.copyOf(constraints);
    this.fetch = fetch;
    this.offset = offset;
    this.prefetch = prefetch;
    this.rowsAreResultRows = rowsAreResultRows;
  }

  public ApiScanSpec and(Constraint constraint) {
    List<Constraint> more = new ArrayList<>(constraints);
    more.add(constraint);
    return new ApiScanSpec(more, fetch, offset, prefetch, rowsAreResultRows);
  }

  ApiScanSpec withLimit(Operand newFetch, @Nullable Operand newOffset) {
    return new ApiScanSpec(constraints, Objects.requireNonNull(newFetch), newOffset, prefetch,
        rowsAreResultRows);
  }

  /**
   * This spec for a consumer that may stop early without a row cap the scan could see (a LIMIT
   * above a filter the API cannot do): no page is fetched ahead on speculation.
   */
  ApiScanSpec withoutPrefetch() {
    return new ApiScanSpec(constraints, fetch, offset, false, rowsAreResultRows);
  }

  /**
   * This spec for a scan whose every row is a row of the statement's result (only projected on
   * the way), so that the statement's {@code setMaxRows} caps the scan itself: no page is asked
   * or prefetched past that row.
   */
  ApiScanSpec withRowsAreResultRows() {
    return new ApiScanSpec(constraints, fetch, offset, prefetch, true);
  }

  /** Whether the scan may fetch the next page while the current one is read. */
  boolean prefetch() {
    return prefetch;
  }

  /** Whether the statement's max rows cap this scan. */
  boolean rowsAreResultRows() {
    return rowsAreResultRows;
  }

  /** The row cap if it is a literal, else null. */
  @Nullable Long literalRowCap() {
    if (fetch == null || fetch.isParam() || (offset != null && offset.isParam())) {
      return null;
    }
    return rowCap(fetch.resolve(null), offset == null ? 0L : offset.resolve(null));
  }

  /** fetch + offset as the row cap; Long.MAX_VALUE when either is not a usable number. */
  static long rowCap(@Nullable Object fetch, @Nullable Object offset) {
    long f = fetch instanceof Number n ? n.longValue() : Long.MAX_VALUE;
    long o = offset instanceof Number n ? n.longValue() : 0L;
    if (f < 0 || o < 0) {
      return Long.MAX_VALUE; // Calcite rejects negative values itself; do not cap
    }
    return f > Long.MAX_VALUE - o ? Long.MAX_VALUE : f + o;
  }

  /** How many columns carry a pushed constraint (for the cost model). */
  long constrainedColumnCount() {
    return constraints.stream().map(Constraint::column).distinct().count();
  }

  List<Constraint> constraints() {
    return constraints;
  }

  /** The constraints on {@code column} of kind {@code operator}. */
  List<Constraint> on(String column, Input.Operator operator) {
    return constraints.stream()
        .filter(c -> c.column().equals(column) && c.operator() == operator).toList();
  }

  boolean hasLimit() {
    return fetch != null;
  }

  @Nullable Operand fetch() {
    return fetch;
  }

  @Nullable Operand offset() {
    return offset;
  }

  @Override public String toString() {
    return describe(c -> Operand::describe);
  }

  /** As EXPLAIN shows it; {@code show} writes a constraint's literals for its column. */
  String describe(java.util.function.Function<Constraint,
      java.util.function.Function<Operand, String>> show) {
    StringBuilder b = new StringBuilder();
    constraints.forEach(c -> b.append(b.length() == 0 ? "" : " AND ")
        .append(c.describe(show.apply(c))));
    if (fetch != null) {
      b.append(b.length() == 0 ? "" : ", ").append("fetch ").append(fetch.describe());
      if (offset != null) {
        b.append(" + offset ").append(offset.describe());
      }
    }
    return b.toString();
  }

  @Override public boolean equals(Object o) {
    return o instanceof ApiScanSpec s && constraints.equals(s.constraints)
        && Objects.equals(fetch, s.fetch) && Objects.equals(offset, s.offset)
        && prefetch == s.prefetch && rowsAreResultRows == s.rowsAreResultRows;
  }

  @Override public int hashCode() {
    return Objects.hash(constraints, fetch, offset, prefetch, rowsAreResultRows);
  }
}
