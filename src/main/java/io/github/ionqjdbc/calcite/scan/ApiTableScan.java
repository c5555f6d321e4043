package io.github.ionqjdbc.calcite.scan;

import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A scan of a table with whatever the rules pushed into it ({@link ApiScanSpec}). EXPLAIN shows
 * the requests it will make.
 */
public final class ApiTableScan extends TableScan implements IonQRel, PlannedScan {
  private final ApiTable apiTable;
  private final ApiScanSpec spec;

  ApiTableScan(RelOptCluster cluster, RelTraitSet traits, RelOptTable table, ApiTable apiTable,
      ApiScanSpec spec) {
    super(cluster, traits, List.of(), table);
    this.apiTable = apiTable;
    this.spec = spec;
  }

  public ApiScanSpec spec() {
    return spec;
  }

  public ApiTable apiTable() {
    return apiTable;
  }

  ApiTableScan withSpec(ApiScanSpec newSpec) {
    return new ApiTableScan(getCluster(), getTraitSet(), getTable(), apiTable, newSpec);
  }

  @Override public ScanPlan plan() {
    return ApiScanPlan.of(apiTable, spec);
  }

  @Override public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new ApiTableScan(getCluster(), traitSet, getTable(), apiTable, spec);
  }

  @Override public void register(RelOptPlanner planner) {
    planner.addRule(IonQToEnumerableConverterRule.INSTANCE);
    planner.addRule(StrictLimitRule.INSTANCE);
    if (apiTable.pushdown()) {
      planner.addRule(ApiFilterRule.INSTANCE);
      planner.addRule(ApiLimitRule.ON_SCAN);
      planner.addRule(ApiLimitRule.ON_FILTERED_SCAN);
    } else {
      planner.addRule(ApiFilterRule.KEYS_ONLY);
    }
    apiTable.joinRules().forEach(planner::addRule);
  }

  /**
   * The table's expected rows, a tenth of them per constrained column, at most the literal
   * row cap (a tenth again for a cap that is a bind variable).
   */
  @Override public double estimateRowCount(RelMetadataQuery mq) {
    double rows = apiTable.def().expectedRows() * Math.pow(0.1, spec.constrainedColumnCount());
    Long cap = spec.literalRowCap();
    if (cap != null) {
      rows = Math.min(rows, cap);
    } else if (spec.hasLimit()) {
      rows = rows / 10;
    }
    return Math.max(rows, 1);
  }

  /**
   * Cost follows rows transferred, so that a scan that pushes more is always preferred. A scan
   * that lacks a key its endpoint needs costs a fortune: any lookup join is better, and if none
   * is possible the plan fails with the message that says how to give the key.
   */
  @Override public @Nullable RelOptCost computeSelfCost(RelOptPlanner planner,
      RelMetadataQuery mq) {
    var def = apiTable.def();
    if (def.endpoints().stream().allMatch(
        e -> !ApiScanPlan.missing(apiTable, spec, e).isEmpty())) {
      return planner.getCostFactory().makeCost(1e12, 1e12, 1e12);
    }
    // A scan told not to prefetch fetches no page on speculation: a hair cheaper (Volcano
    // compares row counts), so that the planner takes it where the limit rule offers it.
    double rows = estimateRowCount(mq) * (spec.prefetch() ? 1 : 0.99);
    return planner.getCostFactory().makeCost(rows, rows, rows);
  }

  @Override public RelWriter explainTerms(RelWriter pw) {
    String pushed = spec.describe(c -> operand -> operand.isParam() ? operand.describe()
        : Literals.show(apiTable.def().column(c.column()).orElseThrow().type(),
            operand.resolve(null)));
    return CacheNote.add(super.explainTerms(pw)
        .itemIf("pushed", pushed, !pushed.isEmpty())
        .itemIf("prefetch", false, !spec.prefetch())
        .item("requests", describeRequests()), apiTable.client());
  }

  /** The requests, or what is missing for any (before the rules have pushed a key). */
  private String describeRequests() {
    try {
      return ApiScanPlan.of(apiTable, spec).describeRequests();
    } catch (MissingInputException e) {
      return "none: " + e.getMessage();
    }
  }
}
