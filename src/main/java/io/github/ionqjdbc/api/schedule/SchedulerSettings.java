package io.github.ionqjdbc.api.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * What one connection asks of the request scheduler of its API key.
 *
 * @param maxConcurrentRequests requests in flight at once for the key, all connections together
 *     (the first connection of the key in the JVM sets it)
 * @param maxRequestsPerSecond requests started per second for the key, all connections together;
 *     0 for no limit (the lowest limit any connection of the key asked for applies)
 * @param cacheTtl how long this connection may be answered from responses kept in the key's
 *     cache; zero turns the cache off for it
 * @param cacheMaxBytes the most response bytes the key's cache keeps (the first connection that
 *     turns the cache on sets it)
 */
public record SchedulerSettings(int maxConcurrentRequests, double maxRequestsPerSecond,
    Duration cacheTtl, long cacheMaxBytes) {
  /** The defaults: 4 in flight, no rate limit, no cache (64 MB when one is turned on). */
  public static final SchedulerSettings DEFAULTS =
      new SchedulerSettings(4, 0, Duration.ZERO, 64L << 20);

  public SchedulerSettings {
    Objects.requireNonNull(cacheTtl, "cacheTtl");
    if (maxConcurrentRequests < 1) {
      throw new IllegalArgumentException("maxConcurrentRequests must be at least 1");
    }
    if (maxRequestsPerSecond < 0 || cacheTtl.isNegative() || cacheMaxBytes < 0) {
      throw new IllegalArgumentException("rates, times and sizes must not be negative");
    }
  }

  /** As this, with {@code maxConcurrentRequests} set. */
  public SchedulerSettings withMaxConcurrentRequests(int value) {
    return new SchedulerSettings(value, maxRequestsPerSecond, cacheTtl, cacheMaxBytes);
  }

  boolean caches() {
    return !cacheTtl.isZero();
  }
}
