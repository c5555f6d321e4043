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

  /**
   * Throws when the caller is cancelled or out of time.
   *
   * @param during what the query was doing, for the timeout's message ("" for nothing)
   * @throws IonQApiException CANCELLED or TIMED_OUT
   */
  default void throwIfStopped(String during) {
    if (isCancelled()) {
      throw new IonQApiException(ApiErrorKind.CANCELLED, "The query was cancelled");
    }
    if (remainingNanos() <= 0) {
      throw new IonQApiException(ApiErrorKind.TIMED_OUT, "The query timed out"
          + (during.isEmpty() ? "" : " " + during));
    }
  }

  /** Nanoseconds left before the deadline (negative once it has passed). */
  default long remainingNanos() {
    long deadline = deadlineNanos();
    return deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime();
  }
}
