package io.github.ionqjdbc.calcite.scan;

/**
 * A statement on a table whose endpoint needs a value no predicate and no connection property
 * gives (the organization of {@code usage}): refused while it is planned, before any request.
 * The JDBC border reports it with SQLState 42000.
 */
public final class MissingInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MissingInputException(String message) {
    super(message);
  }
}
