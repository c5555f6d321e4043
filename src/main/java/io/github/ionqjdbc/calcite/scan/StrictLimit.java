package io.github.ionqjdbc.calcite.scan;

import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.util.BuiltInMethod;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * LIMIT/OFFSET without a sort order, in the enumerable convention, implemented by
 * {@link StrictTake} rather than Calcite's {@code take} (which reads one row too many).
 */
public final class StrictLimit extends SingleRel implements EnumerableRel {
  private final @Nullable RexNode offset;
  private final @Nullable RexNode fetch;

  StrictLimit(RelOptCluster cluster, RelTraitSet traits, RelNode input,
      @Nullable RexNode offset, @Nullable RexNode fetch) {
    super(cluster, traits, input);
    this.offset = offset;
    this.fetch = fetch;
  }

  @Override public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new StrictLimit(getCluster(), traitSet, sole(inputs), offset, fetch);
  }

  @Override public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw).itemIf("offset", offset, offset != null)
        .itemIf("fetch", fetch, fetch != null);
  }

  @Override public double estimateRowCount(RelMetadataQuery mq) {
    double rows = mq.getRowCount(getInput());
    if (fetch instanceof RexLiteral literal) {
      Long n = literal.getValueAs(Long.class);
      if (n != null) {
        rows = Math.min(rows, n);
      }
    }
    return rows;
  }

  /**
   * Next to nothing beyond its input, so the planner prefers it to Calcite's limit (which costs
   * its row count; Volcano nudges a zero cost up to one row, which would tie).
   */
  @Override public @Nullable RelOptCost computeSelfCost(RelOptPlanner planner,
      RelMetadataQuery mq) {
    return planner.getCostFactory().makeCost(1e-6, 0, 0);
  }

  @Override public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    BlockBuilder builder = new BlockBuilder();
    Result child = implementor.visitChild(this, 0, (EnumerableRel) getInput(), pref);
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(),
        child.format);
    Expression rows = builder.append("child", child.block);
    builder.add(Expressions.return_(null, Expressions.call(StrictTake.TAKE, rows,
        value(offset), value(fetch))));
    return implementor.result(physType, builder.toBlock());
  }

  /** The count as an expression: a literal, or the bound value of a parameter, or null. */
  private static Expression value(@Nullable RexNode node) {
    if (node == null) {
      return Expressions.constant(null, Object.class);
    }
    if (node instanceof RexDynamicParam param) {
      return Expressions.call(DataContext.ROOT, BuiltInMethod.DATA_CONTEXT_GET.method,
          Expressions.constant("?" + param.getIndex()));
    }
    return Expressions.convert_(Expressions.constant(RexLiteral.longValue(node)), Object.class);
  }
}
