package io.github.ionqjdbc.calcite.lookup;

import io.github.ionqjdbc.calcite.scan.ApiScanSpec;
import io.github.ionqjdbc.calcite.scan.ApiTable;
import io.github.ionqjdbc.calcite.scan.CacheNote;
import java.lang.reflect.Method;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.linq4j.tree.Types;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A join whose right side is a table that needs a key (the job of
 * {@code job_probabilities}): the left side is read, and each distinct key is asked of the API
 * ({@link LookupJoinPlan}), several at once, with no request for a row a LIMIT no longer needs.
 * Inner and left joins. EXPLAIN shows the lookup and its requests.
 */
public final class LookupJoin extends SingleRel implements EnumerableRel {
  private static final Method EXECUTE = Types.lookupMethod(LookupJoinPlan.class, "execute",
      DataContext.class, Enumerable.class);

  private final ApiTable table;
  private final ApiScanSpec spec;
  /** For each key column of the table (by name): the left field that gives its value. */
  private final List<LookupJoinPlan.Key> keys;
  private final JoinRelType joinType;
  /** True under a LIMIT: keys are asked one at a time, none on speculation. */
  private final boolean limited;

  LookupJoin(RelOptCluster cluster, RelTraitSet traits, RelNode left, ApiTable table,
      ApiScanSpec spec, List<LookupJoinPlan.Key> keys, JoinRelType joinType, boolean limited,
      RelDataType rowType) {
    super(cluster, traits, left);
    this.table = table;
    this.spec = spec;
    this.keys = List.copyOf(keys);
    this.joinType = joinType;
    this.limited = limited;
    this.rowType = rowType;
  }

  LookupJoin limited() {
    return new LookupJoin(getCluster(), getTraitSet(), getInput(), table, spec, keys, joinType,
        true, rowType);
  }

  boolean isLimited() {
    return limited;
  }

  @Override public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new LookupJoin(getCluster(), traitSet, sole(inputs), table, spec, keys, joinType,
        limited, rowType);
  }

  @Override protected RelDataType deriveRowType() {
    return rowType;
  }

  /** Cheap: the join with an unusable scan on one side is the only alternative. */
  @Override public @Nullable RelOptCost computeSelfCost(RelOptPlanner planner,
      RelMetadataQuery mq) {
    // Under a LIMIT the one-key-at-a-time variant is a hair cheaper, so the planner takes it.
    double rows = mq.getRowCount(getInput()) * (limited ? 0.99 : 1);
    return planner.getCostFactory().makeCost(rows, rows, rows);
  }

  @Override public double estimateRowCount(RelMetadataQuery mq) {
    return mq.getRowCount(getInput()) * 4;
  }

  @Override public RelWriter explainTerms(RelWriter pw) {
    super.explainTerms(pw)
        .item("lookup", table.def().name())
        .item("type", joinType.lowerName)
        .item("keys", keys.stream().map(k -> k.column() + " = $" + k.leftField()).toList())
        .itemIf("limited", true, limited)
        .item("requests", plan().describeRequests());
    return CacheNote.add(pw, table.client());
  }

  private LookupJoinPlan plan() {
    return new LookupJoinPlan(table, spec, keys, joinType == JoinRelType.LEFT,
        table.def().columns().size(), limited);
  }

  @Override public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    BlockBuilder block = new BlockBuilder();
    Result left = implementor.visitChild(this, 0, (EnumerableRel) getInput(), Prefer.ARRAY);
    Expression leftRows = block.append("left", left.block);
    Expression leftArrays = left.physType.convertTo(leftRows, JavaRowFormat.ARRAY);
    Expression plan = implementor.stash(plan(), LookupJoinPlan.class);
    block.add(Expressions.return_(null, Expressions.call(plan, EXECUTE,
        implementor.getRootExpression(), leftArrays)));
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(),
        JavaRowFormat.ARRAY);
    return implementor.result(physType, block.toBlock());
  }

  /** The convention this rel lives in. */
  static RelTraitSet traits(RelOptCluster cluster) {
    return cluster.traitSetOf(EnumerableConvention.INSTANCE);
  }
}
