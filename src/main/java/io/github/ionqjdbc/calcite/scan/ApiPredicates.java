package io.github.ionqjdbc.calcite.scan;

import io.github.ionqjdbc.calcite.scan.ApiScanSpec.Constraint;
import io.github.ionqjdbc.catalog.ColumnDef;
import io.github.ionqjdbc.catalog.ColumnType;
import io.github.ionqjdbc.catalog.Input;
import io.github.ionqjdbc.catalog.Input.Operator;
import io.github.ionqjdbc.catalog.TableDef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.calcite.avatica.util.DateTimeUtils;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUnknownAs;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.util.Sarg;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Splits a filter on a table into what the table's endpoints can do (its
 * {@link Input}s) and what stays in Calcite. A conjunct is pushed when it is, on a column an
 * input takes: {@code c = v}, {@code c IN (...)} or an OR of equalities (for an EQUALS input);
 * {@code c >= v}, {@code c > v} (a lower bound), {@code c < v}, {@code c <= v} (an upper bound),
 * or a BETWEEN (both); for a boolean column, {@code c}, {@code NOT c}, {@code c IS TRUE} and
 * their kin. Values are literals or bind variables.
 */
public final class ApiPredicates {
  private final ApiScanSpec spec;
  private final List<RexNode> residual;
  private final boolean pushedAny;

  private ApiPredicates(ApiScanSpec spec, List<RexNode> residual, boolean pushedAny) {
    this.spec = spec;
    this.residual = residual;
    this.pushedAny = pushedAny;
  }

  public static ApiPredicates analyze(TableDef table, RexNode condition, ApiScanSpec start) {
    return analyze(table, condition, start, null);
  }

  /**
   * @param onlyColumns null to push whatever can be; else only constraints on these columns
   */
  public static ApiPredicates analyze(TableDef table, RexNode condition, ApiScanSpec start,
      @Nullable Set<String> onlyColumns) {
    ApiScanSpec spec = start;
    List<RexNode> residual = new ArrayList<>();
    boolean pushed = false;
    for (RexNode conjunct : RelOptUtil.conjunctions(condition)) {
      List<Constraint> constraints = constraints(table, conjunct);
      if (constraints != null && !constraints.stream().allMatch(c -> listTaken(table, c))) {
        constraints = null;
      }
      if (constraints != null && onlyColumns != null
          && !constraints.stream().allMatch(c -> onlyColumns.contains(c.column()))) {
        constraints = null;
      }
      if (constraints == null) {
        residual.add(conjunct);
      } else {
        for (Constraint c : constraints) {
          spec = spec.and(c);
        }
        pushed = true;
      }
    }
    return new ApiPredicates(spec, residual, pushed);
  }

  public ApiScanSpec spec() {
    return spec;
  }

  /**
   * The columns whose predicates are pushed even with {@code pushdown=false}: those a table
   * cannot be read without (none when some endpoint needs none), and those whose input has a
   * default.
   */
  static Set<String> neededKeys(ApiTable table) {
    // An input with a default (usage's period, modality and organization) decides which rows
    // the endpoint answers: left to its default, a predicate on it filters other rows than
    // those asked for, and no local filter brings the right ones back.
    Set<String> defaulted = new java.util.HashSet<>();
    for (io.github.ionqjdbc.catalog.Endpoint e : table.def().endpoints()) {
      for (Input i : e.inputs()) {
        if (i.fallback() != null && i.fallback().kind() != Input.Fallback.Kind.FAN_OUT
            && i.fallback().kind() != Input.Fallback.Kind.REQUIRED) {
          defaulted.add(i.column());
        }
      }
    }
    Set<String> needed = new java.util.HashSet<>(defaulted);
    for (io.github.ionqjdbc.catalog.Endpoint e : table.def().endpoints()) {
      List<Input> missing = ApiScanPlan.missing(table, ApiScanSpec.EMPTY, e);
      if (missing.isEmpty()) {
        return defaulted;
      }
      missing.forEach(i -> needed.add(i.column()));
    }
    return needed;
  }

  public List<RexNode> residual() {
    return residual;
  }

  public boolean pushedAny() {
    return pushedAny;
  }

  /**
   * Whether a constraint's values can be pushed: a list only where some input takes one
   * ({@link Input.Several#NOT_PUSHED} leaves it to Calcite's filter).
   */
  private static boolean listTaken(TableDef table, Constraint c) {
    return c.operator() != Operator.EQUALS || c.values().size() < 2
        || table.endpoints().stream().flatMap(e -> e.inputs().stream())
            .anyMatch(i -> i.column().equals(c.column())
                && i.several() != Input.Several.NOT_PUSHED);
  }

