package io.github.ionqjdbc.api.paging;

import io.github.ionqjdbc.api.ApiErrorKind;
import io.github.ionqjdbc.api.CancelSignal;
import io.github.ionqjdbc.api.IonQApiException;
import io.github.ionqjdbc.api.TableRequest;
import io.github.ionqjdbc.api.http.IonQClient;
import io.github.ionqjdbc.api.read.Page;
import io.github.ionqjdbc.api.read.ValueProblems;
import io.github.ionqjdbc.catalog.Pagination;
import io.github.ionqjdbc.catalog.TableDef;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The rows of a table's requests, one request after another and page by page as they are
 * consumed, for every way an endpoint pages (none, numbered pages, cursors). Each row is
 * checked against the pushed predicates and against the request it came from (the API may
 * ignore a filter), and the stream stops at its row cap: no page asks for more rows than are
 * still wanted, and none is asked that is not needed.
 *
 * <p>With prefetch on, the next page of a request is asked while the current one is read, so
 * the API's latency overlaps the caller's work; at most the current page and the next are held.
 * Closing the stream stops everything, a prefetch in flight included. Not thread-safe.
 */
public final class TableStream implements AutoCloseable {
  /** Numbered pages of one request after which the API is taken to be broken. */
  static final int MAX_PAGES = 10_000;
  /**
   * Empty cursor pages in a row, each with a new cursor, after which the API is taken to be
   * broken: a real history never pages through this many nothings, and an endless run of them
   * would otherwise keep a statement without a timeout busy forever.
   */
  public static final int MAX_EMPTY_PAGES_IN_A_ROW = 1000;

  /**
   * How a stream reads.
   *
   * @param pageSize rows to ask per page (a statement's fetch size), 0 for the connection's
   * @param prefetch whether the next page may be asked while the current one is read
   * @param cancel stops the stream's requests (a cancelled statement, its timeout)
   * @param problems what becomes of a value that cannot be read as its column's type
   */
  public record Reading(int pageSize, boolean prefetch, CancelSignal cancel,
      ValueProblems problems) {
  }

  private final IonQClient client;
  private final TableDef table;
  private final List<TableRequest> requests;
  private final @Nullable Predicate<Object[]> matches;
  private final long cap;
  private final Reading reading;
  private final CancelSignal signal;

  private int nextRequest;
  private TableRequest request;
  private @Nullable Predicate<Object[]> belongs;
  private boolean lastPage = true;
  private int pageNumber;
  private @Nullable String position;
  private int limitAsked;
  private final Set<String> seenCursors = new HashSet<>();
  private int emptyPagesInARow;
  private int pagesFetched;
  private List<Object[]> rows = List.of();
  private int index;
  private long emitted;
  private Object[] current;
  private volatile boolean closed;
  /** The next page, being fetched in the background; null when none is. */
  private Future<Page> prefetched;

  /**
   * A stream without prefetch, in the connection's page size.
   *
   * @param matches the re-check of the pushed predicates, null for none
   * @param cap the most rows wanted (Long.MAX_VALUE for all)
   * @param problems what becomes of a value that cannot be read as its column's type
   */
  public TableStream(IonQClient client, TableDef table, List<TableRequest> requests,
      @Nullable Predicate<Object[]> matches, long cap, CancelSignal cancel,
      ValueProblems problems) {
    this(client, table, requests, matches, cap, new Reading(0, false, cancel, problems));
  }

