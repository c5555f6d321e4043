package io.github.ionqjdbc.api.http;

import io.github.ionqjdbc.api.schedule.RequestScheduler;
import io.github.ionqjdbc.api.BackgroundThreads;
import okhttp3.OkHttpClient;

/**
 * What every connection of the driver shares: one OkHttp client (its connection pool), the
 * {@link BackgroundThreads} and the schedulers' caches; {@link #release()}
 * (called when the driver is deregistered) lets go of everything at once. Anything released is
 * made anew when next asked for.
 */
public final class SharedResources {
  private static OkHttpClient http;

  private SharedResources() {
  }

  /**
   * Makes the shared OkHttp client on a background thread, so that a program's first connection
   * finds it ready: building one sets up TLS (the JDK's trust store is read and parsed), which
   * costs a cold JVM a tenth of a second that the program's thread can spend on other work.
   */
  public static void prepareInBackground() {
    BackgroundThreads.warmUp("ionq-jdbc-http-setup", SharedResources::http);
  }

  /** The OkHttp client whose connection pool every connection shares. */
  public static synchronized OkHttpClient http() {
    if (http == null) {
      http = new OkHttpClient();
    }
    return http;
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
    BackgroundThreads.release();
    CallWatchdog.instance().stop();
    RequestScheduler.clearCaches();
  }
}
