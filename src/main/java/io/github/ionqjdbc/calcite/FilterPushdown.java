package io.github.ionqjdbc.calcite;

import io.github.ionqjdbc.api.JobColumn;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUnknownAs;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.util.NlsString;
import org.apache.calcite.util.Sarg;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Splits a filter condition into what {@code GET /jobs} can do and what stays in Calcite.
 *
 * <p>A conjunct is pushed when it says "column equals one of these values" for a filterable
 * column ({@link ScanSpec#FILTER_COLUMNS}), with string literals or bind variables as values:
 * {@code c = v}, {@code c IN (...)} (which Calcite may have turned into SEARCH), or an OR of
 * equalities on the same column. Anything else (ranges, LIKE, NOT, OR across columns, functions)
 * is left in the residual condition.
 */
final class FilterPushdown {
  private final ScanSpec spec;
  private final List<RexNode> residual;
  private final boolean pushedAny;

  private FilterPushdown(ScanSpec spec, List<RexNode> residual, boolean pushedAny) {
    this.spec = spec;
    this.residual = residual;
    this.pushedAny = pushedAny;
  }

  static FilterPushdown analyze(RexNode condition, ScanSpec start) {
    ScanSpec spec = start;
    List<RexNode> residual = new ArrayList<>();
    boolean pushed = false;
    for (RexNode conjunct : RelOptUtil.conjunctions(condition)) {
      ColumnValues cv = columnValues(conjunct);
      if (cv == null || !worthPushing(cv)) {
        residual.add(conjunct);
      } else {
        spec = spec.and(cv.column, cv.values);
        pushed = true;
      }
    }
    return new FilterPushdown(spec, residual, pushed);
  }

  /**
   * A list of submitter ids is not pushed: the API takes one submitter per request and ignores
   * the id of a non-member, so one stream per id could fetch the whole history several times.
   */
  private static boolean worthPushing(ColumnValues cv) {
    return cv.column != JobColumn.SUBMITTER_ID || cv.values.size() == 1;
  }

  ScanSpec spec() {
    return spec;
  }

  List<RexNode> residual() {
    return residual;
  }

  boolean pushedAny() {
    return pushedAny;
  }

  /** "column is one of values". */
  private record ColumnValues(JobColumn column, List<Operand> values) {
  }

  private static @Nullable ColumnValues columnValues(RexNode node) {
    switch (node.getKind()) {
      case EQUALS:
        return equality((RexCall) node);
      case SEARCH:
        return search((RexCall) node);
      case OR:
        return disjunction((RexCall) node);
      default:
        return null;
    }
  }

  private static @Nullable ColumnValues equality(RexCall call) {
    RexNode a = call.getOperands().get(0);
    RexNode b = call.getOperands().get(1);
    JobColumn column = filterColumn(a);
    Operand value = value(b);
    if (column == null || value == null) {
      column = filterColumn(b);
      value = value(a);
    }
    return column == null || value == null ? null : new ColumnValues(column, List.of(value));
  }

  private static @Nullable ColumnValues search(RexCall call) {
    JobColumn column = filterColumn(call.getOperands().get(0));
    if (column == null || !(call.getOperands().get(1) instanceof RexLiteral literal)) {
      return null;
    }
    Sarg<?> sarg = literal.getValueAs(Sarg.class);
    // Only a list of points, and null never matching (as with = and IN).
    if (sarg == null || !sarg.isPoints() || sarg.nullAs == RexUnknownAs.TRUE) {
      return null;
    }
    List<Operand> values = new ArrayList<>();
    for (Object range : sarg.rangeSet.asRanges()) {
      Object point = ((com.google.common.collect.Range<?>) range).lowerEndpoint();
      if (!(point instanceof NlsString s) || s.getValue() == null) {
        return null;
      }
      values.add(Operand.literal(s.getValue()));
    }
    return new ColumnValues(column, values);
  }

  private static @Nullable ColumnValues disjunction(RexCall call) {
    JobColumn column = null;
    List<Operand> values = new ArrayList<>();
    for (RexNode disjunct : call.getOperands()) {
      ColumnValues cv = columnValues(disjunct);
      if (cv == null || (column != null && column != cv.column)) {
        return null;
      }
      column = cv.column;
      values.addAll(cv.values);
    }
    return column == null ? null : new ColumnValues(column, values);
  }

  private static @Nullable JobColumn filterColumn(RexNode node) {
    if (node instanceof RexInputRef ref && ref.getIndex() < JobColumn.count()) {
      JobColumn column = JobColumn.all().get(ref.getIndex());
      return ScanSpec.FILTER_COLUMNS.contains(column) ? column : null;
    }
    return null;
  }

  /** A non-null string literal or a bind variable of a character type. */
  private static @Nullable Operand value(RexNode node) {
    if (node.getKind() == SqlKind.CAST && isCharacter(node)) {
      RexNode inner = ((RexCall) node).getOperands().get(0);
      if (inner instanceof RexDynamicParam && isCharacter(inner)) {
        node = inner;
      }
    }
    if (node instanceof RexLiteral literal && isCharacter(literal)) {
      String value = literal.getValueAs(String.class);
      return value == null ? null : Operand.literal(value);
    }
    if (node instanceof RexDynamicParam param && isCharacter(param)) {
      return Operand.param(param.getIndex());
    }
    return null;
  }

  private static boolean isCharacter(RexNode node) {
    return SqlTypeFamily.CHARACTER.contains(node.getType());
  }
}
