package io.github.ionqjdbc.calcite.scan;

import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalSort;

/**
 * Gives a table's scan the row cap of a LIMIT/OFFSET above it when nothing that drops rows sits
 * in between (no sort order, no filter the API cannot do): the scan stops after fetch + offset
 * rows that pass its re-check, and no page asks for more than it still needs. The Sort stays on
 * top and applies OFFSET and LIMIT exactly as before.
 *
 * <p>A LIMIT over a filter with a part the API cannot do gets no cap (it would cut the result
 * short), but the scan is told not to prefetch: its consumer stops as soon as it has its rows.
 */
final class ApiLimitRule extends RelRule<RuleConfig> {
  static final ApiLimitRule ON_SCAN = (ApiLimitRule) RuleConfig.of("ApiLimitRule",
      b0 -> b0.operand(LogicalSort.class)
          .predicate(s -> s.fetch != null && s.getCollation().getFieldCollations().isEmpty())
          .oneInput(b1 -> b1.operand(ApiTableScan.class)
              .predicate(s -> !s.spec().hasLimit()).noInputs()),
      ApiLimitRule::new).toRule();

  /**
   * LIMIT over a filter over the scan: the planner keeps the filter (convention NONE) and the
   * scan it was folded into (IONQ) in different subsets, so the LIMIT never sees the folded
   * scan; a filter whose every conjunct the scan takes (and re-checks) lets the cap through.
   */
  static final ApiLimitRule ON_FILTERED_SCAN = (ApiLimitRule) RuleConfig.of(
      "ApiLimitRule:filter",
      b0 -> b0.operand(LogicalSort.class)
          .predicate(s -> s.fetch != null && s.getCollation().getFieldCollations().isEmpty())
          .oneInput(b1 -> b1.operand(LogicalFilter.class)
              .oneInput(b2 -> b2.operand(ApiTableScan.class)
                  .predicate(s -> !s.spec().hasLimit() && s.spec().prefetch()).noInputs())),
      ApiLimitRule::new).toRule();

  private ApiLimitRule(RuleConfig config) {
    super(config);
  }

  @Override public void onMatch(RelOptRuleCall call) {
    LogicalSort sort = call.rel(0);
    ApiTableScan scan = call.rel(call.getRelList().size() - 1);
    ApiScanSpec spec = scan.spec();
    if (call.getRelList().size() == 3) {
      LogicalFilter filter = call.rel(1);
      ApiPredicates pushdown = ApiPredicates.analyze(scan.apiTable().def(),
          filter.getCondition(), spec);
      if (!pushdown.residual().isEmpty()) {
        // Rows the API returns may still be dropped, so no cap; but the scan learns that its
        // consumer stops early, and fetches no page on speculation.
        RelNode scanned = scan.withSpec(pushdown.spec().withoutPrefetch());
        call.transformTo(sort.copy(sort.getTraitSet(), Residuals.over(filter, scanned,
            pushdown.residual()), sort.getCollation(), sort.offset, sort.fetch));
        return;
      }
      spec = pushdown.spec();
    }
    Operand fetch = Operand.ofLimit(sort.fetch);
    Operand offset = sort.offset == null ? null : Operand.ofLimit(sort.offset);
    if (fetch == null || (sort.offset != null && offset == null)) {
      return;
    }
    call.transformTo(sort.copy(sort.getTraitSet(), scan.withSpec(spec.withLimit(fetch,
        offset)), sort.getCollation(), sort.offset, sort.fetch));
  }

}