  /** The operators some endpoint of the table takes for a column. */
  private static Set<Operator> operators(TableDef table, String column) {
    Set<Operator> ops = new java.util.HashSet<>();
    table.endpoints().forEach(e -> e.inputs().stream()
        .filter(i -> i.column().equals(column)).forEach(i -> ops.addAll(i.operators())));
    return ops;
  }

  private static @Nullable List<Constraint> constraints(TableDef table, RexNode node) {
    ColumnDef booleanColumn = column(table, node);
    if (booleanColumn != null && booleanColumn.type() == ColumnType.BOOLEAN) {
      return equalsIfPushable(table, booleanColumn, List.of(Operand.literal(true)));
    }
    switch (node.getKind()) {
      case NOT:
      case IS_FALSE:
      case IS_NOT_TRUE: {
        ColumnDef c = column(table, ((RexCall) node).getOperands().get(0));
        return c != null && c.type() == ColumnType.BOOLEAN && node.getKind() != SqlKind.IS_NOT_TRUE
            ? equalsIfPushable(table, c, List.of(Operand.literal(false))) : null;
      }
      case IS_TRUE: {
        ColumnDef c = column(table, ((RexCall) node).getOperands().get(0));
        return c != null && c.type() == ColumnType.BOOLEAN
            ? equalsIfPushable(table, c, List.of(Operand.literal(true))) : null;
      }
      case EQUALS:
        return comparison(table, (RexCall) node, SqlKind.EQUALS);
      case GREATER_THAN:
      case GREATER_THAN_OR_EQUAL:
      case LESS_THAN:
      case LESS_THAN_OR_EQUAL:
        return comparison(table, (RexCall) node, node.getKind());
      case SEARCH:
        return search(table, (RexCall) node);
      case OR:
        return disjunction(table, (RexCall) node);
      default:
        return null;
    }
  }

  private static @Nullable List<Constraint> equalsIfPushable(TableDef table, ColumnDef column,
      List<Operand> values) {
    return operators(table, column.name()).contains(Operator.EQUALS)
        ? List.of(new Constraint(column.name(), Operator.EQUALS, values, true)) : null;
  }

  private static @Nullable List<Constraint> comparison(TableDef table, RexCall call,
      SqlKind kind) {
    RexNode a = call.getOperands().get(0);
    RexNode b = call.getOperands().get(1);
    ColumnDef column = column(table, a);
    if (column == null) {
      column = column(table, b);
      a = b;
      b = call.getOperands().get(0);
      kind = kind.reverse();
    }
    if (column == null) {
      return null;
    }
    Operand value = value(column, b);
    if (value == null) {
      return null;
    }
    switch (kind) {
      case EQUALS:
        return equalsIfPushable(table, column, List.of(value));
      case GREATER_THAN:
      case GREATER_THAN_OR_EQUAL:
        return operators(table, column.name()).contains(Operator.LOWER_BOUND)
            ? List.of(new Constraint(column.name(), Operator.LOWER_BOUND, List.of(value),
                kind == SqlKind.GREATER_THAN_OR_EQUAL)) : null;
      default:
        return operators(table, column.name()).contains(Operator.UPPER_BOUND)
            ? List.of(new Constraint(column.name(), Operator.UPPER_BOUND, List.of(value),
                kind == SqlKind.LESS_THAN_OR_EQUAL)) : null;
    }
  }

  /** IN lists (points) and BETWEEN (one range) as Calcite folds them into SEARCH. */
  private static @Nullable List<Constraint> search(TableDef table, RexCall call) {
    ColumnDef column = column(table, call.getOperands().get(0));
    if (column == null || !(call.getOperands().get(1) instanceof RexLiteral literal)) {
      return null;
    }
    Sarg<?> sarg = literal.getValueAs(Sarg.class);
    if (sarg == null || sarg.nullAs == RexUnknownAs.TRUE) {
      return null;
    }
    Set<Operator> ops = operators(table, column.name());
    if (sarg.isPoints()) {
      if (!ops.contains(Operator.EQUALS)) {
        return null;
      }
      List<Operand> values = new ArrayList<>();
      for (Object range : sarg.rangeSet.asRanges()) {
        Object point = javaValue(column, ((com.google.common.collect.Range<?>) range)
            .lowerEndpoint());
        if (point == null) {
          return null;
        }
        values.add(Operand.literal(point));
      }
      return List.of(new Constraint(column.name(), Operator.EQUALS, values, true));
    }
    if (sarg.rangeSet.asRanges().size() != 1) {
      return null;
    }
    com.google.common.collect.Range<?> range = sarg.rangeSet.asRanges().iterator().next();
    List<Constraint> bounds = new ArrayList<>();
    if (range.hasLowerBound() && !addBound(bounds, column, ops, Operator.LOWER_BOUND,
        range.lowerEndpoint(), range.lowerBoundType())) {
      return null;
    }
    if (range.hasUpperBound() && !addBound(bounds, column, ops, Operator.UPPER_BOUND,
        range.upperEndpoint(), range.upperBoundType())) {
      return null;
    }
    return bounds.isEmpty() ? null : bounds;
  }

