package io.github.ionqjdbc.api.schedule;

import io.github.ionqjdbc.api.CancelSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One GET in flight and the callers waiting for its answer. It runs for as long as any of them
 * still waits: as a {@link CancelSignal} it is cancelled once the last one has left, and its
 * deadline is the latest of theirs, so that one caller's cancel or timeout never cuts the others
 * short.
 */
public final class SharedFetch implements CancelSignal {
  final String url;
  final CompletableFuture<FetchedBody> answer = new CompletableFuture<>();
  /** Guarded by this. */
  private final List<CancelSignal> waiters = new ArrayList<>(2);
  private volatile boolean abandoned;
  /** The last HTTP status and the number of calls, for the request log. */
  public volatile int lastStatus;
  public volatile int tries;

  SharedFetch(String url) {
    this.url = url;
  }

  synchronized void join(CancelSignal waiter) {
    waiters.add(waiter);
  }

  /**
   * A caller stops waiting.
   *
   * @return true when it was the last and the answer has not come: the fetch is abandoned
   */
  synchronized boolean leave(CancelSignal waiter) {
    waiters.remove(waiter);
    if (waiters.isEmpty() && !answer.isDone()) {
      abandoned = true;
    }
    return abandoned;
  }

  /** True once nobody waits: a new caller of the same URL starts a fetch of its own. */
  boolean abandoned() {
    return abandoned;
  }

  @Override public boolean isCancelled() {
    return abandoned;
  }

  @Override public synchronized long deadlineNanos() {
    long latest = Long.MIN_VALUE;
    for (CancelSignal waiter : waiters) {
      long deadline = waiter.deadlineNanos();
      if (deadline == Long.MAX_VALUE) {
        return Long.MAX_VALUE;
      }
      latest = latest == Long.MIN_VALUE || deadline - latest > 0 ? deadline : latest;
    }
    return latest == Long.MIN_VALUE ? System.nanoTime() : latest;
  }
}
