package io.github.ionqjdbc.calcite.scan;

import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelShuttleImpl;
import org.apache.calcite.rel.core.TableScan;

/**
 * Refuses a plan in which a scan of a table lacks a key its endpoint needs (the
 * organization of {@code usage}): checked once the plan is final, so the statement fails while
 * it is prepared, before any request, with the message that says how to give the key.
 */
public final class RequiredInputs {
  private RequiredInputs() {
  }

  /** The plan, if every scan in it can make its requests. */
  public static RelNode check(RelNode root) {
    root.accept(new RelShuttleImpl() {
      @Override public RelNode visit(TableScan scan) {
        if (scan instanceof ApiTableScan api) {
          ApiScanPlan.of(api.apiTable(), api.spec()); // throws MissingInputException
        }
        return scan;
      }
    });
    return root;
  }
}
