package io.github.ionqjdbc;

import io.github.ionqjdbc.api.IonQApiException;
import java.sql.SQLException;

/**
 * The one border where failures become {@code SQLException}s. Calcite and Avatica wrap whatever
 * an adapter throws ("Error while executing SQL ...", a RuntimeException from
 * {@code ResultSet.next()}); here the API client's error is dug out and put on top, with its
 * SQLState, so the user reads what went wrong and what to do.
 */
final class JdbcErrors {
  /** SQLState for errors we cannot classify. */
  static final String GENERAL_ERROR = "HY000";

  private JdbcErrors() {
  }

  /** A user-facing SQLException for anything thrown by a delegate call. */
  static SQLException translate(Throwable t) {
    IonQApiException api = findApiError(t);
    if (api != null) {
      return new SQLException(api.getMessage(), api.sqlState(), api);
    }
    if (t instanceof SQLException sql) {
      return sql;
    }
    String message = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
    return new SQLException(message, GENERAL_ERROR, t);
  }

  private static IonQApiException findApiError(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof IonQApiException api) {
        return api;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }
}
