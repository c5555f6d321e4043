package io.github.ionqjdbc.calcite;

import java.util.List;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.plan.RelOptLattice;
import org.apache.calcite.plan.RelOptMaterialization;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.plan.RelOptCostImpl;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.plan.hep.HepProgramBuilder;
import org.apache.calcite.rel.metadata.ChainedRelMetadataProvider;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.metadata.RelMetadataProvider;
import org.apache.calcite.sql2rel.RelDecorrelator;
import org.apache.calcite.sql2rel.RelFieldTrimmer;
import org.apache.calcite.tools.Program;
import org.apache.calcite.tools.Programs;
import org.apache.calcite.tools.RelBuilder;

/**
 * Calcite's standard program ({@code Programs.standard()}), phase by phase, with the rules of
 * {@link PlannerRules}: sub-queries removed, correlations removed, unused fields trimmed, the
 * planner run, calcs made. The standard program's own phases take their rules from Calcite's
 * {@code CoreRules}, whose first use makes every rule Calcite has; this one does not. (Its
 * phase for measures is left out: this schema has no measures, nor can a statement define one.)
 */
final class QueryProgram implements Program {
  static final QueryProgram INSTANCE = new QueryProgram();

  // As Programs.subQuery() and Programs.calc() make them (Programs itself is not touched: its
  // static fields are made from CoreRules).
  private final HepProgram subQueries = HepProgram.builder()
      .addRuleCollection(PlannerRules.subQueries()).build();
  private final HepProgram calcs = calcProgram();

  private QueryProgram() {
  }

  @Override public RelNode run(RelOptPlanner planner, RelNode rel, RelTraitSet requiredTraits,
      List<RelOptMaterialization> materializations, List<RelOptLattice> lattices) {
    CalciteConnectionConfig config = planner.getContext()
        .maybeUnwrap(CalciteConnectionConfig.class).orElse(CalciteConnectionConfig.DEFAULT);
    if (config.topDownGeneralDecorrelationEnabled()) {
      // Not this driver's configuration: Calcite's own program, as it would run.
      return Programs.standard().run(planner, rel, requiredTraits, materializations, lattices);
    }
    RelNode r = hep(subQueries, rel, materializations, lattices);
    if (config.forceDecorrelate()) {
      r = RelDecorrelator.decorrelateQuery(r, builder(r));
    }
    r = new RelFieldTrimmer(null, builder(r)).trim(r);
    r = plan(planner, r, requiredTraits, materializations, lattices);
    return hep(calcs, r, materializations, lattices);
  }

  private static HepProgram calcProgram() {
    HepProgramBuilder calc = HepProgram.builder();
    PlannerRules.calcs().forEach(calc::addRuleInstance);
    return calc.build();
  }

  /** A heuristic pass, as {@code Programs.of(HepProgram, true, metadata)} runs one. */
  private static RelNode hep(HepProgram program, RelNode rel,
      List<RelOptMaterialization> materializations, List<RelOptLattice> lattices) {
    HepPlanner hep = new HepPlanner(program, null, true, null, RelOptCostImpl.FACTORY);
    List<RelMetadataProvider> providers = List.of(DefaultRelMetadataProvider.INSTANCE);
    hep.registerMetadataProviders(new java.util.ArrayList<>(providers));
    materializations.forEach(hep::addMaterialization);
    lattices.forEach(hep::addLattice);
    rel.getCluster().setMetadataProvider(ChainedRelMetadataProvider.of(providers));
    hep.setRoot(rel);
    return hep.findBestExp();
  }

  private static RelBuilder builder(RelNode rel) {
    return RelFactories.LOGICAL_BUILDER.create(rel.getCluster(), null);
  }

  /** The planner's pass, as the standard program makes it. */
  private static RelNode plan(RelOptPlanner planner, RelNode rel, RelTraitSet requiredTraits,
      List<RelOptMaterialization> materializations, List<RelOptLattice> lattices) {
    materializations.forEach(planner::addMaterialization);
    lattices.forEach(planner::addLattice);
    planner.setRoot(rel);
    RelNode root = rel.getTraitSet().equals(requiredTraits) ? rel
        : planner.changeTraits(rel, requiredTraits);
    planner.setRoot(root);
    RelNode best = planner.chooseDelegate().findBestExp();
    if (best == null) {
      throw new IllegalStateException("could not implement the statement");
    }
    return best;
  }
}
