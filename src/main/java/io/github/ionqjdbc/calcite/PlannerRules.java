package io.github.ionqjdbc.calcite;

import java.util.List;
import java.util.stream.Stream;
import org.apache.calcite.adapter.enumerable.EnumerableRules;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.rel.rules.AggregateCaseToFilterRule;
import org.apache.calcite.rel.rules.AggregateExpandDistinctAggregatesRule;
import org.apache.calcite.rel.rules.AggregateExpandWithinDistinctRule;
import org.apache.calcite.rel.rules.AggregateProjectPullUpConstantsRule;
import org.apache.calcite.rel.rules.AggregateReduceFunctionsRule;
import org.apache.calcite.rel.rules.CalcMergeRule;
import org.apache.calcite.rel.rules.DateRangeRules;
import org.apache.calcite.rel.rules.FilterAggregateTransposeRule;
import org.apache.calcite.rel.rules.FilterCalcMergeRule;
import org.apache.calcite.rel.rules.FilterJoinRule;
import org.apache.calcite.rel.rules.FilterMergeRule;
import org.apache.calcite.rel.rules.FilterProjectTransposeRule;
import org.apache.calcite.rel.rules.FilterSampleTransposeRule;
import org.apache.calcite.rel.rules.FilterToCalcRule;
import org.apache.calcite.rel.rules.FilterWindowTransposeRule;
import org.apache.calcite.rel.rules.IntersectToDistinctRule;
import org.apache.calcite.rel.rules.JoinCommuteRule;
import org.apache.calcite.rel.rules.JoinPushExpressionsRule;
import org.apache.calcite.rel.rules.MatchRule;
import org.apache.calcite.rel.rules.MinusToDistinctRule;
import org.apache.calcite.rel.rules.ProjectCalcMergeRule;
import org.apache.calcite.rel.rules.ProjectFilterTransposeRule;
import org.apache.calcite.rel.rules.ProjectMergeRule;
import org.apache.calcite.rel.rules.ProjectOverSumToSum0Rule;
import org.apache.calcite.rel.rules.ProjectToCalcRule;
import org.apache.calcite.rel.rules.ProjectToWindowRule;
import org.apache.calcite.rel.rules.ProjectWindowTransposeRule;
import org.apache.calcite.rel.rules.PruneEmptyRules;
import org.apache.calcite.rel.rules.ReduceExpressionsRule;
import org.apache.calcite.rel.rules.SampleToFilterRule;
import org.apache.calcite.rel.rules.SingleValuesOptimizationRules;
import org.apache.calcite.rel.rules.SortJoinTransposeRule;
import org.apache.calcite.rel.rules.SortProjectTransposeRule;
import org.apache.calcite.rel.rules.SortRemoveConstantKeysRule;
import org.apache.calcite.rel.rules.SortUnionTransposeRule;
import org.apache.calcite.rel.rules.SubQueryRemoveRule;
import org.apache.calcite.rel.rules.UnionMergeRule;
import org.apache.calcite.rel.rules.UnionPullUpConstantsRule;

/**
 * The rules this driver's statements are planned with: Calcite's default set without what no
 * plan of this schema can use, each rule made from its own configuration.
 *
 * <p>Why not Calcite's own lists: they live in {@code CoreRules}, one class whose initializer
 * makes every rule Calcite has (some 150, a tenth of a second and hundreds of classes on a cold
 * JVM) the moment any one is touched. Left out of the default set: aggregates over star tables
 * and materialized views (this schema has no lattices or materializations), join reordering
 * through other joins (lookup joins plan both sides themselves; the planner's search grows
 * fastest with it), exchanges and streams (no distributed or streaming tables), and the
 * interpreter's scans (every table here has its own scan). The adapter's own rules are
 * registered by its scans. A statement these rules cannot plan is planned again with Calcite's
 * whole default set ({@link IonQPrepare}).
 */
final class PlannerRules {
  private PlannerRules() {
  }

  /** The Volcano planner's rules: logical rewrites, then the physical (enumerable) ones. */
  static List<RelOptRule> planner() {
    return Holder.PLANNER;
  }

  /** The phase before planning: sub-queries become joins and correlates. */
  static List<RelOptRule> subQueries() {
    return Holder.SUB_QUERIES;
  }

  /** The phase after planning: projections and filters become calcs, and merge. */
  static List<RelOptRule> calcs() {
    return Holder.CALCS;
  }

