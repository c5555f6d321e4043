package io.github.ionqjdbc.calcite.scan;

import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalSort;

/** Plans a LIMIT/OFFSET without sort order as a {@link StrictLimit}. */
final class StrictLimitRule extends RelRule<RuleConfig> {
  static final StrictLimitRule INSTANCE = (StrictLimitRule) RuleConfig.of("StrictLimitRule",
      b0 -> b0.operand(LogicalSort.class)
          .predicate(s -> (s.fetch != null || s.offset != null)
              && s.getCollation().getFieldCollations().isEmpty())
          .anyInputs(),
      StrictLimitRule::new).toRule();

  private StrictLimitRule(RuleConfig config) {
    super(config);
  }

  @Override public void onMatch(RelOptRuleCall call) {
    LogicalSort sort = call.rel(0);
    RelNode input = convert(sort.getInput(),
        sort.getInput().getTraitSet().replace(EnumerableConvention.INSTANCE));
    call.transformTo(new StrictLimit(sort.getCluster(),
        sort.getTraitSet().replace(EnumerableConvention.INSTANCE), input, sort.offset,
        sort.fetch));
  }
}
