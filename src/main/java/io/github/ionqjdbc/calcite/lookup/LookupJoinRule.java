package io.github.ionqjdbc.calcite.lookup;

import io.github.ionqjdbc.calcite.scan.ApiPredicates;
import io.github.ionqjdbc.calcite.scan.ApiScanPlan;
import io.github.ionqjdbc.calcite.scan.ApiScanSpec;
import io.github.ionqjdbc.calcite.scan.ApiTable;
import io.github.ionqjdbc.calcite.scan.ApiTableScan;
import io.github.ionqjdbc.calcite.scan.RuleConfig;
import io.github.ionqjdbc.catalog.Endpoint;
import io.github.ionqjdbc.catalog.Input;
import io.github.ionqjdbc.catalog.TableDef;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.plan.volcano.RelSubset;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Plans a join as a {@link LookupJoin} when one side is a table that lacks a key its
 * endpoint needs and the join condition gives that key from the other side
 * ({@code ... JOIN job_probabilities p ON p.job_id = j.id}). The table may sit under a
 * projection, on either side of an inner join, or on the right of a left join. Other conjuncts
 * of an inner join's condition stay in a filter above; a left join takes key equalities only.
 */
public final class LookupJoinRule extends RelRule<RuleConfig> {
  static final LookupJoinRule INSTANCE = (LookupJoinRule) RuleConfig.of("LookupJoinRule",
      b0 -> b0.operand(LogicalJoin.class)
          .predicate(j -> j.getJoinType() == JoinRelType.INNER
              || j.getJoinType() == JoinRelType.LEFT)
          .anyInputs(),
      config -> new LookupJoinRule(config, false)).toRule();

  /**
   * An inner join under a filter: the WHERE's conjuncts count as the join's own, so inputs may
   * come from constants in the WHERE and join keys together ({@code ON e.backend = b.backend
   * WHERE e.qubits = 8 ...}). Waiting for the planner to push the filter into the table's scan
   * is not enough: the join is matched before that scan exists.
   */
  static final LookupJoinRule UNDER_FILTER = (LookupJoinRule) RuleConfig.of(
      "LookupJoinRule:underFilter",
      b0 -> b0.operand(LogicalFilter.class).oneInput(b1 -> b1.operand(LogicalJoin.class)
          .predicate(j -> j.getJoinType() == JoinRelType.INNER).anyInputs()),
      config -> new LookupJoinRule(config, true)).toRule();

  /** The rules of lookup joins, registered wherever a table's scan is planned. */
  public static final List<RelOptRule> RULES = List.of(INSTANCE, UNDER_FILTER,
      LookupLimitRule.INSTANCE);

  private final boolean underFilter;

  private LookupJoinRule(RuleConfig config, boolean underFilter) {
    super(config);
    this.underFilter = underFilter;
  }

  /** A table that needs keys, under an optional projection: field i of the side is column map[i]. */
  private record LookupSide(ApiTableScan scan, int[] columnOfField) {
  }

  @Override public void onMatch(RelOptRuleCall call) {
    LogicalJoin join = call.rel(underFilter ? 1 : 0);
    List<RexNode> where = underFilter
        ? RelOptUtil.conjunctions(((LogicalFilter) call.rel(0)).getCondition()) : List.of();
    LookupSide right = lookupSide(join.getRight());
    LookupSide left = join.getJoinType() == JoinRelType.INNER ? lookupSide(join.getLeft()) : null;
    if (right != null) {
      plan(call, join, right, false, where);
    } else if (left != null) {
      plan(call, join, left, true, where);
    }
  }

