package io.github.ionqjdbc.calcite;

import io.github.ionqjdbc.api.JobsQuery;
import java.util.List;
import java.util.stream.Collectors;
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
 * A scan of {@code GET /jobs} with whatever the rules pushed into it ({@link ScanSpec}).
 * EXPLAIN shows the requests it will make.
 */
public final class JobsTableScan extends TableScan implements IonQRel, PlannedScan {
  /** Rows assumed for a job history of unknown size. */
  private static final double ASSUMED_ROWS = 10_000;

  private final JobsTable jobsTable;
  private final ScanSpec spec;

  JobsTableScan(RelOptCluster cluster, RelTraitSet traits, RelOptTable table, JobsTable jobsTable,
      ScanSpec spec) {
    super(cluster, traits, List.of(), table);
    this.jobsTable = jobsTable;
    this.spec = spec;
  }

  public ScanSpec spec() {
    return spec;
  }

  JobsTable jobsTable() {
    return jobsTable;
  }

  @Override public ScanPlan plan() {
    return new JobsScanPlan(jobsTable.client(), spec);
  }

  /** The same scan with another spec (what a rule produces). */
  JobsTableScan withSpec(ScanSpec newSpec) {
    return new JobsTableScan(getCluster(), getTraitSet(), getTable(), jobsTable, newSpec);
  }

  @Override public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new JobsTableScan(getCluster(), traitSet, getTable(), jobsTable, spec);
  }

  @Override public void register(RelOptPlanner planner) {
    planner.addRule(IonQToEnumerableConverterRule.INSTANCE);
    planner.addRule(StrictLimitRule.INSTANCE);
    if (jobsTable.pushdown()) {
      planner.addRule(JobsFilterRule.INSTANCE);
      planner.addRule(JobsLimitRule.ON_SCAN);
      planner.addRule(JobsLimitRule.ON_FILTERED_SCAN);
    }
  }

  @Override public double estimateRowCount(RelMetadataQuery mq) {
    double rows = ASSUMED_ROWS * Math.pow(0.1, spec.filteredColumnCount());
    Long cap = spec.literalRowCap();
    if (cap != null) {
      rows = Math.min(rows, cap);
    } else if (spec.hasLimit()) {
      rows = rows / 10;
    }
    return Math.max(rows, 1);
  }

  /** Cost follows rows transferred, so that a scan that pushes more is always preferred. */
  @Override public @Nullable RelOptCost computeSelfCost(RelOptPlanner planner,
      RelMetadataQuery mq) {
    // A scan told not to prefetch fetches no page on speculation: a hair cheaper (Volcano
    // compares row counts), so that the planner takes it where the limit rule offers it.
    double rows = estimateRowCount(mq) * (spec.prefetch() ? 1 : 0.99);
    return planner.getCostFactory().makeCost(rows, rows, rows);
  }

  @Override public RelWriter explainTerms(RelWriter pw) {
    return CacheNote.add(super.explainTerms(pw)
        .itemIf("pushed", spec, spec.hasFilters() || spec.hasLimit())
        .itemIf("prefetch", false, !spec.prefetch())
        .item("requests", describeRequests()), jobsTable.client());
  }

  /** The requests as EXPLAIN shows them: path and query of each, never the key. */
  private String describeRequests() {
    List<JobsQuery> queries = spec.queries(Operand::describe, true);
    if (queries.isEmpty()) {
      return "none (no row can match)";
    }
    return queries.stream()
        .map(q -> {
          var url = jobsTable.client().firstPageUrl(q);
          return "GET " + url.encodedPath() + (url.encodedQuery() == null ? ""
              : "?" + url.query());
        })
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
