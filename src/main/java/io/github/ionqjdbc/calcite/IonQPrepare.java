package io.github.ionqjdbc.calcite;

import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.metadata.ProxyingMetadataHandlerProvider;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rex.RexBuilder;

/**
 * Calcite's statement preparation, with metadata answered through proxies over Calcite's
 * handlers instead of handlers Janino generates and compiles on first use: the compile is the
 * largest single cost of a cold JVM's first query after class loading.
 */
public final class IonQPrepare extends CalcitePrepareImpl {
  private static final ProxyingMetadataHandlerProvider HANDLERS =
      new ProxyingMetadataHandlerProvider(DefaultRelMetadataProvider.INSTANCE);

  @Override protected RelOptCluster createCluster(RelOptPlanner planner, RexBuilder rexBuilder) {
    RelOptCluster cluster = super.createCluster(planner, rexBuilder);
    cluster.setMetadataQuerySupplier(() -> new RelMetadataQuery(HANDLERS));
    return cluster;
  }
}
