package io.github.ionqjdbc.api.schedule;

import java.util.Locale;

/** How a request was answered. */
public enum RequestOutcome {
  /** Sent to the API. */
  SENT,
  /** Answered by an identical request of another caller already in flight. */
  COALESCED,
  /** Answered from the cache ({@code cacheTtlSeconds}); nothing was sent. */
  CACHED;

  /** The name shown in {@code ionq.requests} and logs. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
