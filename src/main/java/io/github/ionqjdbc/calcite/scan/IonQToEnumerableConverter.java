package io.github.ionqjdbc.calcite.scan;

import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.ConventionTraitDef;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterImpl;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Hands a scan of the IonQ convention to Calcite's enumerable engine. The generated code only
 * calls {@link ScanPlan#execute} on a plan object stashed at planning time: all the adapter's
 * logic stays in ordinary, tested Java.
 */
public final class IonQToEnumerableConverter extends ConverterImpl implements EnumerableRel {
  private static final java.lang.reflect.Method EXECUTE =
      org.apache.calcite.linq4j.tree.Types.lookupMethod(ScanPlan.class, "execute",
          org.apache.calcite.DataContext.class);

  IonQToEnumerableConverter(RelOptCluster cluster, RelTraitSet traits, RelNode input) {
    super(cluster, ConventionTraitDef.INSTANCE, traits, input);
  }

  @Override public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new IonQToEnumerableConverter(getCluster(), traitSet, sole(inputs));
  }

  @Override public @Nullable RelOptCost computeSelfCost(RelOptPlanner planner,
      RelMetadataQuery mq) {
    RelOptCost cost = super.computeSelfCost(planner, mq);
    return cost == null ? null : cost.multiplyBy(0.1);
  }

  @Override public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    ScanPlan plan = ((PlannedScan) getInput()).plan();
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(),
        JavaRowFormat.ARRAY);
    Expression planExpression = implementor.stash(plan, ScanPlan.class);
    BlockBuilder block = new BlockBuilder();
    block.add(Expressions.return_(null,
        Expressions.call(planExpression, EXECUTE, implementor.getRootExpression())));
    return implementor.result(physType, block.toBlock());
  }
}
