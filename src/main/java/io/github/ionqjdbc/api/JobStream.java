package io.github.ionqjdbc.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows of one {@link JobsQuery}, fetched page by page as they are consumed: at most one page
 * is held. Follows {@code next} until it is null or absent (a short page is not the end), checks
 * each row against the query's filters, and stops at the query's row cap. Not thread-safe.
 */
public final class JobStream implements AutoCloseable {
  private final IonQClient client;
  private final JobsQuery query;
  private final CancelSignal cancel;
  private final Set<String> seenCursors = new HashSet<>();

  private List<Object[]> page = List.of();
  private int index;
  private String cursor;
  private boolean lastPageFetched;
  private boolean closed;
  private long emitted;
  private Object[] current;
  private int pagesFetched;

  JobStream(IonQClient client, JobsQuery query, CancelSignal cancel) {
    this.client = client;
    this.query = query;
    this.cancel = cancel;
  }

  /** Moves to the next matching row; false at the end (or once closed). */
  public boolean next() {
    current = null;
    while (!closed && emitted < query.maxRows()) {
      if (index < page.size()) {
        Object[] row = page.get(index++);
        if (query.matches(row)) {
          current = row;
          emitted++;
          return true;
        }
        continue;
      }
      if (lastPageFetched) {
        break;
      }
      fetchNextPage();
    }
    return false;
  }

  /** The row {@link #next()} moved to. */
  public Object[] current() {
    if (current == null) {
      throw new IllegalStateException("no current row");
    }
    return current;
  }

  /** How many pages were requested so far. */
  public int pagesFetched() {
    return pagesFetched;
  }

  private void fetchNextPage() {
    JobsPage fetched = client.fetchPage(query, cursor, query.maxRows() - emitted, cancel);
    pagesFetched++;
    page = fetched.rows();
    index = 0;
    String next = fetched.next();
    if (next == null) {
      lastPageFetched = true;
    } else if (!seenCursors.add(next)) {
      throw new IonQApiException(ApiErrorKind.PROTOCOL, "The IonQ API returned the cursor next="
          + next + " a second time; stopping instead of looping forever (query: " + query + ")");
    }
    cursor = next;
  }

  /** Stops the stream: no further page is requested. */
  @Override public void close() {
    closed = true;
    page = List.of();
    current = null;
  }
}
