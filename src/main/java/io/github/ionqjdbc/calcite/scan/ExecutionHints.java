package io.github.ionqjdbc.calcite.scan;

import io.github.ionqjdbc.api.read.ValueProblems;
import io.github.ionqjdbc.api.CancelSignal;

/**
 * What the JDBC statement being executed on this thread asks of its scans beyond its SQL:
 * its fetch size (the page size of the requests), its max rows (a cap for a scan whose rows
 * are the result rows), its cancel signal (which sees a cancel or timeout from the first
 * moment of the execution, before Calcite's own flag exists) and what becomes of a value of an
 * answer that cannot be read (a warning on the result, or the strict error). Calcite hands an
 * adapter no such thing, but it does build the scans on the thread that executes the statement.
 */
public final class ExecutionHints implements AutoCloseable {
  private static final ThreadLocal<ExecutionHints> CURRENT = new ThreadLocal<>();
  private static final ExecutionHints NONE =
      new ExecutionHints(0, 0, CancelSignal.NONE, ValueProblems.IGNORE, null);

  private final int fetchSize;
  private final long maxRows;
  private final CancelSignal cancel;
  private final ValueProblems problems;
  private final ExecutionHints previous;

  private ExecutionHints(int fetchSize, long maxRows, CancelSignal cancel,
      ValueProblems problems, ExecutionHints previous) {
    this.fetchSize = fetchSize;
    this.maxRows = maxRows;
    this.cancel = cancel;
    this.problems = problems;
    this.previous = previous;
  }

  /**
   * Sets the hints for scans built on this thread until {@link #close()}.
   *
   * @param fetchSize the statement's fetch size, 0 for none
   * @param maxRows the statement's max rows, 0 for none
   * @param cancel the signal of this execution
   * @param problems told of each value of an answer that cannot be read as its column's type
   */
  public static ExecutionHints set(int fetchSize, long maxRows, CancelSignal cancel,
      ValueProblems problems) {
    ExecutionHints hints = new ExecutionHints(fetchSize, maxRows, cancel, problems,
        CURRENT.get());
    CURRENT.set(hints);
    return hints;
  }

  /** The hints of the statement executing on this thread (none outside a statement). */
  public static ExecutionHints current() {
    ExecutionHints hints = CURRENT.get();
    return hints == null ? NONE : hints;
  }

  int fetchSize() {
    return fetchSize;
  }

  long maxRows() {
    return maxRows;
  }

  public CancelSignal cancel() {
    return cancel;
  }

  public ValueProblems problems() {
    return problems;
  }

  @Override public void close() {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }
}
