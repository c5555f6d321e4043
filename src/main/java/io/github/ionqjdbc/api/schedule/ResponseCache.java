package io.github.ionqjdbc.api.schedule;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Scheduler;
import java.time.Duration;

/**
 * The opt-in cache of one API key's answers ({@code cacheTtlSeconds}): by exact URL, bounded by
 * the bytes it holds. Each entry lives as long as the connection that fetched it allowed; a
 * reader takes it only while it is younger than its own connection's TTL. Entries leave on time
 * (not only when touched), so an idle cache lets go of its bytes.
 */
final class ResponseCache {
  /** A cached answer and when it came. */
  private record Entry(FetchedBody body, long fetchedAtNanos, long ttlNanos) {
  }

  private final Cache<String, Entry> entries;

  ResponseCache(long maxBytes) {
    this.entries = Caffeine.newBuilder()
        .maximumWeight(maxBytes)
        .weigher((String url, Entry e) -> url.length() + e.body().weight())
        .expireAfter(Expiry.creating((String url, Entry e) -> Duration.ofNanos(e.ttlNanos())))
        .scheduler(Scheduler.systemScheduler())
        .executor(Runnable::run)
        .build();
  }

  /** The answer to {@code url} if one came within {@code ttl}, else null. */
  FetchedBody get(String url, Duration ttl, long now) {
    Entry e = entries.getIfPresent(url);
    return e != null && now - e.fetchedAtNanos() <= ttl.toNanos() ? e.body() : null;
  }

  void put(String url, FetchedBody body, Duration ttl, long fetchedAtNanos) {
    entries.put(url, new Entry(body, fetchedAtNanos, ttl.toNanos()));
  }

  void clear() {
    entries.invalidateAll();
  }
}
