package io.github.ionqjdbc.calcite.lookup;

import io.github.ionqjdbc.calcite.scan.RuleConfig;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.logical.LogicalSort;

/**
 * Tells a {@link LookupJoin} under a LIMIT that its consumer stops early: it then asks one key
 * at a time, so no request is made for a row the LIMIT no longer needs.
 */
final class LookupLimitRule extends RelRule<RuleConfig> {
  static final LookupLimitRule INSTANCE = (LookupLimitRule) RuleConfig.of("LookupLimitRule",
      b0 -> b0.operand(LogicalSort.class).predicate(s -> s.fetch != null)
          .oneInput(b1 -> b1.operand(LookupJoin.class)
              .predicate(j -> !j.isLimited()).anyInputs()),
      LookupLimitRule::new).toRule();

  private LookupLimitRule(RuleConfig config) {
    super(config);
  }

  @Override public void onMatch(RelOptRuleCall call) {
    LogicalSort sort = call.rel(0);
    LookupJoin join = call.rel(1);
    call.transformTo(sort.copy(sort.getTraitSet(), join.limited(), sort.getCollation(),
        sort.offset, sort.fetch));
  }
}
