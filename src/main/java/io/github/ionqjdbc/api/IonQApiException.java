package io.github.ionqjdbc.api;

/**
 * A failure of the IonQ API client, typed by {@link ApiErrorKind}. Unchecked because it has to
 * travel through row iterators; the JDBC border turns it into an {@code SQLException} carrying
 * {@link #sqlState()}. Messages never contain the API key.
 */
public final class IonQApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ApiErrorKind kind;

  public IonQApiException(ApiErrorKind kind, String message) {
    this(kind, message, null);
  }

  public IonQApiException(ApiErrorKind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public ApiErrorKind kind() {
    return kind;
  }

  public String sqlState() {
    return kind.sqlState();
  }
}
