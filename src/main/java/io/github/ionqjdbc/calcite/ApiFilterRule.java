package io.github.ionqjdbc.calcite;

import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;

/**
 * Folds the conjuncts of a filter that a declared table's inputs take into its scan; what
 * cannot be pushed stays in a filter above. The scan re-checks every pushed predicate on the
 * rows that come back, so removing them from the filter changes no answer.
 */
final class ApiFilterRule extends RelRule<RuleConfig> {
  static final ApiFilterRule INSTANCE = (ApiFilterRule) RuleConfig.of("ApiFilterRule",
      b0 -> b0.operand(LogicalFilter.class).oneInput(b1 ->
          b1.operand(ApiTableScan.class).predicate(s -> !s.spec().hasLimit()).noInputs()),
      ApiFilterRule::new).toRule();

  private ApiFilterRule(RuleConfig config) {
    super(config);
  }

  @Override public void onMatch(RelOptRuleCall call) {
    LogicalFilter filter = call.rel(0);
    ApiTableScan scan = call.rel(1);
    ApiPredicates pushdown = ApiPredicates.analyze(scan.apiTable().def(), filter.getCondition(),
        scan.spec());
    if (!pushdown.pushedAny()) {
      return;
    }
    RelNode newScan = scan.withSpec(pushdown.spec());
    if (pushdown.residual().isEmpty()) {
      call.transformTo(newScan);
    } else {
      RexNode rest = RexUtil.composeConjunction(filter.getCluster().getRexBuilder(),
          pushdown.residual());
      call.transformTo(filter.copy(filter.getTraitSet(), newScan, rest));
    }
  }
}
