package io.github.ionqjdbc.calcite.scan;

import java.util.Objects;
import org.apache.calcite.DataContext;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A value in a pushed-down predicate or LIMIT: a literal known when planning, or a bind variable
 * ({@code ?}) whose value is only known when the statement executes.
 */
public final class Operand {
  private final @Nullable Object literal;
  private final int paramIndex;

  private Operand(@Nullable Object literal, int paramIndex) {
    this.literal = literal;
    this.paramIndex = paramIndex;
  }

  public static Operand literal(Object value) {
    return new Operand(Objects.requireNonNull(value), -1);
  }

  public static Operand param(int index) {
    return new Operand(null, index);
  }

  /** A LIMIT or OFFSET value: a whole-number literal or a bind variable; else null. */
  static @Nullable Operand ofLimit(org.apache.calcite.rex.@Nullable RexNode node) {
    if (node instanceof org.apache.calcite.rex.RexLiteral literal) {
      Long value = literal.getValueAs(Long.class);
      return value == null ? null : literal(value);
    }
    if (node instanceof org.apache.calcite.rex.RexDynamicParam param) {
      return param(param.getIndex());
    }
    return null;
  }

  public boolean isParam() {
    return paramIndex >= 0;
  }

  /** The value at execution: the literal, or the bound value of the parameter (maybe null). */
  public @Nullable Object resolve(DataContext root) {
    return isParam() ? root.get("?" + paramIndex) : literal;
  }

  /** The literal, or {@code ?n} for a parameter: how EXPLAIN shows it. */
  public String describe() {
    return isParam() ? "?" + paramIndex : String.valueOf(literal);
  }

  @Override public boolean equals(Object o) {
    return o instanceof Operand that && paramIndex == that.paramIndex
        && Objects.equals(literal, that.literal);
  }

  @Override public int hashCode() {
    return Objects.hash(literal, paramIndex);
  }

  @Override public String toString() {
    return describe();
  }
}
