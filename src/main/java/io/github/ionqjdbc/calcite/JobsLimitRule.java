package io.github.ionqjdbc.calcite;

import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rel.RelNode;

/**
 * Gives the jobs scan the row cap of a LIMIT/OFFSET above it when nothing that drops rows sits
 * in between (no sort order, no filter the API cannot do): the scan stops after fetch + offset
 * rows and asks no page for more than it still needs. The Sort stays on top and applies OFFSET
 * and LIMIT exactly as before.
 *
 * <p>Two shapes: LIMIT directly over the scan, and LIMIT over a filter. A filter pushed whole
 * lets the cap through; one with a part the API cannot do does not, but then the scan is told
 * not to prefetch, because its consumer will stop as soon as it has its rows.
 * The filter shape is needed because the planner keeps a filter (convention NONE) and the scan
 * it was folded into (convention IONQ) in different subsets, so a LIMIT over the filter never
 * sees the folded scan as its input.
 */
final class JobsLimitRule extends RelRule<RuleConfig> {
  static final JobsLimitRule ON_SCAN = (JobsLimitRule) RuleConfig.of("JobsLimitRule:scan",
      b0 -> b0.operand(LogicalSort.class).predicate(JobsLimitRule::isPlainLimit)
          .oneInput(b1 -> b1.operand(JobsTableScan.class)
              .predicate(s -> !s.spec().hasLimit()).noInputs()),
      JobsLimitRule::new).toRule();

  static final JobsLimitRule ON_FILTERED_SCAN = (JobsLimitRule) RuleConfig.of(
      "JobsLimitRule:filter",
      b0 -> b0.operand(LogicalSort.class).predicate(JobsLimitRule::isPlainLimit)
          .oneInput(b1 -> b1.operand(LogicalFilter.class)
              .oneInput(b2 -> b2.operand(JobsTableScan.class)
                  .predicate(s -> !s.spec().hasLimit() && s.spec().prefetch()).noInputs())),
      JobsLimitRule::new).toRule();

  private JobsLimitRule(RuleConfig config) {
    super(config);
  }

  private static boolean isPlainLimit(LogicalSort sort) {
    return sort.fetch != null && sort.getCollation().getFieldCollations().isEmpty();
  }

  @Override public void onMatch(RelOptRuleCall call) {
    LogicalSort sort = call.rel(0);
    JobsTableScan scan = call.rel(call.getRelList().size() - 1);
    ScanSpec spec = scan.spec();
    if (call.getRelList().size() == 3) {
      LogicalFilter filter = call.rel(1);
      FilterPushdown pushdown = FilterPushdown.analyze(filter.getCondition(), spec);
      if (!pushdown.residual().isEmpty()) {
        // Rows the API returns may still be dropped, so no cap (it would cut the result
        // short); but the scan learns that its consumer stops early, and fetches no page on
        // speculation.
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
    JobsTableScan capped = scan.withSpec(spec.withLimit(fetch, offset));
    call.transformTo(sort.copy(sort.getTraitSet(), capped, sort.getCollation(), sort.offset,
        sort.fetch));
  }

}