  /** Made on first use, once per JVM. */
  private static final class Holder {
    static final List<RelOptRule> PLANNER = Stream.concat(Stream.<RelOptRule>of(
        // Calcite's abstract rules.
        AggregateProjectPullUpConstantsRule.Config.ANY.toRule(),
        UnionPullUpConstantsRule.Config.DEFAULT.toRule(),
        PruneEmptyRules.UNION_INSTANCE,
        PruneEmptyRules.INTERSECT_INSTANCE,
        PruneEmptyRules.MINUS_INSTANCE,
        PruneEmptyRules.PROJECT_INSTANCE,
        PruneEmptyRules.FILTER_INSTANCE,
        PruneEmptyRules.SORT_INSTANCE,
        PruneEmptyRules.AGGREGATE_INSTANCE,
        PruneEmptyRules.WINDOW_INSTANCE,
        PruneEmptyRules.JOIN_LEFT_INSTANCE,
        PruneEmptyRules.JOIN_RIGHT_INSTANCE,
        PruneEmptyRules.SORT_FETCH_ZERO_INSTANCE,
        PruneEmptyRules.EMPTY_TABLE_INSTANCE,
        SingleValuesOptimizationRules.JOIN_LEFT_INSTANCE,
        SingleValuesOptimizationRules.JOIN_RIGHT_INSTANCE,
        SingleValuesOptimizationRules.JOIN_LEFT_PROJECT_INSTANCE,
        SingleValuesOptimizationRules.JOIN_RIGHT_PROJECT_INSTANCE,
        UnionMergeRule.Config.DEFAULT.toRule(),
        UnionMergeRule.Config.INTERSECT.toRule(),
        UnionMergeRule.Config.MINUS.toRule(),
        ProjectOverSumToSum0Rule.Config.DEFAULT.toRule(),
        ProjectToWindowRule.ProjectToLogicalProjectAndWindowRule
            .ProjectToLogicalProjectAndWindowRuleConfig.DEFAULT.toRule(),
        FilterMergeRule.Config.DEFAULT.toRule(),
        DateRangeRules.FILTER_INSTANCE,
        IntersectToDistinctRule.Config.DEFAULT.toRule(),
        MinusToDistinctRule.Config.DEFAULT.toRule(),
        // Calcite's base rules: filters, limits and projections move towards the scans (where
        // the adapter's rules push them into requests), aggregates are made computable.
        ProjectMergeRule.Config.DEFAULT.toRule(),
        ProjectFilterTransposeRule.Config.DEFAULT.toRule(),
        FilterProjectTransposeRule.Config.DEFAULT.toRule(),
        FilterJoinRule.FilterIntoJoinRule.FilterIntoJoinRuleConfig.DEFAULT.toRule(),
        JoinPushExpressionsRule.Config.DEFAULT.toRule(),
        AggregateExpandDistinctAggregatesRule.Config.DEFAULT.toRule(),
        AggregateExpandWithinDistinctRule.Config.DEFAULT.toRule(),
        AggregateCaseToFilterRule.Config.DEFAULT.toRule(),
        AggregateReduceFunctionsRule.Config.DEFAULT.toRule(),
        FilterAggregateTransposeRule.Config.DEFAULT.toRule(),
        ProjectWindowTransposeRule.Config.DEFAULT.toRule(),
        MatchRule.Config.DEFAULT.toRule(),
        JoinCommuteRule.Config.DEFAULT.toRule(),
        SortProjectTransposeRule.Config.DEFAULT.toRule(),
        SortJoinTransposeRule.Config.DEFAULT.toRule(),
        SortRemoveConstantKeysRule.Config.DEFAULT.toRule(),
        SortUnionTransposeRule.Config.DEFAULT.toRule(),
        SampleToFilterRule.Config.DEFAULT.toRule(),
        FilterSampleTransposeRule.Config.DEFAULT.toRule(),
        FilterWindowTransposeRule.Config.DEFAULT.toRule(),
        // Constants folded, so that computed bounds reach the requests.
        ReduceExpressionsRule.FilterReduceExpressionsRule.FilterReduceExpressionsRuleConfig
            .DEFAULT.toRule()),
        // Physical: every operator Calcite runs in Java.
        EnumerableRules.ENUMERABLE_RULES.stream()).toList();

    static final List<RelOptRule> SUB_QUERIES = List.of(
        SubQueryRemoveRule.Config.FILTER.toRule(),
        SubQueryRemoveRule.Config.PROJECT.toRule(),
        SubQueryRemoveRule.Config.JOIN.toRule(),
        ProjectOverSumToSum0Rule.Config.DEFAULT.toRule());

    static final List<RelOptRule> CALCS = List.of(
        EnumerableRules.ENUMERABLE_CALC_RULE,
        EnumerableRules.ENUMERABLE_FILTER_TO_CALC_RULE,
        EnumerableRules.ENUMERABLE_PROJECT_TO_CALC_RULE,
        FilterToCalcRule.Config.DEFAULT.toRule(),
        ProjectToCalcRule.Config.DEFAULT.toRule(),
        CalcMergeRule.Config.DEFAULT.toRule(),
        FilterCalcMergeRule.Config.DEFAULT.toRule(),
        ProjectCalcMergeRule.Config.DEFAULT.toRule());
  }
}
