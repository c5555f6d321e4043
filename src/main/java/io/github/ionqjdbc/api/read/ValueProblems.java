package io.github.ionqjdbc.api.read;

import io.github.ionqjdbc.api.ApiErrorKind;
import io.github.ionqjdbc.api.IonQApiException;

/**
 * What happens to a value of an API answer that cannot be read as its column's type. The API is
 * read as it is, not as the spec says it should be: by default such a value becomes NULL and is
 * reported (the JDBC face turns the reports into {@code SQLWarning}s), so one odd field never
 * fails a query or drops a row. {@link #STRICT} makes it the malformed-answer error instead
 * ({@code strictParsing=true}). Implementations are called from the threads that parse pages
 * (a prefetch among them), so they must be thread-safe.
 */
@FunctionalInterface
public interface ValueProblems {
  /** Fails the read: the value makes the answer malformed (SQLState 22000). */
  ValueProblems STRICT = value -> {
    throw new IonQApiException(ApiErrorKind.MALFORMED_RESPONSE, value.describe()
        + " (strictParsing=true; without it the value is read as NULL with a warning)");
  };

  /** Reads such values as NULL and says nothing (no statement to tell). */
  ValueProblems IGNORE = value -> { };

  /**
   * A value that could not be read; the column is NULL for that row unless this throws.
   *
   * @throws IonQApiException to fail the read instead
   */
  void unreadable(UnreadValue value);
}
