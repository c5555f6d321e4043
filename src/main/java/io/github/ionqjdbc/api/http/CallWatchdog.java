package io.github.ionqjdbc.api.http;

import io.github.ionqjdbc.api.BackgroundThreads;
import io.github.ionqjdbc.api.CancelSignal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;

/**
 * Cancels in-flight HTTP calls whose {@link CancelSignal} fired. JDBC's {@code Statement.cancel()}
 * only raises a flag; a thread blocked reading a socket would not see it until the read timeout,
 * so one daemon thread looks at the flags of the calls in flight every 100 ms. It sweeps only
 * while calls are watched and ends when idle.
 */
final class CallWatchdog {
  private static final long PERIOD_MS = 100;
  private static final CallWatchdog INSTANCE = new CallWatchdog();

  private final Map<Call, CancelSignal> inFlight = new ConcurrentHashMap<>();
  private ScheduledThreadPoolExecutor timer;
  /** True while a sweep is scheduled. */
  private boolean sweeping;

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
    inFlight.put(call, signal);
    scheduleSweep();
  }

  void release(Call call) {
    inFlight.remove(call);
  }

  private synchronized void scheduleSweep() {
    if (sweeping) {
      return;
    }
    if (timer == null) {
      timer = new ScheduledThreadPoolExecutor(1,
          BackgroundThreads.daemonThreads("ionq-jdbc-cancel-watchdog"));
      timer.setKeepAliveTime(BackgroundThreads.IDLE_SECONDS, TimeUnit.SECONDS);
      timer.allowCoreThreadTimeOut(true);
      timer.setRemoveOnCancelPolicy(true);
    }
    sweeping = true;
    timer.schedule(this::sweep, PERIOD_MS, TimeUnit.MILLISECONDS);
  }

  private void sweep() {
    inFlight.forEach((call, signal) -> {
      if (signal.isCancelled() || signal.remainingNanos() <= 0) {
        call.cancel();
      }
    });
    synchronized (this) {
      sweeping = false;
    }
    if (!inFlight.isEmpty()) {
      scheduleSweep();
    }
  }

  /** Ends the thread; a later watch starts a new one. */
  synchronized void stop() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
    sweeping = false;
  }
}
