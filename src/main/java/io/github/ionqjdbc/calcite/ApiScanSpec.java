package io.github.ionqjdbc.calcite;

import io.github.ionqjdbc.catalog.Input;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What has been pushed into a scan of a declared table: constraints on columns (a column is
 * one of these values; a column is at least / at most a value) and the row cap of a
 * LIMIT/OFFSET. Immutable; the rules build it, {@link ApiScanPlan} turns it into requests once
 * bind variables are known.
 */
final class ApiScanSpec {
  /**
   * A pushed predicate.
   *
   * @param values for EQUALS: any of these; for a bound: one value
   * @param inclusive for a bound: whether the bound itself matches
   */
  record Constraint(String column, Input.Operator operator, List<Operand> values,
      boolean inclusive) {
    Constraint {
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

  static final ApiScanSpec EMPTY = new ApiScanSpec(List.of(), null, null);

  private final List<Constraint> constraints;
  private final @Nullable Operand fetch;
  private final @Nullable Operand offset;

  private ApiScanSpec(List<Constraint> constraints, @Nullable Operand fetch,
      @Nullable Operand offset) {
    this.constraints = List.copyOf(constraints);
    this.fetch = fetch;
    this.offset = offset;
  }

  ApiScanSpec and(Constraint constraint) {
    List<Constraint> more = new ArrayList<>(constraints);
    more.add(constraint);
    return new ApiScanSpec(more, fetch, offset);
  }

  ApiScanSpec withLimit(Operand newFetch, @Nullable Operand newOffset) {
    return new ApiScanSpec(constraints, newFetch, newOffset);
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
        && Objects.equals(fetch, s.fetch) && Objects.equals(offset, s.offset);
  }

  @Override public int hashCode() {
    return Objects.hash(constraints, fetch, offset);
  }
}
