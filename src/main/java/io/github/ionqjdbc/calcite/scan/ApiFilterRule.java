package io.github.ionqjdbc.calcite.scan;

import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.logical.LogicalFilter;

/**
 * Folds the conjuncts of a filter that a table's inputs take into its scan; what
 * cannot be pushed stays in a filter above. The scan re-checks every pushed predicate on the
 * rows that come back, so removing them from the filter changes no answer.
 */
final class ApiFilterRule extends RelRule<RuleConfig> {
  static final ApiFilterRule INSTANCE = (ApiFilterRule) RuleConfig.of("ApiFilterRule",
      b0 -> b0.operand(LogicalFilter.class).oneInput(b1 ->
          b1.operand(ApiTableScan.class).predicate(s -> !s.spec().hasLimit()).noInputs()),
      config -> new ApiFilterRule(config, false)).toRule();

  /**
   * With {@code pushdown=false}: only the keys a table cannot be read without (the job of
   * {@code job_probabilities}) are pushed; everything else is filtered locally.
   */
  static final ApiFilterRule KEYS_ONLY = (ApiFilterRule) RuleConfig.of("ApiFilterRule:keys",
      b0 -> b0.operand(LogicalFilter.class).oneInput(b1 ->
          b1.operand(ApiTableScan.class).predicate(s -> !s.spec().hasLimit()).noInputs()),
      config -> new ApiFilterRule(config, true)).toRule();

  private final boolean keysOnly;

  private ApiFilterRule(RuleConfig config, boolean keysOnly) {
    super(config);
    this.keysOnly = keysOnly;
  }

  @Override public void onMatch(RelOptRuleCall call) {
    LogicalFilter filter = call.rel(0);
    ApiTableScan scan = call.rel(1);
    ApiPredicates pushdown = ApiPredicates.analyze(scan.apiTable().def(), filter.getCondition(),
        scan.spec(), keysOnly ? ApiPredicates.neededKeys(scan.apiTable()) : null);
    if (!pushdown.pushedAny()) {
      return;
    }
    call.transformTo(Residuals.over(filter, scan.withSpec(pushdown.spec()),
        pushdown.residual()));
  }
}
