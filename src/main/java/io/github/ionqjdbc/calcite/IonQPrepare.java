package io.github.ionqjdbc.calcite;

import java.util.List;
import org.apache.calcite.DataContexts;
import org.apache.calcite.config.CalciteSystemProperty;
import org.apache.calcite.jdbc.CalcitePrepare.Context;
import org.apache.calcite.linq4j.function.Function1;
import org.apache.calcite.plan.Contexts;
import org.apache.calcite.plan.ConventionTraitDef;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCostFactory;
import org.apache.calcite.plan.volcano.VolcanoPlanner;
import org.apache.calcite.rel.RelCollationTraitDef;
import org.apache.calcite.rex.RexExecutorImpl;
import org.apache.calcite.runtime.Hook;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.metadata.ProxyingMetadataHandlerProvider;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rex.RexBuilder;

/**
 * Calcite's statement preparation, with metadata answered through proxies over Calcite's
 * handlers instead of handlers Janino generates and compiles on first use (the compile is the
 * largest single cost of a cold JVM's first query after class loading), and a planner with the
 * rules of {@link PlannerRules} instead of Calcite's whole default set: a statement those
 * cannot plan is planned again with the default set, so that no SQL Calcite can run is refused.
 */
public final class IonQPrepare extends CalcitePrepareImpl {
  private static final ProxyingMetadataHandlerProvider HANDLERS =
      new ProxyingMetadataHandlerProvider(DefaultRelMetadataProvider.INSTANCE);

  /** The planner with this driver's rules first, Calcite's default planner if that one fails. */
  @Override protected List<Function1<Context, RelOptPlanner>> createPlannerFactories() {
    return List.of(context -> createPlanner(context, null, null),
        context -> super.createPlanner(context, null, null));
  }

  /**
   * A planner as Calcite's default one is made ({@code CalcitePrepareImpl.createPlanner}),
   * with the rules of {@link PlannerRules}.
   */
  @Override protected RelOptPlanner createPlanner(Context prepareContext,
      org.apache.calcite.plan.@Nullable Context externalContext,
      @Nullable RelOptCostFactory costFactory) {
    VolcanoPlanner planner = new VolcanoPlanner(costFactory, externalContext != null
        ? externalContext : Contexts.of(prepareContext.config()));
    planner.setExecutor(new RexExecutorImpl(DataContexts.EMPTY));
    planner.addRelTraitDef(ConventionTraitDef.INSTANCE);
    if (CalciteSystemProperty.ENABLE_COLLATION_TRAIT.value()) {
      planner.addRelTraitDef(RelCollationTraitDef.INSTANCE);
    }
    planner.setTopDownOpt(prepareContext.config().topDownOpt());
    PlannerRules.planner().forEach(planner::addRule);
    Hook.PLANNER.run(planner);
    return planner;
  }

  @Override protected RelOptCluster createCluster(RelOptPlanner planner, RexBuilder rexBuilder) {
    RelOptCluster cluster = super.createCluster(planner, rexBuilder);
    cluster.setMetadataQuerySupplier(() -> new RelMetadataQuery(HANDLERS));
    return cluster;
  }
}
