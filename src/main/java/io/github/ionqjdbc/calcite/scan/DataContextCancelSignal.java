package io.github.ionqjdbc.calcite.scan;

import io.github.ionqjdbc.api.CancelSignal;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;

/**
 * The statement's cancel flag and query timeout, as Calcite hands them to an adapter
 * ({@link DataContext.Variable#CANCEL_FLAG}, {@link DataContext.Variable#TIMEOUT}): Calcite only
 * passes them on; enforcing them is the scan's job.
 */
public final class DataContextCancelSignal implements CancelSignal {
  private final AtomicBoolean flag;
  private final long deadlineNanos;

  private DataContextCancelSignal(AtomicBoolean flag, long deadlineNanos) {
    this.flag = flag;
    this.deadlineNanos = deadlineNanos;
  }

  /** The signal of the statement executing now; the timeout counts from this call. */
  public static CancelSignal of(DataContext root) {
    AtomicBoolean flag = DataContext.Variable.CANCEL_FLAG.get(root);
    Long timeoutMillis = DataContext.Variable.TIMEOUT.get(root);
    long deadline = timeoutMillis == null || timeoutMillis <= 0 ? Long.MAX_VALUE
        : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    if (flag == null && deadline == Long.MAX_VALUE) {
      return CancelSignal.NONE;
    }
    return new DataContextCancelSignal(flag == null ? new AtomicBoolean() : flag, deadline);
  }

  @Override public boolean isCancelled() {
    return flag.get();
  }

  @Override public long deadlineNanos() {
    return deadlineNanos;
  }
}
