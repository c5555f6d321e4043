package io.github.ionqjdbc.calcite.scan;

import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableCalc;
import org.apache.calcite.plan.volcano.RelSubset;
import org.apache.calcite.rel.RelNode;

/**
 * Finds the scan whose rows are the statement's result rows: the plan is, from its root down,
 * only projections (no filter, join, aggregate, sort or limit) over the converter of one scan.
 * That scan is marked ({@link ApiScanSpec#withRowsAreResultRows()}) so that the statement's
 * {@code setMaxRows(n)} caps it: a client that shows the first 200 rows causes no request
 * past row 200.
 */
public final class ResultRowScans {
  private ResultRowScans() {
  }

  public static RelNode mark(RelNode root) {
    RelNode rel = unwrap(root);
    if (rel instanceof EnumerableCalc calc) {
      if (calc.getProgram().getCondition() != null) {
        return root;
      }
      RelNode input = mark(calc.getInput());
      return input == calc.getInput() ? root : calc.copy(calc.getTraitSet(), List.of(input));
    }
    if (rel instanceof IonQToEnumerableConverter converter
        && unwrap(converter.getInput()) instanceof ApiTableScan scan) {
      return converter.copy(converter.getTraitSet(),
          List.of(scan.withSpec(scan.spec().withRowsAreResultRows())));
    }
    return root;
  }

  private static RelNode unwrap(RelNode rel) {
    return rel instanceof RelSubset subset && subset.getBest() != null ? subset.getBest() : rel;
  }
}
