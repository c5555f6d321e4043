package io.github.ionqjdbc.calcite;

/**
 * What the JDBC statement being executed on this thread asks of the scan beyond its SQL: its
 * fetch size, which becomes the page size of the requests. Calcite hands an adapter no such
 * thing, but it does build the scan on the thread that executes the statement.
 */
public final class ExecutionHints implements AutoCloseable {
  private static final ThreadLocal<Integer> FETCH_SIZE = new ThreadLocal<>();

  private final Integer previous;

  private ExecutionHints(int fetchSize) {
    this.previous = FETCH_SIZE.get();
    FETCH_SIZE.set(fetchSize);
  }

  /** Sets the fetch size for scans built on this thread until {@link #close()}. */
  public static ExecutionHints fetchSize(int fetchSize) {
    return new ExecutionHints(fetchSize);
  }

  /** The fetch size of the statement executing on this thread, or 0 for none. */
  static int currentFetchSize() {
    Integer size = FETCH_SIZE.get();
    return size == null ? 0 : size;
  }

  @Override public void close() {
    if (previous == null) {
      FETCH_SIZE.remove();
    } else {
      FETCH_SIZE.set(previous);
    }
  }
}