  /** Adds one end of a range as a bound; false if the API cannot take it. */
  private static boolean addBound(List<Constraint> bounds, ColumnDef column, Set<Operator> ops,
      Operator operator, Object endpoint, com.google.common.collect.BoundType type) {
    Object v = javaValue(column, endpoint);
    if (v == null || !ops.contains(operator)) {
      return false;
    }
    bounds.add(new Constraint(column.name(), operator, List.of(Operand.literal(v)),
        type == com.google.common.collect.BoundType.CLOSED));
    return true;
  }

  private static @Nullable List<Constraint> disjunction(TableDef table, RexCall call) {
    String column = null;
    List<Operand> values = new ArrayList<>();
    for (RexNode disjunct : call.getOperands()) {
      List<Constraint> cs = constraints(table, disjunct);
      if (cs == null || cs.size() != 1 || cs.get(0).operator() != Operator.EQUALS
          || (column != null && !column.equals(cs.get(0).column()))) {
        return null;
      }
      column = cs.get(0).column();
      values.addAll(cs.get(0).values());
    }
    return column == null ? null
        : List.of(new Constraint(column, Operator.EQUALS, values, true));
  }

  private static @Nullable ColumnDef column(TableDef table, RexNode node) {
    if (node instanceof RexInputRef ref && ref.getIndex() < table.columns().size()) {
      return table.columns().get(ref.getIndex());
    }
    return null;
  }

  /** A literal (maybe inside a cast) or a bind variable, as the column's Java value. */
  private static @Nullable Operand value(ColumnDef column, RexNode node) {
    if (node.getKind() == SqlKind.CAST) {
      RexNode inner = ((RexCall) node).getOperands().get(0);
      if (inner instanceof RexDynamicParam) {
        node = inner;
      } else if (inner instanceof RexLiteral text
          && SqlTypeFamily.CHARACTER.contains(text.getType()) && !text.isNull()) {
        Object v = parse(column, text.getValueAs(String.class));
        return v == null ? null : Operand.literal(v);
      }
    }
    if (node instanceof RexDynamicParam param) {
      return Operand.param(param.getIndex());
    }
    if (node instanceof RexLiteral literal && !literal.isNull()) {
      Object v = javaValue(column, literal.getValue4());
      return v == null ? null : Operand.literal(v);
    }
    return null;
  }

  /** A Calcite literal value as the Java value the column's rows hold. */
  private static @Nullable Object javaValue(ColumnDef column, @Nullable Object value) {
    if (value == null) {
      return null;
    }
    switch (column.type()) {
      case STRING:
      case JSON:
        return value instanceof org.apache.calcite.util.NlsString s ? s.getValue()
            : value instanceof String ? value : null;
      case BOOLEAN:
        return value instanceof Boolean ? value : null;
      case TIMESTAMP:
        if (value instanceof org.apache.calcite.util.TimestampString ts) {
          return ts.getMillisSinceEpoch();
        }
        return value instanceof Long ? value : null;
      case DATE:
        if (value instanceof org.apache.calcite.util.DateString d) {
          return d.getDaysSinceEpoch();
        }
        return value instanceof Integer ? value : null;
      case INTEGER:
      case BIGINT:
      case DOUBLE:
        return value instanceof BigDecimal || value instanceof Number ? value : null;
      default:
        return null;
    }
  }

  private static @Nullable Object parse(ColumnDef column, String text) {
    try {
      switch (column.type()) {
        case DATE:
          return DateTimeUtils.dateStringToUnixDate(text.trim());
        case TIMESTAMP:
          return DateTimeUtils.timestampStringToUnixDate(text.trim());
        case STRING:
          return text;
        default:
          return null;
      }
    } catch (RuntimeException notAValue) {
      return null;
    }
  }
}
