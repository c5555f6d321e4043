package io.github.ionqjdbc.api;

/**
 * How the caller of a scan says "stop": a cancel request, a deadline, or both. The client polls
 * it between pages, while backing off, and while a request is in flight.
 */
public interface CancelSignal {
  /** Never cancelled, no deadline. */
  CancelSignal NONE = new CancelSignal() {
    @Override public boolean isCancelled() {
      return false;
    }

    @Override public long deadlineNanos() {
      return Long.MAX_VALUE;
    }
  };

  /** A signal that is never cancelled and ends at {@code deadlineNanos}. */
  static CancelSignal deadline(long deadlineNanos) {
    return new CancelSignal() {
      @Override public boolean isCancelled() {
        return false;
      }

      @Override public long deadlineNanos() {
        return deadlineNanos;
      }
    };
  }

  /** True once the caller wants the scan stopped. */
  boolean isCancelled();

  /**
   * The {@link System#nanoTime()} by which the scan must end, or {@link Long#MAX_VALUE} for no
   * deadline.
   */
  long deadlineNanos();

  /** Nanoseconds left before the deadline (negative once it has passed). */
  default long remainingNanos() {
    long deadline = deadlineNanos();
    return deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime();
  }
}