  /**
   * @param where the conjuncts of a filter right above an inner join (empty for none): on the
   *     table they are pushed like the join's, on the other side alone they are filtered
   *     below the lookup, the rest stays above
   */
  private static void plan(RelOptRuleCall call, LogicalJoin join, LookupSide side,
      boolean lookupOnLeft, List<RexNode> where) {
    ApiTable table = side.scan().apiTable();
    TableDef def = table.def();
    Endpoint endpoint = def.endpoints().get(def.endpoints().size() - 1);
    List<Input> missing = ApiScanPlan.missing(table, side.scan().spec(), endpoint);
    if (missing.isEmpty()) {
      return; // the table can be read by itself: an ordinary join
    }
    RelNode other = lookupOnLeft ? join.getRight() : join.getLeft();
    int leftCount = join.getLeft().getRowType().getFieldCount();
    int otherOffset = lookupOnLeft ? leftCount : 0;
    int lookupOffset = lookupOnLeft ? 0 : leftCount;
    int otherCount = other.getRowType().getFieldCount();
    List<LookupJoinPlan.Key> keys = new ArrayList<>();
    List<RexNode> residual = new ArrayList<>();
    List<RexNode> conjuncts = new ArrayList<>(RelOptUtil.conjunctions(join.getCondition()));
    List<RexNode> onOther = new ArrayList<>();
    for (RexNode conjunct : where) {
      RexNode shifted = onlyOn(conjunct, otherOffset, otherCount);
      if (shifted != null) {
        onOther.add(shifted);
      } else {
        conjuncts.add(conjunct);
      }
    }
    ApiScanSpec spec = side.scan().spec();
    for (RexNode conjunct : conjuncts) {
      LookupJoinPlan.Key key = key(conjunct, side, def, endpoint, otherOffset, otherCount,
          lookupOffset);
      RexNode onTable = key == null ? onTable(conjunct, side, lookupOffset) : null;
      ApiPredicates pushed = onTable == null ? null
          : ApiPredicates.analyze(def, onTable, spec);
      if (key != null && keys.stream().noneMatch(k -> k.column().equals(key.column()))) {
        keys.add(key);
      } else if (pushed != null && pushed.pushedAny() && pushed.residual().isEmpty()) {
        spec = pushed.spec(); // a condition on the table alone (e.gates_1q = 0): pushed
      } else {
        residual.add(conjunct);
      }
    }
    ApiScanSpec lookupSpec = spec;
    List<Input> stillMissing = ApiScanPlan.missing(table, lookupSpec, endpoint);
    boolean covered = stillMissing.stream()
        .allMatch(i -> keys.stream().anyMatch(k -> k.column().equals(i.column())));
    if (!covered || (join.getJoinType() == JoinRelType.LEFT && !residual.isEmpty())) {
      return;
    }
    RexBuilder rex = join.getCluster().getRexBuilder();
    if (!onOther.isEmpty()) {
      other = LogicalFilter.create(other, RexUtil.composeConjunction(rex, onOther));
    }
    RelDataTypeFactory types = join.getCluster().getTypeFactory();
    RelDataType tableRow = side.scan().getRowType();
    RelDataTypeFactory.Builder row = types.builder().addAll(other.getRowType().getFieldList());
    tableRow.getFieldList().forEach(f -> row.add(f.getName(),
        join.getJoinType() == JoinRelType.LEFT
            ? types.createTypeWithNullability(f.getType(), true) : f.getType()));
    RelNode lookup = new LookupJoin(join.getCluster(), LookupJoin.traits(join.getCluster()),
        convert(other, other.getTraitSet().replace(EnumerableConvention.INSTANCE)), table,
        lookupSpec, keys, join.getJoinType(), false, row.uniquify().build());
    // Back to the join's own fields: its two sides in their order, the table's as projected.
    List<RexNode> fields = new ArrayList<>();
    List<RexNode> otherFields = new ArrayList<>();
    for (int i = 0; i < otherCount; i++) {
      otherFields.add(rex.makeInputRef(lookup, i));
    }
    List<RexNode> tableFields = new ArrayList<>();
    List<org.apache.calcite.rel.type.RelDataTypeField> joinFields =
        join.getRowType().getFieldList();
    for (int f = 0; f < side.columnOfField().length; f++) {
      RexNode ref = rex.makeInputRef(lookup, otherCount + side.columnOfField()[f]);
      RelDataType wanted = joinFields.get(lookupOffset + f).getType();
      tableFields.add(ref.getType().equals(wanted) ? ref : rex.makeCast(wanted, ref, true,
          false));
    }
    fields.addAll(lookupOnLeft ? tableFields : otherFields);
    fields.addAll(lookupOnLeft ? otherFields : tableFields);
    RelNode shaped = LogicalProject.create(lookup, List.of(), fields,
        join.getRowType().getFieldNames(), java.util.Set.of());
    call.transformTo(residual.isEmpty() ? shaped
        : LogicalFilter.create(shaped, RexUtil.composeConjunction(rex, residual)));
  }

  /**
   * A join conjunct that refers to the table's fields only, rewritten over the table's own
   * columns; null if it refers to the other side too.
   */
  private static @Nullable RexNode onTable(RexNode conjunct, LookupSide side, int lookupOffset) {
    return onlyOn(conjunct, lookupOffset, side.columnOfField().length,
        field -> side.columnOfField()[field]);
  }

