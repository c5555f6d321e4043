package io.github.ionqjdbc.api;

import java.util.Set;

/** The API's {@code JobStatus} enum: the only values the {@code status} filter accepts. */
public final class JobStatus {
  public static final Set<String> VALUES =
      Set.of("submitted", "ready", "started", "canceled", "failed", "completed");

  private JobStatus() {
  }

  public static boolean isValid(String status) {
    return status != null && VALUES.contains(status);
  }
}
