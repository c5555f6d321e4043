package io.github.ionqjdbc.calcite.scan;

import java.util.List;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;

/** What replaces a filter whose conjuncts were partly folded into the scan below it. */
final class Residuals {
  private Residuals() {
  }

  /** The new scan alone, or under a filter of what it could not take. */
  static RelNode over(Filter filter, RelNode newScan, List<RexNode> residual) {
    if (residual.isEmpty()) {
      return newScan;
    }
    return filter.copy(filter.getTraitSet(), newScan, RexUtil.composeConjunction(
        filter.getCluster().getRexBuilder(), residual));
  }
}