  /**
   * A conjunct over the join's fields that reads only the fields {@code offset} to
   * {@code offset + count - 1}, rewritten over those alone; null if it reads others.
   */
  private static @Nullable RexNode onlyOn(RexNode conjunct, int offset, int count) {
    return onlyOn(conjunct, offset, count, field -> field);
  }

  /** As {@link #onlyOn(RexNode, int, int)}, field i of the range becoming {@code map(i)}. */
  private static @Nullable RexNode onlyOn(RexNode conjunct, int offset, int count,
      java.util.function.IntUnaryOperator map) {
    boolean[] outside = {false};
    RexNode rewritten = conjunct.accept(new org.apache.calcite.rex.RexShuttle() {
      @Override public RexNode visitInputRef(RexInputRef ref) {
        if (!inRange(ref, offset, count)) {
          outside[0] = true;
          return ref;
        }
        return new RexInputRef(map.applyAsInt(ref.getIndex() - offset), ref.getType());
      }
    });
    return outside[0] ? null : rewritten;
  }

  /** The table that needs keys behind a join input, if there is one. */
  private static @Nullable LookupSide lookupSide(RelNode input) {
    return lookupSide(input, new java.util.HashSet<>());
  }

  /** @param seen the subsets looked into: the planner's graph has cycles (trivial projects) */
  private static @Nullable LookupSide lookupSide(RelNode input, java.util.Set<RelNode> seen) {
    if (!seen.add(input) || seen.size() > 16) {
      return null;
    }
    List<RelNode> candidates = input instanceof RelSubset subset ? subset.getRelList()
        : List.of(input);
    for (RelNode rel : candidates) {
      if (rel instanceof ApiTableScan scan) {
        int[] identity = new int[scan.getRowType().getFieldCount()];
        for (int i = 0; i < identity.length; i++) {
          identity[i] = i;
        }
        return new LookupSide(scan, identity);
      }
      // A projection of columns, maybe cast (a join of INTEGER with BIGINT casts one side).
      if (rel instanceof LogicalProject project
          && project.getProjects().stream().allMatch(p -> uncast(p) instanceof RexInputRef)) {
        LookupSide below = lookupSide(project.getInput(), seen);
        if (below != null) {
          int[] map = new int[project.getProjects().size()];
          for (int i = 0; i < map.length; i++) {
            map[i] = below.columnOfField()[((RexInputRef) uncast(project.getProjects().get(i)))
                .getIndex()];
          }
          return new LookupSide(below.scan(), map);
        }
      }
    }
    return null;
  }

  /** {@code table.keyColumn = other.field} (either way round, casts aside), or null. */
  private static LookupJoinPlan.@Nullable Key key(RexNode conjunct, LookupSide side,
      TableDef def, Endpoint endpoint, int otherOffset, int otherCount, int lookupOffset) {
    if (conjunct.getKind() != SqlKind.EQUALS) {
      return null;
    }
    RexNode a = uncast(((RexCall) conjunct).getOperands().get(0));
    RexNode b = uncast(((RexCall) conjunct).getOperands().get(1));
    if (!(a instanceof RexInputRef x) || !(b instanceof RexInputRef y)) {
      return null;
    }
    int lookupFields = side.columnOfField().length;
    RexInputRef otherRef = inRange(x, otherOffset, otherCount) ? x
        : inRange(y, otherOffset, otherCount) ? y : null;
    RexInputRef tableRef = otherRef == x ? y : x;
    if (otherRef == null || !inRange(tableRef, lookupOffset, lookupFields)) {
      return null;
    }
    String column = def.columns().get(side.columnOfField()[tableRef.getIndex() - lookupOffset])
        .name();
    boolean isKey = endpoint.inputs().stream().anyMatch(i -> i.column().equals(column)
        && i.operators().contains(Input.Operator.EQUALS));
    return isKey ? new LookupJoinPlan.Key(column, otherRef.getIndex() - otherOffset) : null;
  }

  private static boolean inRange(RexInputRef ref, int offset, int count) {
    return ref.getIndex() >= offset && ref.getIndex() < offset + count;
  }

  private static RexNode uncast(RexNode node) {
    return node.getKind() == SqlKind.CAST ? ((RexCall) node).getOperands().get(0) : node;
  }
}
