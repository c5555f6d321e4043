package io.github.ionqjdbc.api.http;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Which failures of a page request are worth another try, and how long to wait before it:
 * exponential backoff with jitter, or what the server's {@code Retry-After} asks.
 */
final class RetryPolicy {
  /** 429 and the 5xx statuses the spec calls retryable (plus 504 from gateways). */
  static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 500, 502, 503, 504);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(20);
  private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

  private final int maxRetries;
  private final Duration baseDelay;

  RetryPolicy(int maxRetries, Duration baseDelay) {
    this.maxRetries = maxRetries;
    this.baseDelay = baseDelay;
  }

  int maxRetries() {
    return maxRetries;
  }

  static boolean isRetryable(int status) {
    return RETRYABLE_STATUSES.contains(status);
  }

  /**
   * The wait before retry number {@code retry} (0 for the first): the server's
   * {@code Retry-After} when it sent one, else base * 2^retry, capped, with up to half of it
   * taken off at random so that many clients do not retry in step.
   */
  Duration delay(int retry, Duration retryAfter) {
    if (retryAfter != null) {
      return retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
    }
    long base = baseDelay.toMillis();
    long exp = base << Math.min(retry, 20);
    long capped = Math.min(exp < 0 ? Long.MAX_VALUE : exp, MAX_BACKOFF.toMillis());
    long jitter = capped <= 1 ? 0 : ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    return Duration.ofMillis(capped - jitter);
  }

  /** Parses {@code Retry-After}: delta-seconds or an HTTP date; null if absent or unreadable. */
  static Duration parseRetryAfter(String header, long nowMillis) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.trim();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? Duration.ZERO : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        long at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
            .toInstant().toEpochMilli();
        return Duration.ofMillis(Math.max(0, at - nowMillis));
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }
}
