package io.github.ionqjdbc.calcite;

import io.github.ionqjdbc.api.CancelSignal;
import io.github.ionqjdbc.api.IonQClient;
import io.github.ionqjdbc.api.JobsQuery;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * The executable side of a {@link JobsTableScan}: at execution time it binds the parameters,
 * turns the {@link ScanSpec} into API requests and returns their rows as one lazy enumerable.
 * Public because generated code calls {@link #execute}.
 */
public final class JobsScanPlan implements ScanPlan {
  private final IonQClient client;
  private final ScanSpec spec;

  JobsScanPlan(IonQClient client, ScanSpec spec) {
    this.client = client;
    this.spec = spec;
  }

  /** The rows of the scan; nothing is requested until the enumerator is first moved. */
  @Override public Enumerable<Object[]> execute(DataContext root) {
    ExecutionHints hints = ExecutionHints.current();
    int fetchSize = hints.fetchSize();
    List<JobsQuery> queries = spec.queries(operand -> operand.resolve(root), false).stream()
        .map(q -> fetchSize > 0 ? q.toBuilder().pageSize(fetchSize).build() : q)
        .toList();
    CancelSignal cancel = CancelSignals.either(DataContextCancelSignal.of(root), hints.cancel());
    long cap = queries.isEmpty() ? 0 : queries.get(0).maxRows();
    if (spec.rowsAreResultRows() && hints.maxRows() > 0) {
      cap = Math.min(cap, hints.maxRows());
    }
    long rowCap = cap;
    return new AbstractEnumerable<>() {
      @Override public Enumerator<Object[]> enumerator() {
        return new JobsEnumerator(client, queries, rowCap, cancel, spec.prefetch(),
            hints.problems());
      }
    };
  }
}
