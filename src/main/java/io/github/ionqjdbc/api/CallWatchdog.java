package io.github.ionqjdbc.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;

/**
 * Cancels in-flight HTTP calls whose {@link CancelSignal} fired. JDBC's {@code Statement.cancel()}
 * only raises a flag; a thread blocked reading a socket would not see it until the read timeout,
 * so one shared daemon thread looks at the flags of the calls in flight every 100 ms.
 */
final class CallWatchdog {
  private static final long PERIOD_MS = 100;
  private static final CallWatchdog INSTANCE = new CallWatchdog();

  private final Map<Call, CancelSignal> inFlight = new ConcurrentHashMap<>();
  private volatile ScheduledExecutorService timer;

  private CallWatchdog() {
  }

  static CallWatchdog instance() {
    return INSTANCE;
  }

  /** Watches {@code call} until {@link #release(Call)}; no-op for a signal that never fires. */
  void watch(Call call, CancelSignal signal) {
    if (signal == CancelSignal.NONE) {
      return;
    }
    ensureStarted();
    inFlight.put(call, signal);
  }

  void release(Call call) {
    inFlight.remove(call);
  }

  private void ensureStarted() {
    if (timer == null) {
      synchronized (this) {
        if (timer == null) {
          ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "ionq-jdbc-cancel-watchdog");
            thread.setDaemon(true);
            return thread;
          });
          t.scheduleAtFixedRate(this::sweep, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
          timer = t;
        }
      }
    }
  }

  private void sweep() {
    inFlight.forEach((call, signal) -> {
      if (signal.isCancelled() || signal.remainingNanos() <= 0) {
        call.cancel();
      }
    });
  }
}
