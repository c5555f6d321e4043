package io.github.ionqjdbc.calcite;

import io.github.ionqjdbc.api.CancelSignal;
import io.github.ionqjdbc.api.IonQClient;
import io.github.ionqjdbc.api.JobStream;
import io.github.ionqjdbc.api.JobsQuery;
import io.github.ionqjdbc.api.ValueProblems;
import java.util.List;
import org.apache.calcite.linq4j.Enumerator;

/**
 * The rows of several request streams, one after another (one per status of an IN list, say),
 * opened lazily and capped together: a LIMIT over an IN list stops as soon as it has its rows,
 * and a later stream only asks for what is still missing.
 */
final class JobsEnumerator implements Enumerator<Object[]> {
  private final IonQClient client;
  private final List<JobsQuery> queries;
  private final CancelSignal cancel;
  private final long cap;
  private final boolean prefetch;
  private final ValueProblems problems;

  private int nextQuery;
  private JobStream stream;
  private Object[] current;
  private long emitted;
  private boolean closed;

  JobsEnumerator(IonQClient client, List<JobsQuery> queries, long cap, CancelSignal cancel,
      boolean prefetch, ValueProblems problems) {
    this.problems = problems;
    this.client = client;
    this.queries = queries;
    this.cap = cap;
    this.cancel = cancel;
    this.prefetch = prefetch;
  }

  @Override public Object[] current() {
    return current;
  }

  @Override public boolean moveNext() {
    current = null;
    while (!closed && emitted < cap) {
      if (stream != null && stream.next()) {
        current = stream.current();
        emitted++;
        return true;
      }
      if (stream != null) {
        stream.close();
        stream = null;
      }
      if (nextQuery >= queries.size()) {
        return false;
      }
      JobsQuery query = queries.get(nextQuery++);
      stream = client.stream(query.toBuilder().maxRows(cap - emitted).build(), cancel,
          prefetch, problems);
    }
    return false;
  }

  @Override public void reset() {
    throw new UnsupportedOperationException("a jobs scan cannot be rewound; run the query again");
  }

  @Override public void close() {
    closed = true;
    if (stream != null) {
      stream.close();
      stream = null;
    }
  }
}
