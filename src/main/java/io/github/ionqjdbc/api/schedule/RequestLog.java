package io.github.ionqjdbc.api.schedule;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * The recent requests of one API key (the newest {@value #CAPACITY}) and running totals, so that
 * what a dashboard costs can be read with SQL ({@code ionq.requests}) and shown live by the CLI.
 */
final class RequestLog {
  static final int CAPACITY = 1000;

  private final ArrayDeque<RequestRecord> recent = new ArrayDeque<>(CAPACITY);
  private final LongAdder httpCalls = new LongAdder();
  private final LongAdder coalesced = new LongAdder();
  private final LongAdder cached = new LongAdder();
  private final LongAdder rows = new LongAdder();

  void httpCall() {
    httpCalls.increment();
  }

  void add(RequestRecord record) {
    if (record.outcome() == RequestOutcome.COALESCED) {
      coalesced.increment();
    } else if (record.outcome() == RequestOutcome.CACHED) {
      cached.increment();
    }
    if (record.rows() > 0) {
      rows.add(record.rows());
    }
    synchronized (recent) {
      if (recent.size() == CAPACITY) {
        recent.removeFirst();
      }
      recent.addLast(record);
    }
  }

  /** The recent requests, oldest first. */
  List<RequestRecord> recent() {
    synchronized (recent) {
      return List.copyOf(recent);
    }
  }

  RequestActivity activity(int pauses) {
    return new RequestActivity(httpCalls.sum(), coalesced.sum(), cached.sum(), rows.sum(),
        pauses);
  }
}
