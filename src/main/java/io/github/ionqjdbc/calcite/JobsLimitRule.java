package io.github.ionqjdbc.calcite;

import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Gives the jobs scan the row cap of a LIMIT/OFFSET directly above it (no sort order, no
 * filter in between): the scan stops after fetch + offset rows and asks no page for more than it
 * still needs. The Sort stays on top and applies OFFSET and LIMIT exactly as before.
 */
final class JobsLimitRule extends RelRule<RuleConfig> {
  static final JobsLimitRule INSTANCE = (JobsLimitRule) RuleConfig.of("JobsLimitRule",
      b0 -> b0.operand(LogicalSort.class)
          .predicate(s -> s.fetch != null && s.getCollation().getFieldCollations().isEmpty())
          .oneInput(b1 -> b1.operand(JobsTableScan.class)
              .predicate(s -> !s.spec().hasLimit()).noInputs()),
      JobsLimitRule::new).toRule();

  private JobsLimitRule(RuleConfig config) {
    super(config);
  }

  @Override public void onMatch(RelOptRuleCall call) {
    LogicalSort sort = call.rel(0);
    JobsTableScan scan = call.rel(1);
    Operand fetch = operand(sort.fetch);
    Operand offset = sort.offset == null ? null : operand(sort.offset);
    if (fetch == null || (sort.offset != null && offset == null)) {
      return;
    }
    JobsTableScan capped = scan.withSpec(scan.spec().withLimit(fetch, offset));
    call.transformTo(sort.copy(sort.getTraitSet(), capped, sort.getCollation(), sort.offset,
        sort.fetch));
  }

  private static @Nullable Operand operand(@Nullable RexNode node) {
    if (node instanceof RexLiteral literal) {
      Long value = literal.getValueAs(Long.class);
      return value == null ? null : Operand.literal(value);
    }
    if (node instanceof RexDynamicParam param) {
      return Operand.param(param.getIndex());
    }
    return null;
  }
}
