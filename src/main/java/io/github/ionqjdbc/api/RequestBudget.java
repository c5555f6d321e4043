package io.github.ionqjdbc.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many requests may be in flight at once for one API and key, shared by every connection
 * of the JVM to that API with that key: page fetches, prefetches and lookups all take a permit
 * for the time of their HTTP call. The first connection sets the size
 * ({@code maxConcurrentRequests}); the key is held only as a digest.
 */
final class RequestBudget {
  private static final Map<String, Semaphore> BUDGETS = new ConcurrentHashMap<>();

  private final Semaphore permits;

  private RequestBudget(Semaphore permits) {
    this.permits = permits;
  }

  static RequestBudget of(ClientConfig config, int maxConcurrentRequests) {
    String id = config.baseUrl() + "#" + digest(config.apiKey());
    return new RequestBudget(BUDGETS.computeIfAbsent(id,
        k -> new Semaphore(maxConcurrentRequests, true)));
  }

  /** Waits for a permit, giving up when the caller is cancelled or out of time. */
  void acquire(CancelSignal cancel) {
    try {
      while (!permits.tryAcquire(50, TimeUnit.MILLISECONDS)) {
        if (cancel.isCancelled()) {
          throw new IonQApiException(ApiErrorKind.CANCELLED, "The query was cancelled");
        }
        if (cancel.remainingNanos() <= 0) {
          throw new IonQApiException(ApiErrorKind.TIMED_OUT, "The query timed out while"
              + " waiting for its turn to call the IonQ API (maxConcurrentRequests)");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IonQApiException(ApiErrorKind.CANCELLED, "The query was interrupted", e);
    }
  }

  void release() {
    permits.release();
  }

  private static String digest(String key) {
    if (key == null) {
      return "-";
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
