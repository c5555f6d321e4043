package io.github.ionqjdbc.api;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;

/**
 * What every connection of the driver shares: one OkHttp client (its connection pool) and the
 * threads that fetch pages ahead. Threads are daemons and end after a short idle time, so the
 * driver never keeps a JVM alive nor pins its class loader while unused; {@link #release()}
 * (called when the driver is deregistered) lets go of everything at once. Anything released is
 * made anew when next asked for.
 */
public final class SharedResources {
  /** How long an idle background thread waits for work before it ends. */
  static final long IDLE_SECONDS = 10;

  private static OkHttpClient http;
  private static ThreadPoolExecutor prefetch;

  private SharedResources() {
  }

  /** The OkHttp client whose connection pool every connection shares. */
  public static synchronized OkHttpClient http() {
    if (http == null) {
      http = new OkHttpClient();
    }
    return http;
  }

  /** The executor of page prefetches: daemon threads that end when idle. */
  static synchronized ExecutorService prefetchExecutor() {
    if (prefetch == null || prefetch.isShutdown()) {
      prefetch = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS,
          new SynchronousQueue<>(), daemonThreads("ionq-jdbc-prefetch"));
    }
    return prefetch;
  }

  /** Threads named {@code prefix-N} that never keep the JVM alive. */
  static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Closes the pooled connections and ends the background threads (prefetches in flight are
   * interrupted; their statements fail as cancelled).
   */
  public static synchronized void release() {
    if (http != null) {
      http.connectionPool().evictAll();
      http.dispatcher().executorService().shutdown();
      http = null;
    }
    if (prefetch != null) {
      prefetch.shutdownNow();
      prefetch = null;
    }
    CallWatchdog.instance().stop();
    RequestScheduler.clearCaches();
  }
}