  /**
   * @param matches the re-check of the pushed predicates, null for none
   * @param cap the most rows wanted (Long.MAX_VALUE for all)
   */
  public TableStream(IonQClient client, TableDef table, List<TableRequest> requests,
      @Nullable Predicate<Object[]> matches, long cap, Reading reading) {
    this.client = client;
    this.table = table;
    this.requests = requests;
    this.matches = matches;
    this.cap = cap;
    this.reading = new Reading(reading.pageSize(), reading.prefetch()
        && client.config().prefetch(), reading.cancel(), reading.problems());
    CancelSignal cancel = reading.cancel();
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

  /** Moves to the next matching row; false at the end (or once closed, or at the cap). */
  public boolean next() {
    current = null;
    while (!closed && emitted < cap) {
      if (index < rows.size()) {
        Object[] row = rows.get(index++);
        if (keeps(row)) {
          current = row;
          emitted++;
          return true;
        }
        continue;
      }
      if (!lastPage) {
        fetchNextPage();
      } else if (nextRequest < requests.size()) {
        start(requests.get(nextRequest++));
        fetchNextPage();
      } else {
        return false;
      }
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

  private boolean keeps(Object[] row) {
    return (matches == null || matches.test(row)) && (belongs == null || belongs.test(row));
  }

  private void start(TableRequest next) {
    request = next;
    belongs = next.belongs();
    pageNumber = 0;
    position = next.firstPosition();
    seenCursors.clear();
    emptyPagesInARow = 0;
    lastPage = false;
  }

  /** The page size to ask when {@code wanted} more rows are needed; 0 for none. */
  private int limit(long wanted) {
    return request.endpoint().pagination().limit(reading.pageSize() > 0 ? reading.pageSize()
        : client.config().pageSize(), wanted);
  }

  private Page fetch(TableRequest asked, @Nullable String at, int limit) {
    Page page = client.fetchPage(table, asked, at, limit, signal, reading.problems());
    return page == null ? new Page(List.of(), null) : page;
  }

  private void fetchNextPage() {
    Page page;
    if (prefetched != null) {
      page = await(prefetched);
      prefetched = null;
    } else {
      limitAsked = client.sendsLimit() ? limit(cap - emitted) : 0;
      page = fetch(request, position, limitAsked);
    }
    pagesFetched++;
    pageNumber++;
    rows = page.rows();
    index = 0;
    Pagination pagination = request.endpoint().pagination();
    switch (pagination.kind()) {
      case CURSOR:
        followCursor(page.following());
        break;
      case PAGE_NUMBERS:
        countPages(page.following());
        break;
      default:
        lastPage = true;
        break;
    }
    if (!lastPage && reading.prefetch()) {
      long stillWanted = cap - emitted - matching(rows);
      if (stillWanted > 0) {
        TableRequest asked = request;
        String at = position;
        int limit = client.sendsLimit() ? limit(stillWanted) : 0;
        limitAsked = limit;
        prefetched = client.prefetch(() -> fetch(asked, at, limit));
      }
    }
  }

  /** A cursor page: the next cursor, unless the API has sent it before or pages nothing. */
  private void followCursor(@Nullable String next) {
    emptyPagesInARow = rows.isEmpty() ? emptyPagesInARow + 1 : 0;
    if (emptyPagesInARow >= MAX_EMPTY_PAGES_IN_A_ROW && next != null) {
      throw new IonQApiException(ApiErrorKind.PROTOCOL, "The IonQ API sent "
          + emptyPagesInARow + " empty pages in a row, each pointing to another; stopping"
          + " (request: " + request.describe(client.config(), 0) + ")");
    }
    if (next != null && !seenCursors.add(next)) {
      throw new IonQApiException(ApiErrorKind.PROTOCOL, "The IonQ API returned the cursor next="
          + next + " a second time; stopping instead of looping forever (request: "
          + request.describe(client.config(), 0) + ")");
    }
    lastPage = next == null;
    position = next;
  }

  /**
   * A numbered page: the count of pages still to come says when to stop; an API that leaves it
   * out ends with a page shorter than asked (or an empty one, when no size was asked).
   */
  private void countPages(@Nullable String remaining) {
    if (rows.isEmpty()) {
      lastPage = true;
      return;
    }
    Integer left = null;
    if (remaining != null) {
      try {
        left = Integer.valueOf(remaining);
      } catch (NumberFormatException notACount) {
        left = null;
      }
    }
    lastPage = left != null ? left <= 0 : limitAsked > 0 && rows.size() < limitAsked;
    if (!lastPage && pageNumber >= MAX_PAGES) {
      throw new IonQApiException(ApiErrorKind.PROTOCOL, "The IonQ API sent " + MAX_PAGES
          + " pages for " + request.describe(client.config(), limitAsked) + " and still says more are"
          + " coming; stopping");
    }
    position = Integer.toString(pageNumber + 1);
  }

  /** How many rows of a page the stream keeps: what the page contributes towards the cap. */
  private long matching(List<Object[]> page) {
    if (cap == Long.MAX_VALUE) {
      return 0; // no cap: the count does not matter
    }
    long n = 0;
    for (Object[] row : page) {
      if (keeps(row)) {
        n++;
      }
    }
    return n;
  }

  private static Page await(Future<Page> future) {
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
    rows = List.of();
    current = null;
  }
}
