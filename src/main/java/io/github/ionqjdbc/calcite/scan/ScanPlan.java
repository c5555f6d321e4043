package io.github.ionqjdbc.calcite.scan;

import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;

/**
 * The executable side of a scan in the IonQ convention: what the generated code calls, with
 * the statement's bind variables, to get the scan's rows. All the adapter's logic stays in
 * ordinary, tested Java. Public because generated code calls it.
 */
public interface ScanPlan {
  /** The rows of the scan; nothing is requested until the enumerator is first moved. */
  Enumerable<Object[]> execute(DataContext root);
}
