package io.github.ionqjdbc.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The rows of one {@link JobsQuery}, fetched page by page as they are consumed. Follows
 * {@code next} until it is null or absent (a short page is not the end), checks each row
 * against the query's filters, and stops at the query's row cap.
 *
 * <p>With prefetch on, the next page is requested while the current one is being read, so the
 * API's latency overlaps the caller's work; at most the current page and the next are held.
 * Closing the stream stops everything, a prefetch in flight included. Not thread-safe.
 */
public final class JobStream implements AutoCloseable {
  /**
   * Empty pages in a row, each with a new cursor, after which the API is taken to be broken:
   * a real history never pages through this many nothings, and an endless run of them would
   * otherwise keep a statement without a timeout busy forever.
   */
  static final int MAX_EMPTY_PAGES_IN_A_ROW = 1000;

  private final IonQClient client;
  private final JobsQuery query;
  private final CancelSignal signal;
  private final boolean prefetch;
  private final ValueProblems problems;
  private final Set<String> seenCursors = new HashSet<>();

  private List<Object[]> page = List.of();
  private int index;
  private String cursor;
  private boolean lastPageFetched;
  private volatile boolean closed;
  private long emitted;
  private Object[] current;
  private int pagesFetched;
  private int emptyPagesInARow;
  /** The next page, being fetched in the background; null when none is. */
  private Future<JobsPage> prefetched;

  JobStream(IonQClient client, JobsQuery query, CancelSignal cancel, boolean prefetch,
      ValueProblems problems) {
    this.client = client;
    this.query = query;
    this.prefetch = prefetch;
    this.problems = problems;
    // A closed stream cancels its own requests (a prefetch in flight) like a cancelled statement.
    this.signal = new CancelSignal() {
      @Override public boolean isCancelled() {
        return closed || cancel.isCancelled();
      }

      @Override public long deadlineNanos() {
        return cancel.deadlineNanos();
      }
    };
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

  /** How many pages were received so far. */
  public int pagesFetched() {
    return pagesFetched;
  }

  private void fetchNextPage() {
    JobsPage fetched;
    if (prefetched != null) {
      fetched = await(prefetched);
      prefetched = null;
    } else {
      fetched = client.fetchPage(query, cursor, query.maxRows() - emitted, signal, problems);
    }
    pagesFetched++;
    page = fetched.rows();
    index = 0;
    String next = fetched.next();
    emptyPagesInARow = page.isEmpty() ? emptyPagesInARow + 1 : 0;
    if (emptyPagesInARow >= MAX_EMPTY_PAGES_IN_A_ROW && next != null) {
      throw new IonQApiException(ApiErrorKind.PROTOCOL, "The IonQ API sent "
          + emptyPagesInARow + " empty pages in a row, each pointing to another; stopping"
          + " (query: " + query + ")");
    }
    if (next == null) {
      lastPageFetched = true;
    } else if (!seenCursors.add(next)) {
      throw new IonQApiException(ApiErrorKind.PROTOCOL, "The IonQ API returned the cursor next="
          + next + " a second time; stopping instead of looping forever (query: " + query + ")");
    }
    cursor = next;
    if (next != null && prefetch) {
      long stillWanted = query.maxRows() - emitted - matching(page);
      if (stillWanted > 0) {
        String nextCursor = next;
        prefetched = client.prefetch(() ->
            client.fetchPage(query, nextCursor, stillWanted, signal, problems));
      }
    }
  }

  /** How many rows of a page the query keeps: what the page contributes towards the cap. */
  private long matching(List<Object[]> rows) {
    if (query.maxRows() == Long.MAX_VALUE) {
      return 0; // no cap: the count does not matter
    }
    long n = 0;
    for (Object[] row : rows) {
      if (query.matches(row)) {
        n++;
      }
    }
    return n;
  }

  private static JobsPage await(Future<JobsPage> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      throw new IonQApiException(ApiErrorKind.CANCELLED, "The query was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IonQApiException(ApiErrorKind.SERVER, "Fetching a page failed: " + e.getCause(),
          e.getCause());
    }
  }

  /** Stops the stream: no further page is requested, and one in flight is abandoned. */
  @Override public void close() {
    closed = true;
    if (prefetched != null) {
      prefetched.cancel(true);
      prefetched = null;
    }
    page = List.of();
    current = null;
  }
}
