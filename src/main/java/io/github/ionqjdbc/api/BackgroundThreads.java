package io.github.ionqjdbc.api;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run requests in the background (page prefetches, lookups, the scheduler's
 * shared fetches): daemons that end after a short idle time, so the driver never keeps a JVM
 * alive nor pins its class loader while unused. Made anew when next asked for after
 * {@link #release()}.
 */
public final class BackgroundThreads {
  /** How long an idle background thread waits for work before it ends. */
  public static final long IDLE_SECONDS = 10;

  private static ThreadPoolExecutor executor;

  private BackgroundThreads() {
  }

  /** The executor of background requests. */
  public static synchronized ExecutorService executor() {
    if (executor == null || executor.isShutdown()) {
      executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS,
          new SynchronousQueue<>(), daemonThreads("ionq-jdbc-prefetch"));
    }
    return executor;
  }

  /** Threads named {@code prefix-N} that never keep the JVM alive. */
  public static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Starts work ahead of the thread that will need its result (that thread makes it itself
   * if it gets there first) on a daemon thread of its own. A failure is left for that thread
   * to meet and report as its own: here it would only be a stack trace on standard error.
   */
  public static void warmUp(String name, Runnable work) {
    Thread thread = daemonThreads(name).newThread(() -> {
      try {
        work.run();
      } catch (RuntimeException | LinkageError leftForTheCaller) {
        // The program's thread does the same work when it needs it, and reports what fails.
      }
    });
    thread.start();
  }

  /** Ends the threads (requests in flight are interrupted; their statements fail as cancelled). */
  public static synchronized void release() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }
}
