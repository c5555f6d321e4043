package io.github.ionqjdbc.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ionqjdbc.catalog.Pagination;
import io.github.ionqjdbc.catalog.TableDef;
import java.util.List;
import java.util.function.Predicate;

/**
 * The rows of a declared table's requests, one request after another and page by page as they
 * are consumed: each row is checked against the pushed predicates (the API may ignore a
 * filter), and the stream stops at its row cap, asking no page it does not need. Not
 * thread-safe.
 */
public final class TableStream implements AutoCloseable {
  /** Pages of one request after which the API is taken to be broken (it never says "last"). */
  static final int MAX_PAGES = 10_000;

  private final IonQClient client;
  private final TableDef table;
  private final List<TableRequest> requests;
  private final Predicate<Object[]> matches;
  private final long cap;
  private final CancelSignal cancel;
  private final ValueProblems problems;

  private int nextRequest;
  private TableRequest request;
  private int page;
  private boolean lastPage = true;
  private List<Object[]> rows = List.of();
  private int index;
  private long emitted;
  private Object[] current;
  private boolean closed;

  /**
   * @param matches the re-check of the pushed predicates
   * @param cap the most rows wanted (Long.MAX_VALUE for all)
   * @param problems what becomes of a value that cannot be read as its column's type
   */
  public TableStream(IonQClient client, TableDef table, List<TableRequest> requests,
      Predicate<Object[]> matches, long cap, CancelSignal cancel, ValueProblems problems) {
    this.client = client;
    this.table = table;
    this.requests = requests;
    this.matches = matches;
    this.cap = cap;
    this.cancel = cancel;
    this.problems = problems;
  }

  /** Moves to the next matching row; false at the end (or once closed, or at the cap). */
  public boolean next() {
    current = null;
    while (!closed && emitted < cap) {
      if (index < rows.size()) {
        Object[] row = rows.get(index++);
        if (matches.test(row)) {
          current = row;
          emitted++;
          return true;
        }
        continue;
      }
      if (!lastPage) {
        fetch(page + 1);
      } else if (nextRequest < requests.size()) {
        request = requests.get(nextRequest++);
        fetch(1);
      } else {
        return false;
      }
    }
    return false;
  }

  public Object[] current() {
    if (current == null) {
      throw new IllegalStateException("no current row");
    }
    return current;
  }

  private void fetch(int pageNumber) {
    Pagination pagination = request.endpoint().pagination();
    boolean paged = pagination.kind() == Pagination.Kind.PAGE_NUMBERS;
    int limit = paged ? (int) Math.min(pagination.maxLimit(), Math.max(1, cap - emitted)) : 0;
    TableRequest asked = request;
    Page answer = client.getJson(asked.url(client, pageNumber, limit), cancel,
        asked.endpoint().notFoundIsEmpty(),
        document -> new Page(TableRows.read(table, asked.endpoint().rows(), document,
            asked.values(), problems), paged ? document.get(pagination.remainingField()) : null),
        p -> p.rows().size());
    page = pageNumber;
    rows = answer == null ? List.of() : answer.rows();
    index = 0;
    if (!paged || answer == null || rows.isEmpty()) {
      lastPage = true;
      return;
    }
    // The count of pages still to come says when to stop; an API that leaves it out ends with
    // a page shorter than asked.
    JsonNode remaining = answer.remainingPages();
    lastPage = remaining != null && remaining.canConvertToInt() ? remaining.asInt() <= 0
        : rows.size() < limit;
    if (!lastPage && pageNumber >= MAX_PAGES) {
      throw new IonQApiException(ApiErrorKind.PROTOCOL, "The IonQ API sent " + MAX_PAGES
          + " pages for " + request.describe(client, limit) + " and still says more are"
          + " coming; stopping");
    }
  }

  /** The rows of one answer, and the count of pages still to come when the API says it. */
  private record Page(List<Object[]> rows, JsonNode remainingPages) {
  }

  @Override public void close() {
    closed = true;
    rows = List.of();
    current = null;
  }
}
