package io.github.ionqjdbc.api;

/**
 * What went wrong talking to the API, with the SQLState a JDBC front end should report for it.
 * The API client knows nothing of JDBC; the states are plain strings so that the one border that
 * turns these errors into {@code SQLException}s does not have to guess.
 */
public enum ApiErrorKind {
  /** 401/403: the key was refused. */
  AUTHENTICATION("28000"),
  /** 400: the API refused a parameter. */
  BAD_REQUEST("42000"),
  /** The base URL does not serve the IonQ API, or cannot be reached at all. */
  CONNECTION("08001"),
  /** A page that is not the JSON the spec describes. */
  MALFORMED_RESPONSE("22000"),
  /** The server kept failing (after retries), or answered with a status the spec does not list. */
  SERVER("08006"),
  /** The API broke its pagination contract (a repeating cursor). */
  PROTOCOL("08P01"),
  /** The statement was cancelled. */
  CANCELLED("57014"),
  /** The statement ran out of its query timeout. */
  TIMED_OUT("57014");

  private final String sqlState;

  ApiErrorKind(String sqlState) {
    this.sqlState = sqlState;
  }

  public String sqlState() {
    return sqlState;
  }
}
