package io.github.ionqjdbc.calcite;

import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.logical.LogicalFilter;

/**
 * Folds the pushable conjuncts of a filter into the jobs scan below it; what cannot be pushed
 * stays in a filter above. The scan re-checks every pushed predicate on the rows that come
 * back, so removing them from the filter changes no answer.
 */
final class JobsFilterRule extends RelRule<RuleConfig> {
  static final JobsFilterRule INSTANCE = (JobsFilterRule) RuleConfig.of("JobsFilterRule",
      b0 -> b0.operand(LogicalFilter.class).oneInput(b1 ->
          b1.operand(JobsTableScan.class).predicate(s -> !s.spec().hasLimit()).noInputs()),
      JobsFilterRule::new).toRule();

  private JobsFilterRule(RuleConfig config) {
    super(config);
  }

  @Override public void onMatch(RelOptRuleCall call) {
    LogicalFilter filter = call.rel(0);
    JobsTableScan scan = call.rel(1);
    FilterPushdown pushdown = FilterPushdown.analyze(filter.getCondition(), scan.spec());
    if (!pushdown.pushedAny()) {
      return;
    }
    call.transformTo(Residuals.over(filter, scan.withSpec(pushdown.spec()),
        pushdown.residual()));
  }
}
