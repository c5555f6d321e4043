package io.github.ionqjdbc.api;

import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Immutable settings of one API client (one connection). {@link #toString()} never shows the
 * API key.
 *
 * @param baseUrl the API root, e.g. {@code https://api.ionq.co/v0.4}; a table's endpoint
 *     path is appended to it
 * @param apiKey sent as {@code Authorization: apiKey <key>}; may be null for servers that need
 *     none (the demo API)
 * @param pageSize the {@code limit} asked per page when no smaller row cap applies
 * @param connectTimeout TCP/TLS connect timeout
 * @param readTimeout how long a read may stall before the request fails (and is retried)
 * @param maxRetries how many times a failed page request is retried
 * @param retryBaseDelay first backoff delay; it doubles with each retry (with jitter)
 * @param prefetch whether to fetch the next page while the current one is consumed
 */
public record ClientConfig(
    HttpUrl baseUrl,
    String apiKey,
    int pageSize,
    Duration connectTimeout,
    Duration readTimeout,
    int maxRetries,
    Duration retryBaseDelay,
    boolean prefetch) {

  public ClientConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(retryBaseDelay, "retryBaseDelay");
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1");
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative");
    }
  }

  @Override public String toString() {
    return "ClientConfig[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "****")
        + ", pageSize=" + pageSize + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + ", maxRetries=" + maxRetries
        + ", retryBaseDelay=" + retryBaseDelay + ", prefetch=" + prefetch + "]";
  }
}
